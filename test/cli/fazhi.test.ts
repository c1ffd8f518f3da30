// fazhi.ts, the bin: run in process by importing it with process.argv set, as node runs it. It hands argv to runCli
// on the real streams and file system, sets process.exitCode to runCli's answer, and reads its version from the
// package.json two folders above the script (the packed bin is run in packed.test.ts).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const script = fileURLToPath(new URL("../../src/cli/fazhi.ts", import.meta.url));
const root = fileURLToPath(new URL("../../", import.meta.url));
const reports = join(root, "examples/reports");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };

const saved = { argv: process.argv, exitCode: process.exitCode };
let stdout = "";
let stderr = "";

beforeEach(() => {
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.argv = saved.argv;
  process.exitCode = saved.exitCode;
});

/** Runs the bin as `node <scriptPath> ...args`, anew each time; gives its exit code and output. */
async function fazhi(scriptPath: string, ...args: string[]) {
  process.argv = [process.execPath, scriptPath, ...args];
  vi.resetModules();
  await import("../../src/cli/fazhi.js");
  const code = process.exitCode;
  process.exitCode = saved.exitCode;
  return { code, stdout, stderr };
}

describe("the fazhi bin", () => {
  it("prints the version of the package.json two folders above the script", async () => {
    expect(await fazhi(script, "--version")).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("prints unknown as its version when the script's package.json cannot be found", async () => {
    expect(await fazhi(join(tmpdir(), "fazhi-no-such-dir", "fazhi.js"), "--version")).toMatchObject({ code: 0, stdout: "unknown\n" });
  });

  it("sets the exit code runCli gives: 1 when validate finds an error, 2 for bad usage", async () => {
    expect((await fazhi(script, "validate", reports)).code).toBe(1);
    stdout = "";
    expect(await fazhi(script, "frobnicate")).toEqual({ code: 2, stdout: "", stderr: "fazhi: 未知的命令 unknown command: frobnicate — fazhi --help\n" });
  });

  it("writes --out files to the file system", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-bin-"));
    const out = join(dir, "figures.csv");
    expect(await fazhi(script, "extract", join(reports, "000_6abc9caa6ce6874c.txt"), "--format", "csv", "--out", out)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toContain("000_6abc9caa6ce6874c.txt,哈尔滨市交通运输局,2020,enforcement.fineAmount,罚款金额,1210000,exact");
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a streamed --out through FILE.part, renamed over an earlier FILE once whole, and names FILE when it cannot", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-bin-"));
    const out = join(dir, "docs.ndjson");
    writeFileSync(out, "earlier\n");
    expect(await fazhi(script, "extract", reports, "--format", "ndjson", "--out", out)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect([readFileSync(out, "utf8").split("\n").length, readdirSync(dir)]).toEqual([6, ["docs.ndjson"]]);
    // A folder where the file should be: the rename fails; the message names FILE, and no FILE.part is left.
    const folder = join(dir, "folder");
    mkdirSync(folder);
    const failed = await fazhi(script, "extract", reports, "--format", "ndjson", "--out", folder);
    expect([failed.code, failed.stderr.split("：")[0], readdirSync(dir).sort()]).toEqual([2, `fazhi extract: 无法写入 ${folder}`, ["docs.ndjson", "folder"]]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the fazhi bin with a reader that stops reading", () => {
  // `fazhi extract … | head`: the reader closes the pipe after its first bytes, the next write fails
  // with EPIPE. Run as a process of its own (source under tsx), its output a pipe closed after 10 bytes.
  const piped = (...args: string[]) => {
    const command = [process.execPath, "--import", "tsx", script, ...args].map((arg) => `'${arg}'`).join(" ");
    const run = spawnSync("bash", ["-c", `${command} | head -c 10 > /dev/null; echo "exit $\{PIPESTATUS[0]}"`], { cwd: root, encoding: "utf8" });
    return { stdout: run.stdout, stderr: run.stderr };
  };

  it("exits quietly with the code of what ran (0 for extract), without a stack trace", () => {
    // 95 KB of JSON: more than a pipe holds, so the bin is still writing when the reader has gone.
    expect(piped("extract", join(root, "test/corpus/docs"), "--format", "json")).toEqual({ stdout: "exit 0\n", stderr: "" });
  });
});
