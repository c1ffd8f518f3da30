// loadDocuments: the documents named on the command line, parsed as readReportFile parses them, named by their files;
// a one-line message on stderr for each path that cannot be read; worker threads for many files, the same result.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { loadDocuments, sameReports, workersForFiles } from "../../src/cli/loadDocuments.js";
import { eachReportSync } from "../../src/node/parseReports.js";
import { readReportFile } from "../../src/node/readReportFile.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { memoryIo } from "../helpers/cliIo.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;
const names = ["000_6abc9caa6ce6874c.txt", "001_7212b651b1212873.txt", "002_79c3c9eaf9c8363c.txt", "003_b045f6404209a1b9.txt", "004_d7befece2778118b.txt"];

// The machine's cores, set by a test (the real count otherwise).
vi.mock("node:os", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:os")>();
  return { ...actual, availableParallelism: vi.fn(actual.availableParallelism) };
});

// eachReportSync (the workers of parseReportsSync) as it is, watched: to see when the workers are used.
vi.mock("../../src/node/parseReports.js", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../src/node/parseReports.js")>();
  return { ...actual, eachReportSync: vi.fn(actual.eachReportSync) };
});
beforeEach(() => {
  vi.mocked(eachReportSync).mockClear();
});

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fazhi-loadDocuments-"));
  writeFileSync(join(dir, "bin.txt"), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What readReportFile gives for a file, read quietly as the command line reads it. */
const quietly = (path: string) => {
  const file = readReportFile(path, { reportUtf8Guess: false });
  return file.ok ? file.document : null;
};

describe("workersForFiles", () => {
  it("starts workers from a thousand files each, one core left, and never one alone", () => {
    expect(workersForFiles(25_500, 2)).toBe(0);
    expect(workersForFiles(2000, 3)).toBe(2);
    expect(workersForFiles(1999, 3)).toBe(0);
    expect(workersForFiles(5000, 4)).toBe(3);
    expect(workersForFiles(5000, 1)).toBe(0);
    expect(workersForFiles(0, 16)).toBe(0);
  });
});

describe("loadDocuments", () => {
  it("parses each file as readReportFile does, named by its file name, in the order given", () => {
    const { io, written } = memoryIo();
    const docs = loadDocuments([`${reports}${names[3]}`, reports], io);
    // The folder's copy of the file named first is not read again (see below).
    expect(docs.map((d) => d.document)).toEqual([names[3], ...names.filter((name) => name !== names[3])]);
    expect(docs[0]).toEqual(quietly(`${reports}${names[3]}`));
    expect([written.stdout, written.stderr]).toEqual(["", `fazhi: ${reports}${names[3]}: 重复列出，只读一次 listed again: read once\n`]);
    // Six files: read on the calling thread.
    expect(eachReportSync).not.toHaveBeenCalled();
  });

  it("does not report reading a file as UTF-8 as a guess (the library does, when not asked otherwise)", () => {
    const docs = loadDocuments([reports], memoryIo().io);
    const utf8Guesses = docs.flatMap((d) => d.issues ?? []).filter((i) => i.code === "encoding.guessed" && i.params["encoding"] === "utf-8");
    expect(utf8Guesses).toEqual([]);
    const direct = parseReport(readFileSync(`${reports}000_6abc9caa6ce6874c.txt`));
    expect(direct.issues.some((i) => i.code === "encoding.guessed" && i.params["encoding"] === "utf-8")).toBe(true);
  });

  it("says in one line on stderr why a path cannot be read, and reads the others", () => {
    const { io, written } = memoryIo();
    const missing = join(dir, "none.txt");
    const empty = mkdtempSync(join(tmpdir(), "fazhi-loadDocuments-empty-"));
    const docs = loadDocuments([missing, join(dir, "bin.txt"), `${reports}${names[0]}`, empty], io);
    rmSync(empty, { recursive: true, force: true });
    expect(docs.map((d) => d.document)).toEqual([names[0]]);
    expect(written.stderr.split("\n")).toEqual([
      `fazhi: ${missing}: 找不到文件或文件夹 no such file or folder`,
      `fazhi: ${join(dir, "bin.txt")}: 不是文本文件（二进制） not a text file (binary)`,
      `fazhi: ${empty}: 文件夹中没有可读的 .txt、.html 或 .htm 文件 no readable .txt, .html or .htm file in this folder`,
      "",
    ]);
    expect(written.stdout).toBe("");
  });

  it("reads a file named twice once, and says so", () => {
    const { io, written } = memoryIo();
    const file = `${reports}${names[0]}`;
    expect(loadDocuments([reports, file], io).map((d) => d.document)).toEqual(names);
    expect(written.stderr).toBe(`fazhi: ${file}: 重复列出，只读一次 listed again: read once\n`);
  });

  it("reads a file whose text is that of a file read before (a copy under another name) once, and says so", () => {
    const { io, written } = memoryIo();
    const copy = join(dir, "copy.txt");
    writeFileSync(copy, readFileSync(`${reports}${names[0]}`));
    const docs = loadDocuments([`${reports}${names[0]}`, copy], io);
    expect(docs.map((d) => d.document)).toEqual([names[0]]);
    expect(written.stderr).toBe(`fazhi: copy.txt: 与 ${names[0]} 内容相同，只计一次 the same text as ${names[0]}: counted once\n`);
  });

  it("reads both of two files that are the same agency's report for the same year, and says that both are counted", () => {
    const { io, written } = memoryIo();
    const copy = join(dir, "copy.txt");
    writeFileSync(copy, `${readFileSync(`${reports}${names[0]}`, "utf8")}\n附件：执法统计表\n`);
    const docs = loadDocuments([`${reports}${names[0]}`, copy], io);
    expect(docs.map((d) => d.document)).toEqual([names[0], "copy.txt"]);
    expect(written.stderr).toBe(
      `fazhi: copy.txt: 与 ${names[0]} 同为哈尔滨市交通运输局2020年度的报告，两份都计入合计 the same agency's report for the same year as ${names[0]}: both are counted\n`,
    );
  });

  it("names apart two agencies' files of the same name, by the last parts of their paths, and changes nothing else", () => {
    const root = mkdtempSync(join(tmpdir(), "fazhi-loadDocuments-same-"));
    for (const [folder, name] of [["a", names[0]], ["b", names[1]]] as const) {
      mkdirSync(join(root, folder));
      writeFileSync(join(root, folder, "report.txt"), readFileSync(`${reports}${name}`));
    }
    try {
      const { io, written } = memoryIo();
      const docs = loadDocuments([join(root, "a"), join(root, "b", "report.txt"), `${reports}${names[2]}`], io);
      expect(docs.map((d) => [d.document, d.agency.name])).toEqual([
        ["a/report.txt", "哈尔滨市交通运输局"],
        ["b/report.txt", "宁波市海曙区交通运输局"],
        [names[2], quietly(`${reports}${names[2]}`)?.agency.name],
      ]);
      // Nothing else changes: the document is readReportFile's, renamed.
      expect(docs[0]).toEqual({ ...quietly(join(root, "a", "report.txt")), document: "a/report.txt" });
      expect(written.stderr).toBe("");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("gives nothing, and only the messages, when nothing can be read", () => {
    const { io, written } = memoryIo();
    expect(loadDocuments([join(dir, "bin.txt")], io)).toEqual([]);
    expect(written.stderr).toBe(`fazhi: ${join(dir, "bin.txt")}: 不是文本文件（二进制） not a text file (binary)\n`);
  });

  it("reads on worker threads from a thousand files a worker, leaving one core, giving the same documents and messages, in the same order, with a progress bar on a terminal", () => {
    // Short reports, so that 2,000 files stay quick to write and read.
    const many = mkdtempSync(join(tmpdir(), "fazhi-loadDocuments-many-"));
    const paths: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const path = join(many, `${String(i).padStart(4, "0")}.txt`);
      writeFileSync(path, `某县${2000 + (i % 25)}年法治政府建设情况报告\n全年办理行政复议案件${i}件，罚款${i % 97}万元。\n`);
      paths.push(path);
    }
    const bin = join(dir, "bin.txt");
    vi.mocked(availableParallelism).mockReturnValueOnce(4);
    const { io, written } = memoryIo(true);
    const docs = loadDocuments([many, bin, join(many, "none.txt")], io);
    expect(docs).toEqual(paths.map(quietly));
    // 2,001 files (the binary one too) on four cores: two workers (one a thousand files, one core left), UTF-8 guesses unreported.
    expect(eachReportSync).toHaveBeenCalledTimes(1);
    expect(vi.mocked(eachReportSync).mock.calls[0]?.[0]).toEqual([...paths, bin]);
    expect(vi.mocked(eachReportSync).mock.calls[0]?.[1]).toMatchObject({ concurrency: 2, reportUtf8Guess: false });
    // The bar is drawn (2,002 inputs: 2,000 files, a binary, a missing path), then cleared; the messages come where their files stand, each on a line above the bar.
    const lines = written.stderr.split("\r").filter((s) => s !== "");
    expect(lines[0]).toBe(`读取 reading [${"·".repeat(24)}] 0/2002`);
    expect(written.stderr).toContain("] 2001/2002");
    expect(written.stderr).toContain(`fazhi: ${bin}: 不是文本文件（二进制） not a text file (binary)\n`);
    expect(written.stderr).toContain(`fazhi: ${join(many, "none.txt")}: 找不到文件或文件夹 no such file or folder\n`);
    expect(written.stderr.endsWith("\r\x1b[K")).toBe(true);
    // The same files on two cores: read in this thread, the same documents.
    vi.mocked(availableParallelism).mockReturnValueOnce(2);
    vi.mocked(eachReportSync).mockClear();
    expect(loadDocuments([many], memoryIo().io)).toEqual(docs);
    expect(eachReportSync).not.toHaveBeenCalled();
    rmSync(many, { recursive: true, force: true });
  });
});

describe("sameReports", () => {
  const doc = (document: string, name: string | null, year: number | null, documentKind: "annual-report" | "work-plan" = "annual-report") =>
    ({ ...parseReport(""), document, documentKind, reportingYear: year, agency: { ...parseReport("").agency, name } });

  it("names each later document of an agency, year and kind already read", () => {
    expect(sameReports([doc("a", "某市司法局", 2021), doc("b", "某市司法局", 2022), doc("c", "某市司法局", 2021), doc("d", "某市司法局", 2021, "work-plan"), doc("e", "某市司法局", 2021)])).toEqual([
      "fazhi: c: 与 a 同为某市司法局2021年度的报告，两份都计入合计 the same agency's report for the same year as a: both are counted",
      "fazhi: e: 与 a 同为某市司法局2021年度的报告，两份都计入合计 the same agency's report for the same year as a: both are counted",
    ]);
  });

  it("says nothing of documents whose agency or year was not read", () => {
    expect(sameReports([doc("a", null, 2021), doc("b", null, 2021), doc("c", "某市司法局", null), doc("d", "某市司法局", null)])).toEqual([]);
  });

  it("calls two plans plans", () => {
    expect(sameReports([doc("a", "某县人民政府", 2021, "work-plan"), doc("b", "某县人民政府", 2021, "work-plan")])[0]).toContain("同为某县人民政府2021年度的工作计划");
  });
});
