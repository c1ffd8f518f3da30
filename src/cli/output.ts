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
  /** Ends the output: a file given no piece is written empty; an output without `appendFile` is written now, whole. */
  close(): void;
}

/**
 * An `Output` to `io.stdout` (no `out`) or to the file `out`: its first
 * piece through `io.writeFile` (the file is made anew), the next through
 * `io.appendFile`, so that a command's result is never held whole. An `io`
 * without `appendFile` (a test's) gets the file whole at `close`.
 *
 * @example
 * ```ts
 * const output = outputTo(io, undefined);
 * output.write("[\n"); // on stdout
 * ```
 */
export function outputTo(io: CliIo, out: string | undefined): Output {
  if (out === undefined) return { write: (data) => void io.stdout.write(typeof data === "string" ? data : new TextDecoder().decode(data)), close() {} };
  const append = io.appendFile;
  const held: (string | Uint8Array)[] = [];
  let started = false;
  return {
    write(data) {
      if (append === undefined) held.push(data);
      else if (started) append(out, data);
      else io.writeFile(out, data);
      started = true;
    },
    close() {
      if (append !== undefined) {
        if (!started) io.writeFile(out, "");
        return;
      }
      io.writeFile(out, joined(held));
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
