// The command line as users get it: the packed tarball installed into a fresh project, run with `npx fazhi`.
// `npm test` builds before it runs vitest; run `npm run build` first when calling vitest alone.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const built = existsSync(join(root, "dist/cli/fazhi.js"));
const reports = join(root, "examples/reports");
let project = "";

function npx(...args: string[]) {
  const r = spawnSync("npx", ["--no-install", "fazhi", ...args], { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.runIf(built)("the packed fazhi command", () => {
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), "fazhi-user-"));
    const tarball = execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { cwd: root, encoding: "utf8" }).trim().split("\n").at(-1) ?? "";
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "user", private: true, type: "module" }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", join(project, tarball)], { cwd: project, stdio: "ignore" });
  });
  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  it("prints its version and help", () => {
    const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
    expect(npx("--version")).toMatchObject({ code: 0, stdout: `${version}\n` });
    expect(npx("report", "--help").stdout).toContain("--html FILE");
  });

  it("runs the whole job on the bundled reports and writes fazhi-report.html", () => {
    const r = npx("report", reports, "--html", "fazhi-report.html", "--csv", "totals.csv");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("fazhi: 5 份文件 documents");
    const html = readFileSync(join(project, "fazhi-report.html"), "utf8");
    expect(html.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(readFileSync(join(project, "totals.csv"), "utf8").charCodeAt(0)).toBe(0xfeff);
  });

  it("extracts, and validates with exit code 1 on an error", () => {
    const csv = npx("extract", reports, "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain("000_6abc9caa6ce6874c.txt,哈尔滨市交通运输局,2020,enforcement.fineAmount,罚款金额,1210000,exact");
    expect(npx("validate", reports)).toMatchObject({ code: 1 });
    expect(npx("validate", join(reports, "000_6abc9caa6ce6874c.txt"))).toMatchObject({ code: 0 });
  });

  it("gives a one-line message, no stack trace, for a missing file", () => {
    const r = npx("extract", "missing.txt");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("fazhi: missing.txt: 找不到文件或文件夹 no such file or folder\n");
  });

  it("writes Parquet from the command line and from fazhi/parquet (ESM and CJS), hyparquet-writer bundled, not installed", () => {
    expect(existsSync(join(project, "node_modules", "hyparquet-writer"))).toBe(false);
    const r = npx("extract", reports, "--format", "parquet", "--table", "observations", "--out", "observations.parquet");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(readFileSync(join(project, "observations.parquet")).subarray(0, 4).toString()).toBe("PAR1");
    const use = (load: string) => `${load} const data = render.figureColumns([]); console.log(Buffer.from(parquet.toParquet(data).subarray(0, 4)).toString());`;
    const esm = use(`const render = await import("fazhi/render"); const parquet = await import("fazhi/parquet");`);
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", esm], { cwd: project, encoding: "utf8" })).toBe("PAR1\n");
    const cjs = use(`const render = require("fazhi/render"); const parquet = require("fazhi/parquet");`);
    expect(execFileSync(process.execPath, ["-e", cjs], { cwd: project, encoding: "utf8" })).toBe("PAR1\n");
  });

  it("loads every stage but render without render's dependencies", () => {
    for (const dep of ["csv-stringify", "escape-html"]) rmSync(join(project, "node_modules", dep), { recursive: true, force: true });
    const esm = `const f = await import("fazhi"); for (const s of ["model","catalog","parse","validate","aggregate"]) await import("fazhi/" + s); console.log(typeof f.parseReport, typeof f.aggregateTable);`;
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", esm], { cwd: project, encoding: "utf8" })).toBe("function function\n");
    const cjs = `const f = require("fazhi"); for (const s of ["model","catalog","parse","validate","aggregate"]) require("fazhi/" + s); console.log(typeof f.validate);`;
    expect(execFileSync(process.execPath, ["-e", cjs], { cwd: project, encoding: "utf8" })).toBe("function\n");
    const render = spawnSync(process.execPath, ["--input-type=module", "-e", `await import("fazhi/render")`], { cwd: project, encoding: "utf8" });
    expect(render.status).not.toBe(0);
  });
});
