/**
 * A progress bar on a terminal stream: `读取 reading [██████······] 12/50`,
 * redrawn in place; silent unless the stream is a terminal and there are at
 * least `threshold` steps (default 10), so that pipes and logs stay clean.
 *
 * @example
 * ```ts
 * const bar = progressBar(process.stderr, files.length);
 * for (const f of files) { read(f); bar.tick(); }
 * bar.done();
 * ```
 */
export function progressBar(stream: { readonly isTTY?: boolean; write(chunk: string): unknown }, total: number, threshold = 10): { tick(): void; done(): void } {
  if (stream.isTTY !== true || total < threshold) return { tick() {}, done() {} };
  let n = 0;
  const width = 24;
  const draw = () => {
    const filled = Math.round((n / total) * width);
    stream.write(`\r读取 reading [${"█".repeat(filled)}${"·".repeat(width - filled)}] ${n}/${total}`);
  };
  draw();
  return {
    tick() {
      n += 1;
      draw();
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}
