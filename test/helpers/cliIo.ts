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
  /** How many writes made each file (with `appendFile`: the first and each one appended). */
  readonly pieces: Map<string, number>;
}

/**
 * A fresh in-memory io (stderr a terminal when `tty`; files appended to when `append`, as the real
 * command line does, with `rename` and `removeFile` as it has them), and what was written through it.
 */
export function memoryIo(tty = false, append = false): { readonly io: CliIo; readonly written: Written } {
  const written: Written = { stdout: "", stderr: "", files: new Map(), bytes: new Map(), pieces: new Map() };
  const writeFile = (path: string, data: string | Uint8Array): void => {
    written.pieces.set(path, 1);
    if (typeof data === "string") written.files.set(path, data);
    else written.bytes.set(path, data);
  };
  const appendFile = (path: string, data: string | Uint8Array): void => {
    written.pieces.set(path, (written.pieces.get(path) ?? 0) + 1);
    if (typeof data === "string") written.files.set(path, (written.files.get(path) ?? "") + data);
    else written.bytes.set(path, Buffer.concat([written.bytes.get(path) ?? new Uint8Array(), data]));
  };
  const rename = (from: string, to: string): void => {
    for (const map of [written.files, written.bytes, written.pieces] as Map<string, unknown>[]) {
      map.delete(to);
      if (map.has(from)) map.set(to, map.get(from));
      map.delete(from);
    }
  };
  const removeFile = (path: string): void => {
    for (const map of [written.files, written.bytes, written.pieces] as Map<string, unknown>[]) map.delete(path);
  };
  const io: CliIo = {
    stdout: { write: (s: string) => (written.stdout += s) },
    stderr: { isTTY: tty, write: (s: string) => (written.stderr += s) },
    writeFile,
    ...(append ? { appendFile, rename, removeFile } : {}),
  };
  return { io, written };
}
