// runCli, the command line called in-process: the dispatch of argv to the commands, help and version, and how usage
// and file-system errors become one line on stderr with exit code 2. Each command's own behaviour is tested in its
// file (commands, disclosureCommand, loadDocuments …); test/cli/packed.test.ts runs the built bin as users do.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { extractCommand, reportCommand, validateCommand } from "../../src/cli/commands.js";
import { disclosureCommand } from "../../src/cli/disclosureCommand.js";
import { helpTexts } from "../../src/cli/help.js";
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/main.js";
import { memoryIo } from "../helpers/cliIo.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;
const disclosureDocs = new URL("../disclosure/docs/", import.meta.url).pathname;

function run(...argv: string[]) {
  const { io, written } = memoryIo();
  const code = runCli(argv, io, "9.9.9");
  return { code, ...written };
}

/** What a command gives when called directly. */
function direct(command: (io: CliIo) => number) {
  const { io, written } = memoryIo();
  const code = command(io);
  return { code, ...written };
}

describe("runCli", () => {
  it("prints its version and help", () => {
    expect(run("--version")).toMatchObject({ code: 0, stdout: "9.9.9\n" });
    expect(run("-v")).toMatchObject({ code: 0, stdout: "9.9.9\n" });
    expect(run("--help").stdout).toContain("fazhi report reports/ --html fazhi-report.html");
    expect(run("--help").stdout).toContain("disclosure <files or folders…>");
    for (const argv of [["--help"], ["-h"], ["help"]]) expect(run(...argv)).toMatchObject({ code: 0, stdout: helpTexts.main, stderr: "" });
    // No command at all: the help, and exit code 2.
    expect(run()).toMatchObject({ code: 2, stdout: helpTexts.main });
    for (const command of ["extract", "validate", "report", "disclosure"] as const) {
      for (const flag of ["--help", "-h"]) {
        const help = run(command, flag);
        expect(help).toMatchObject({ code: 0, stdout: helpTexts[command], stderr: "" });
      }
      // --help wins over the files and any other option.
      expect(run(command, "no/such/file", "--help")).toMatchObject({ code: 0, stdout: helpTexts[command] });
    }
  });

  it("hands each command its files and options, long or short, and returns its exit code", () => {
    const d07 = `${disclosureDocs}d07_hongze_qu_zhengfu_xxgk_2024.txt`;
    const cases: [string[], (io: CliIo) => number][] = [
      [["extract", reports, "-f", "csv", "-o", "f.csv"], (io) => extractCommand([reports], { format: "csv", out: "f.csv" }, io)],
      [["extract", reports, "--format", "ndjson", "--text"], (io) => extractCommand([reports], { format: "ndjson", text: true }, io)],
      [["extract", reports, "--format=csv", "--table", "observations"], (io) => extractCommand([reports], { format: "csv", table: "observations" }, io)],
      [["validate", "-l", "en", reports, "-f", "json"], (io) => validateCommand([reports], { locale: "en", format: "json" }, io)],
      [["report", reports, "--md", "r.md", "--numbers", "wan"], (io) => reportCommand([reports], { md: "r.md", numbers: "wan" }, io)],
      [["disclosure", d07, "-l", "en", "--compare", "-o", "d.md"], (io) => disclosureCommand([d07], { locale: "en", compare: true, out: "d.md" }, io)],
    ];
    for (const [argv, command] of cases) expect(run(...argv), argv.join(" ")).toEqual(direct(command));
    expect(run("validate", reports).code).toBe(1);
    expect(run("validate", `${reports}000_6abc9caa6ce6874c.txt`).code).toBe(0);
  });

  it("says in one line what is wrong with the usage, exit code 2, no stack trace", () => {
    expect(run("extract", reports, "--format", "xlsx")).toMatchObject({ code: 2, stdout: "", stderr: "fazhi extract: 未知的格式 unknown format: xlsx (json, ndjson, csv, parquet)\n" });
    expect(run("frobnicate")).toMatchObject({ code: 2, stdout: "", stderr: "fazhi: 未知的命令 unknown command: frobnicate — fazhi --help\n" });
    expect(run("report")).toMatchObject({ code: 2, stderr: "fazhi report: 缺少文件或文件夹 no files or folders given — fazhi report --help\n" });
    expect(run("validate", reports, "--bogus").stderr).toBe("fazhi validate: 未知的选项 unknown option: --bogus — fazhi validate --help\n");
    expect(run("report", reports, "--html").stderr).toBe("fazhi report: 选项缺少值 option needs a value: --html — fazhi report --help\n");
    expect(run("disclosure", disclosureDocs, "--compare=yes").stderr).toBe("fazhi disclosure: 选项不带值 option takes no value: --compare — fazhi disclosure --help\n");
    const usage = [
      ["extract", reports, "--format", "xml"],
      ["extract", reports, "--format", "parquet"],
      ["validate", reports, "--locale", "fr"],
      ["validate", reports, "--format", "xml"],
      ["report", reports, "--numbers", "roman"],
      ["report", "--bogus", reports],
      ["report", reports, "--html"],
      ["extract"],
      ["frobnicate"],
      ["disclosure"],
      ["disclosure", disclosureDocs, "--format", "xml"],
      ["disclosure", disclosureDocs, "--locale", "fr"],
      ["disclosure", disclosureDocs, "--bogus"],
      ["disclosure", disclosureDocs, "--compare=yes"],
    ];
    for (const argv of usage) {
      const r = run(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stdout, argv.join(" ")).toBe("");
      expect(r.stderr.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(r.stderr).not.toContain("    at ");
      if (argv[0] !== "frobnicate") expect(r.stderr, argv.join(" ")).toMatch(new RegExp(`^fazhi ${argv[0]}: `));
    }
  });

  it("gives one line, exit code 2, when a file cannot be written", () => {
    let stderr = "";
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      writeFile: (p) => {
        readFileSync(p);
      },
    };
    const code = runCli(["extract", reports, "--out", "/nonexistent/dir/x.json"], io, "0");
    expect(code).toBe(2);
    expect(stderr).toBe("fazhi extract: 无法写入 /nonexistent/dir/x.json：文件夹或文件不存在 cannot write /nonexistent/dir/x.json: no such folder or file (ENOENT)\n");
    // A folder where a file should be written, and an error of the file system fazhi has no words for (its own message).
    for (const [path, line] of [
      [tmpdir(), `fazhi extract: 无法写入 ${tmpdir()}：这是一个文件夹 cannot write ${tmpdir()}: it is a folder (EISDIR)\n`],
      ["x.json", "fazhi extract: EMFILE: too many open files\n"],
    ]) {
      stderr = "";
      const failing: CliIo = {
        ...io,
        writeFile: (p) => {
          if (p === "x.json") throw Object.assign(new Error("EMFILE: too many open files"), { code: "EMFILE" });
          writeFileSync(p, "");
        },
      };
      expect(runCli(["extract", reports, "--out", path ?? ""], failing, "0")).toBe(2);
      expect(stderr).toBe(line);
    }
  });

  it("leaves no partial --out when writing fails midway (a full disk): the earlier file stays, FILE.part is removed", () => {
    for (const argv of [
      ["extract", reports, "--format", "ndjson"],
      ["extract", reports, "--format", "parquet", "--table", "figures"],
      ["disclosure", disclosureDocs, "--format", "csv"],
    ]) {
      const { io, written } = memoryIo(false, true);
      io.writeFile("out", "earlier");
      let appended = 0;
      const full: CliIo = {
        ...io,
        appendFile: (path, data) => {
          if (++appended === 1) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write", path });
          io.appendFile?.(path, data);
        },
      };
      let stderr = "";
      const code = runCli([...argv, "--out", "out"], { ...full, stderr: { write: (s: string) => (stderr += s) } }, "0");
      expect([code, stderr.trimEnd().split("\n").at(-1)], argv.join(" ")).toEqual([2, `fazhi ${argv[0]}: 无法写入 out：磁盘已满 cannot write out: no space left on the device (ENOSPC)`]);
      expect([...written.files.keys(), ...written.bytes.keys()], argv.join(" ")).toEqual(["out"]);
      expect(written.files.get("out")).toBe("earlier");
    }
  });

  it("lets any other error through: a fault of the program is not a user's mistake", () => {
    const io: CliIo = {
      stdout: { write: () => true },
      stderr: { write: () => true },
      writeFile: () => {
        throw new RangeError("boom");
      },
    };
    expect(() => runCli(["extract", reports, "--out", "x.json"], io, "0")).toThrow(new RangeError("boom"));
  });
});
