/**
 * What a command needs of the outside world, passed in so that commands stay
 * testable: the standard streams and a way to write a file.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, writeFile: (path, text) => writeFileSync(path, text) };
 * ```
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: { write(chunk: string): unknown };
  /** Where messages and the progress bar go. */
  readonly stderr: { readonly isTTY?: boolean; write(chunk: string): unknown };
  /** Writes a file (for `--out`, `--html`, `--md`, `--csv`): text as UTF-8, or bytes (Parquet). */
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
}
