import { toJson } from "../render/tableToJson.js";
import type { CliIo } from "./io.js";

/**
 * Where a command's result goes, written piece by piece: the terminal, or
 * the file of `--out`.
 *
 * @example
 * ```ts
 * const output: Output = outputTo(io, "figures.csv");
 * ```
 */
export interface Output {
  /** Writes the next piece. */
  write(data: string | Uint8Array): void;
  /**
   * Ends the output: the file is whole (renamed from `FILE.part`, or written now, whole, for an
   * output without `appendFile`); a file given no piece is written empty. Once only.
   */
  close(): void;
  /** Gives the output up (the command failed or read nothing): what was written to `FILE.part` is removed, `FILE` left as it was. Nothing after `close`. */
  discard(): void;
}

/**
 * An `Output` to `io.stdout` (no `out`) or to the file `out`. With
 * `io.appendFile` a command's result is never held whole: its first piece
 * makes the file (`io.writeFile`), the next are appended. With `io.rename`
 * too, the pieces go to `out + ".part"`, renamed to `out` at `close`: a run
 * that stops midway (an error, a full disk, Ctrl-C) leaves no partial `out`,
 * and an `out` of an earlier run stays until the new one is whole. An `io`
 * without `appendFile` (a test's) gets the file whole at `close`.
 *
 * @example
 * ```ts
 * const output = outputTo(io, undefined);
 * output.write("[\n"); // on stdout
 * ```
 */
export function outputTo(io: CliIo, out: string | undefined): Output {
  if (out === undefined) return { write: (data) => void io.stdout.write(typeof data === "string" ? data : new TextDecoder().decode(data)), close() {}, discard() {} };
  const append = io.appendFile;
  const rename = io.rename;
  const path = append !== undefined && rename !== undefined ? `${out}.part` : out;
  const held: (string | Uint8Array)[] = [];
  let started = false;
  let ended = false;
  /** A file system error while writing FILE.part names FILE, the file the user asked for. */
  const named = (run: () => void): void => {
    try {
      run();
    } catch (error) {
      if (path !== out && error instanceof Error && "path" in error && error.path === path) Object.assign(error, { path: out });
      throw error;
    }
  };
  return {
    write(data) {
      if (ended) throw new TypeError(`outputTo: a write after close or discard (${out})`);
      if (append === undefined) held.push(data);
      else if (started) named(() => append(path, data));
      else named(() => io.writeFile(path, data));
      started = true;
    },
    close() {
      if (ended) return;
      ended = true;
      if (append === undefined) io.writeFile(out, joined(held));
      else if (!started) io.writeFile(out, "");
      else if (rename !== undefined) {
        try {
          named(() => rename(path, out));
        } catch (error) {
          io.removeFile?.(path);
          throw error;
        }
      }
    },
    discard() {
      if (ended) return;
      ended = true;
      held.length = 0;
      if (started && path !== out) io.removeFile?.(path);
    },
  };
}

/** Pieces of one kind as one: strings joined, bytes (and any text among them, as UTF-8) put one after the other. */
function joined(pieces: readonly (string | Uint8Array)[]): string | Uint8Array {
  if (pieces.every((piece) => typeof piece === "string")) return pieces.join("");
  return new Uint8Array(Buffer.concat(pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece, "utf8") : piece))));
}

/**
 * `toJson(value)` as it stands `depth` levels deep in a larger value that
 * `toJson` writes (its lines after the first indented two spaces a level),
 * without the final line break: a command writes an array or object a member
 * at a time, and the whole is what `toJson` would write of it at once.
 *
 * @example
 * ```ts
 * jsonAt({ a: [1] }, 1); //=> '{\n    "a": [\n      1\n    ]\n  }'
 * ```
 */
export function jsonAt(value: unknown, depth: number): string {
  // A JSON string holds no raw line break: every line break of the text is one of its layout.
  return toJson(value).slice(0, -1).replaceAll("\n", `\n${"  ".repeat(depth)}`);
}
