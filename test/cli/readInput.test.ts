// readInput: which files the command line reads (a folder's .txt/.html/.htm in name order), how bytes become text, and the
// one-line reasons a path cannot be read.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeBytes, distinctNames, listInputs, readOne } from "../../src/cli/readInput.js";
import { encodeGbk } from "../helpers/gbk.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-readInput-"));
  writeFileSync(join(dir, "b.txt"), "罚款１２１万元");
  writeFileSync(join(dir, "a.HTM"), "<p>罚款121万元</p>");
  writeFileSync(join(dir, "c.html"), encodeGbk('<meta charset="gbk"><p>罚款121万元</p>'));
  writeFileSync(join(dir, "d.pdf"), "%PDF");
  writeFileSync(join(dir, "e.txt.bak"), "x");
  writeFileSync(join(dir, "scan.txt"), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
  mkdirSync(join(dir, "sub.txt"));
  writeFileSync(join(dir, "sub.txt", "inner.txt"), "罚款1万元");
  mkdirSync(join(dir, "empty"));
  writeFileSync(join(dir, "empty", "notes.md"), "x");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("decodeBytes", () => {
  it("reads UTF-8 (with or without BOM), UTF-16 with BOM and GBK; refuses binary", () => {
    expect(decodeBytes(new TextEncoder().encode("罚款121万元"))?.text).toBe("罚款121万元");
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))?.text).toBe("a");
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))?.text).toBe("a");
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61]))?.text).toBe("a");
    // 罚款 in GBK
    expect(decodeBytes(new Uint8Array([0xb7, 0xa3, 0xbf, 0xee]))?.text).toBe("罚款");
    expect(decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
  });

  it("keeps what decoding found, except a UTF-8 reading (what a text file is read as)", () => {
    expect(decodeBytes(new TextEncoder().encode("罚款121万元"))?.issues).toEqual([]);
    const gbk = decodeBytes(new Uint8Array([0xb7, 0xa3, 0xbf, 0xee]));
    expect(gbk?.issues.map((i) => [i.code, i.params["encoding"]])).toEqual([["encoding.guessed", "gb18030"]]);
  });

  it("looks for a NUL byte in the first 8,000 bytes only, and keeps full-width characters as they are", () => {
    expect(decodeBytes(new Uint8Array([...new Uint8Array(7999).fill(0x61), 0x00]))).toBeNull();
    expect(decodeBytes(new Uint8Array([...new Uint8Array(8000).fill(0x61), 0x00]))?.text).toBe(`${"a".repeat(8000)}\u0000`);
    expect(decodeBytes(new TextEncoder().encode("罚款１２１万元，（全年）"))?.text).toBe("罚款１２１万元，（全年）");
    expect(decodeBytes(new Uint8Array())?.text).toBe("");
  });
});

describe("listInputs", () => {
  it("lists a folder's .txt, .html and .htm files (any case) in name order, not its other files or subfolders", () => {
    expect(listInputs([dir])).toEqual(
      ["a.HTM", "b.txt", "c.html", "scan.txt"].map((name) => ({ kind: "file", path: join(dir, name), name })),
    );
  });

  it("takes a file named on the command line as it is, whatever its ending, named by its last part", () => {
    expect(listInputs([join(dir, "d.pdf"), join(dir, "b.txt")])).toEqual([
      { kind: "file", path: join(dir, "d.pdf"), name: "d.pdf" },
      { kind: "file", path: join(dir, "b.txt"), name: "b.txt" },
    ]);
    expect(listInputs([`${reports}000_6abc9caa6ce6874c.txt`])).toEqual([{ kind: "file", path: `${reports}000_6abc9caa6ce6874c.txt`, name: "000_6abc9caa6ce6874c.txt" }]);
  });

  it("gives a one-line reason, in Chinese and English, for a missing path and a folder with nothing readable", () => {
    const missing = join(dir, "none.txt");
    expect(listInputs([missing, join(dir, "empty")])).toEqual([
      { kind: "error", path: missing, zh: "找不到文件或文件夹", en: "no such file or folder" },
      { kind: "error", path: join(dir, "empty"), zh: "文件夹中没有可读的 .txt、.html 或 .htm 文件", en: "no readable .txt, .html or .htm file in this folder" },
    ]);
  });

  it("keeps the order of the paths given, a folder's files in its place", () => {
    const listed = listInputs([join(dir, "b.txt"), reports, join(dir, "none")]);
    expect(listed.map((i) => i.kind)).toEqual(["file", "file", "file", "file", "file", "file", "error"]);
    expect(listed.slice(1, 6).map((i) => (i.kind === "file" ? i.name : ""))).toEqual([
      "000_6abc9caa6ce6874c.txt",
      "001_7212b651b1212873.txt",
      "002_79c3c9eaf9c8363c.txt",
      "003_b045f6404209a1b9.txt",
      "004_d7befece2778118b.txt",
    ]);
    expect(listInputs([])).toEqual([]);
  });
});

