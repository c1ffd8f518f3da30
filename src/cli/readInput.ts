import { readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { isBinary } from "../node/readReportFile.js";
import { type DecodedText, decodeText } from "../parse/decodeText.js";
import type { Issue } from "../model/issue.js";

/** The file name endings the command line reads. */
const readable = new Set([".txt", ".html", ".htm"]);

/**
 * Bytes as text with what decoding found, or `null` when they are not text
 * (`isBinary` of `fazhi/node`: a NUL byte in the first 8,000 bytes, unless a
 * byte-order mark says UTF-16). Decoded by `decodeText` of `parse/`: a
 * byte-order mark, a declared charset, else UTF-8 or GB18030 (which reads GBK
 * and GB2312); a lossy reading, a mismatch or a guess other than UTF-8 (what a
 * text file is read as, as `loadDocuments` does) is in `issues`.
 *
 * @example
 * ```ts
 * decodeBytes(new TextEncoder().encode("罚款121万元"))?.text; //=> "罚款121万元"
 * decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])); //=> null
 * ```
 */
export function decodeBytes(bytes: Uint8Array): DecodedText | null {
  return isBinary(bytes) ? null : decodeText(bytes, { reportUtf8Guess: false });
}

/**
 * One input of the command line: a file to read, or a one-line message why a
 * path cannot be read.
 *
 * @example
 * ```ts
 * const input: Input = { kind: "error", path: "x.pdf", zh: "不是文本文件", en: "not a text file" };
 * ```
 */
export type Input =
  | { readonly kind: "file"; readonly path: string; readonly name: string; readonly text: string; readonly issues: readonly Issue[] }
  | { readonly kind: "error"; readonly path: string; readonly zh: string; readonly en: string };

/**
 * A file the command line will read, or a one-line message why a path cannot be read.
 *
 * @example
 * ```ts
 * const listed: ListedInput = { kind: "file", path: "examples/reports/000_6abc9caa6ce6874c.txt", name: "000_6abc9caa6ce6874c.txt" };
 * ```
 */
export type ListedInput =
  | { readonly kind: "file"; readonly path: string; readonly name: string }
  | { readonly kind: "error"; readonly path: string; readonly zh: string; readonly en: string };

/**
 * The files named on the command line, not yet read: each file as it is, each
 * folder's `.txt`, `.html` and `.htm` files (not its subfolders) in name
 * order. A missing path and a folder with nothing readable give an `error`;
 * so does a file met again (named twice, or in a folder also named, by any
 * path to it): it is read once, where it was first met. Each file is named by
 * its file name, unless another file listed has the same one (`report.txt` in
 * two folders): then by the fewest last parts of its path that tell it from
 * the others (`a/report.txt`, `b/report.txt`; see `distinctNames`), since the
 * name is what tells one agency's document from another's.
 *
 * @example
 * ```ts
 * listInputs(["examples/reports"]).filter((i) => i.kind === "file").length; //=> 5
 * listInputs(["no/such/folder"])[0]?.kind; //=> "error"
 * listInputs(["examples/reports", "examples/reports"]).filter((i) => i.kind === "file").length; //=> 5
 * ```
 */
export function listInputs(paths: readonly string[]): ListedInput[] {
  const inputs = listPaths(paths);
  const files = inputs.flatMap((input) => (input.kind === "file" ? [input] : []));
  const names = distinctNames(files.map((file) => file.path));
  let next = 0;
  return inputs.map((input) => (input.kind === "file" ? { ...input, name: names[next++] ?? input.name } : input));
}

/**
 * A name for each path, all different: its last part (the file name) where no
 * other path ends in the same one, else the fewest last parts of the path
 * (`.` and doubled separators left out, joined by `/`) that no other path with
 * that file name ends in, up to the whole path. Paths that are the same
 * (once `.` and doubled separators are left out) get the same name.
 *
 * @example
 * ```ts
 * distinctNames(["2021/a.txt", "2021/b.txt"]); //=> ["a.txt", "b.txt"]
 * distinctNames(["hlj/harbin/report.txt", "zj/ningbo/report.txt", "x.txt"]); //=> ["harbin/report.txt", "ningbo/report.txt", "x.txt"]
 * distinctNames(["a/2021/report.txt", "b/2021/report.txt"]); //=> ["a/2021/report.txt", "b/2021/report.txt"]
 * distinctNames(["report.txt", "old/report.txt"]); //=> ["report.txt", "old/report.txt"]
 * ```
 */
export function distinctNames(paths: readonly string[]): string[] {
  const parts = paths.map((path) => {
    const split = normalize(path).split(/[\\/]/);
    // A path ending in a separator names no file: its name is its last non-empty part.
    while (split.length > 1 && split.at(-1) === "") split.pop();
    return split;
  });
  const last = (of: readonly string[], count: number) => of.slice(Math.max(0, of.length - count)).join("/");
  const names: (string | undefined)[] = parts.map(() => undefined);
  // One more last part at a time, for the paths not yet told apart (a pass over all paths each, not a pair of paths each).
  for (let count = 1; names.includes(undefined); count++) {
    /** The different paths ending in each `count` last parts. */
    const ending = new Map<string, Set<string>>();
    for (const of of parts) {
      const key = last(of, count);
      ending.set(key, (ending.get(key) ?? new Set()).add(of.join("/")));
    }
    parts.forEach((of, index) => {
      const key = last(of, count);
      if (names[index] === undefined && (count >= of.length || ending.get(key)?.size === 1)) names[index] = key;
    });
  }
  return names.map((name) => name ?? "");
}

/** `listInputs` before the files are named apart: each file named by its file name. */
function listPaths(paths: readonly string[]): ListedInput[] {
  /** Each file listed so far, by its real path (links followed), with the path it was listed by. */
  const listed = new Map<string, string>();
  const once = (input: ListedInput): ListedInput => {
    if (input.kind === "error") return input;
    const key = realPath(input.path);
    const first = listed.get(key);
    if (first === undefined) {
      listed.set(key, input.path);
      return input;
    }
    return first === input.path
      ? { kind: "error", path: input.path, zh: "重复列出，只读一次", en: "listed again: read once" }
      : { kind: "error", path: input.path, zh: `与 ${first} 是同一个文件，只读一次`, en: `the same file as ${first}: read once` };
  };
  return paths.flatMap((path): ListedInput[] => {
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(path);
    } catch {
      return [{ kind: "error", path, zh: "找不到文件或文件夹", en: "no such file or folder" }];
    }
    if (stats.isDirectory()) {
      const names = readdirSync(path)
        .filter((name) => readable.has(extname(name).toLowerCase()))
        .sort();
      const files = names.filter((name) => statSync(join(path, name)).isFile());
      if (files.length === 0) return [{ kind: "error", path, zh: "文件夹中没有可读的 .txt、.html 或 .htm 文件", en: "no readable .txt, .html or .htm file in this folder" }];
      return files.map((name) => once({ kind: "file", path: join(path, name), name }));
    }
    return [once({ kind: "file", path, name: path.split(/[\\/]/).at(-1) ?? path })];
  });
}

/** A file's real path (links and `..` resolved), or its absolute path when it cannot be resolved. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * One file of the inputs read as bytes and decoded (`decodeBytes`): an `error`
 * input when it cannot be read or is binary.
 *
 * @example
 * ```ts
 * readOne("examples/reports/000_6abc9caa6ce6874c.txt", "000.txt").kind; //=> "file"
 * readOne("docs/fazhi-report.png", "fazhi-report.png").kind; //=> "error"
 * ```
 */
export function readOne(path: string, name: string): Input {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return { kind: "error", path, zh: "无法读取", en: "cannot be read" };
  }
  const decoded = decodeBytes(bytes);
  if (decoded === null) return { kind: "error", path, zh: "不是文本文件（二进制）", en: "not a text file (binary)" };
  return { kind: "file", path, name, text: decoded.text, issues: decoded.issues };
}
