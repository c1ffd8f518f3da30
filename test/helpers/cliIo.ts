// An in-memory CliIo for the command-line tests: what a command writes to stdout, stderr and files, kept as strings and bytes.
import type { CliIo } from "../../src/cli/io.js";

/** What a command wrote. */
export interface Written {
  stdout: string;
  stderr: string;
  /** Text files by path. */
  readonly files: Map<string, string>;
  /** Binary files (Parquet) by path. */
  readonly bytes: Map<string, Uint8Array>;
}

/** A fresh in-memory io (stderr a terminal when `tty`), and what was written through it. */
export function memoryIo(tty = false): { readonly io: CliIo; readonly written: Written } {
  const written: Written = { stdout: "", stderr: "", files: new Map(), bytes: new Map() };
  const io: CliIo = {
    stdout: { write: (s: string) => (written.stdout += s) },
    stderr: { isTTY: tty, write: (s: string) => (written.stderr += s) },
    writeFile: (path, data) => void (typeof data === "string" ? written.files.set(path, data) : written.bytes.set(path, data)),
  };
  return { io, written };
}