describe("listInputs, a file met twice", () => {
  it("reads a file once, however it is named again: the same path, through its folder, through .., through a link", () => {
    const file = join(dir, "b.txt");
    const link = join(dir, "link-to-b.txt.lnk");
    symlinkSync(file, link);
    try {
      const listed = listInputs([file, dir, file, `${dir}/../${basename(dir)}/b.txt`, link]);
      expect(listed.filter((input) => input.kind === "file").map((input) => input.path)).toEqual([file, join(dir, "a.HTM"), join(dir, "c.html"), join(dir, "scan.txt")]);
      expect(listed.filter((input) => input.kind === "error")).toEqual([
        { kind: "error", path: file, zh: "重复列出，只读一次", en: "listed again: read once" },
        { kind: "error", path: file, zh: "重复列出，只读一次", en: "listed again: read once" },
        { kind: "error", path: `${dir}/../${basename(dir)}/b.txt`, zh: `与 ${file} 是同一个文件，只读一次`, en: `the same file as ${file}: read once` },
        { kind: "error", path: link, zh: `与 ${file} 是同一个文件，只读一次`, en: `the same file as ${file}: read once` },
      ]);
    } finally {
      rmSync(link);
    }
  });

  it("reads two files with the same content, or the same name in two folders, both", () => {
    const other = mkdtempSync(join(tmpdir(), "fazhi-readInput-other-"));
    writeFileSync(join(other, "b.txt"), "罚款１２１万元");
    try {
      expect(listInputs([join(dir, "b.txt"), join(other, "b.txt")]).map((input) => input.kind)).toEqual(["file", "file"]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

describe("listInputs, two files of the same name", () => {
  it("names them by the last parts of their paths that tell them apart, and keeps the file name of every other file", () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-readInput-same-"));
    for (const folder of ["a", "b"]) mkdirSync(join(root, folder));
    writeFileSync(join(root, "a", "report.txt"), "罚款1万元");
    writeFileSync(join(root, "b", "report.txt"), "罚款2万元");
    writeFileSync(join(root, "b", "plan.txt"), "罚款3万元");
    try {
      expect(listInputs([join(root, "a"), join(root, "b")])).toEqual([
        { kind: "file", path: join(root, "a", "report.txt"), name: "a/report.txt" },
        { kind: "file", path: join(root, "b", "plan.txt"), name: "plan.txt" },
        { kind: "file", path: join(root, "b", "report.txt"), name: "b/report.txt" },
      ]);
      // Named one by one: the same names.
      expect(listInputs([join(root, "a", "report.txt"), join(root, "b", "report.txt")]).map((input) => (input.kind === "file" ? input.name : input.en))).toEqual(["a/report.txt", "b/report.txt"]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("distinctNames", () => {
  it("keeps a file name no other path has, else takes the fewest last parts of the path that no other path ends in", () => {
    expect(distinctNames(["x/a.txt", "y/b.txt"])).toEqual(["a.txt", "b.txt"]);
    expect(distinctNames(["hlj/harbin/report.txt", "zj/ningbo/report.txt", "x.txt"])).toEqual(["harbin/report.txt", "ningbo/report.txt", "x.txt"]);
    expect(distinctNames(["a/2021/report.txt", "b/2021/report.txt", "c/2022/report.txt"])).toEqual(["a/2021/report.txt", "b/2021/report.txt", "2022/report.txt"]);
    expect(distinctNames(["report.txt", "old/report.txt", "./new//report.txt"])).toEqual(["report.txt", "old/report.txt", "new/report.txt"]);
    expect(distinctNames(["a/r.txt", "x/a/r.txt", "y/a/r.txt"])).toEqual(["a/r.txt", "x/a/r.txt", "y/a/r.txt"]);
    expect(distinctNames(["/data/a/r.txt", "../a/r.txt"])).toEqual(["data/a/r.txt", "../a/r.txt"]);
    expect(distinctNames([])).toEqual([]);
  });

  it("gives names that are all different whenever the paths are", () => {
    const paths = ["a/b/c.txt", "b/c.txt", "c.txt", "x/b/c.txt", "a/x/c.txt", "d.txt", "q/d.txt"];
    const names = distinctNames(paths);
    expect(new Set(names).size).toBe(paths.length);
    expect(names.every((name, i) => paths[i]?.endsWith(name))).toBe(true);
  });
});

describe("readOne", () => {
  it("reads a file as text, decoded as decodeBytes decodes it (GBK declared in a page, full-width kept)", () => {
    expect([readOne(join(dir, "b.txt"), "b.txt"), readOne(join(dir, "c.html"), "c.html")]).toEqual([
      { kind: "file", path: join(dir, "b.txt"), name: "b.txt", text: "罚款１２１万元", issues: [] },
      { kind: "file", path: join(dir, "c.html"), name: "c.html", text: '<meta charset="gbk"><p>罚款121万元</p>', issues: [] },
    ]);
    const gbk = join(dir, "gbk-plain.txt");
    writeFileSync(gbk, encodeGbk("罚款121万元"));
    const read = readOne(gbk, "gbk-plain.txt");
    expect(read.kind === "file" && [read.text, read.issues.map((i) => i.code)]).toEqual(["罚款121万元", ["encoding.guessed"]]);
    rmSync(gbk);
  });

  it("gives an error input for a binary file and for a file that is not there", () => {
    expect(readOne(join(dir, "scan.txt"), "scan.txt")).toEqual({ kind: "error", path: join(dir, "scan.txt"), zh: "不是文本文件（二进制）", en: "not a text file (binary)" });
    expect(readOne(join(dir, "none.txt"), "none.txt")).toEqual({ kind: "error", path: join(dir, "none.txt"), zh: "无法读取", en: "cannot be read" });
  });

  it.runIf(process.platform !== "win32" && process.getuid?.() !== 0)("gives 无法读取 for a file without read permission", () => {
    const locked = join(dir, "locked.txt");
    writeFileSync(locked, "罚款121万元");
    chmodSync(locked, 0o000);
    expect(readOne(locked, "locked.txt")).toEqual({ kind: "error", path: locked, zh: "无法读取", en: "cannot be read" });
    rmSync(locked);
  });
});
