/**
 * A progress bar on a terminal stream: `读取 reading [██████······] 12/50`,
 * redrawn in place; silent unless the stream is a terminal and there are at
 * least `threshold` steps (default 10), so that pipes and logs stay clean.
 * A message written while it runs (`message`) takes a line of its own above it.
 *
 * @example
 * ```ts
 * const bar = progressBar(process.stderr, files.length);
 * for (const f of files) { if (!read(f)) bar.message(`fazhi: ${f}: 无法读取 cannot be read`); bar.tick(); }
 * bar.done();
 * ```
 */
export function progressBar(stream: { readonly isTTY?: boolean; write(chunk: string): unknown }, total: number, threshold = 10): ProgressBar {
  if (stream.isTTY !== true || total < threshold) return { tick() {}, message: (line) => void stream.write(`${line}\n`), done() {} };
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
    message(line) {
      stream.write(`\r\x1b[K${line}\n`);
      draw();
    },
    done() {
      stream.write("\r\x1b[K");
    },
  };
}

/** What `progressBar` gives. */
interface ProgressBar {
  /** One more step done. */
  tick(): void;
  /** A line for the user (ending without a line break), written above the bar. */
  message(line: string): void;
  /** The bar cleared from the terminal. */
  done(): void;
}
