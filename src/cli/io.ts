/**
 * What a command needs of the outside world, passed in so that commands stay
 * testable: the standard streams and a way to write a file.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: process.stdout, stderr: process.stderr, writeFile: (path, data) => writeFileSync(path, data), appendFile: (path, data) => appendFileSync(path, data), rename: (from, to) => renameSync(from, to), removeFile: (path) => rmSync(path, { force: true }) };
 * ```
 */
export interface CliIo {
  /** Where results go. */
  readonly stdout: { write(chunk: string): unknown };
  /** Where messages and the progress bar go. */
  readonly stderr: { readonly isTTY?: boolean; write(chunk: string): unknown };
  /** Writes a file (for `--out`, `--html`, `--md`, `--csv`): text as UTF-8, or bytes (Parquet). */
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  /**
   * Adds to the end of a file written by `writeFile` (`fazhi extract` writes its `--out` piece by
   * piece). Without it, a command holds the file's pieces and writes it whole.
   */
  readonly appendFile?: (path: string, data: string | Uint8Array) => void;
  /**
   * Renames a file, replacing `to` (with `appendFile`, an `--out` is written piece by piece to
   * `FILE.part` and renamed to `FILE` once whole: a run that stops midway never leaves a partial
   * `FILE`, and an earlier `FILE` stays until the new one is whole).
   */
  readonly rename?: (from: string, to: string) => void;
  /** Removes a file: the `FILE.part` of a command that failed midway. */
  readonly removeFile?: (path: string) => void;
}
