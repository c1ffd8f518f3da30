// The guides in docs/ show code and commands that really run, and what they print.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const guide = (name: string) => readFileSync(`${root}docs/${name}`, "utf8");
const textAfter = (text: string, marker: string) => /```text\n([\s\S]*?)```/.exec(text.slice(text.indexOf(marker)))?.[1] ?? "";

function fazhi(line: string) {
  let stdout = "";
  const written: string[] = [];
  const argv = line.replace(/^npx fazhi /, "").split(/\s+/);
  const code = runCli(argv, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, writeFile: (p) => written.push(p) }, "0.0.0");
  return { code, stdout, written };
}

describe("docs/reports.md", () => {
  const text = guide("reports.md");
  it("shows examples/report.ts exactly, and what it prints", () => {
    const example = readFileSync(`${root}examples/report.ts`, "utf8");
    expect(text).toContain(`\`\`\`ts\n${example}\`\`\``);
    const output = execFileSync(process.execPath, ["--import", "tsx", "examples/report.ts"], { cwd: root, encoding: "utf8" });
    expect(output).toBe(textAfter(text, "It prints:"));
  });
});

describe("docs/cli.md", () => {
  const text = guide("cli.md");
  const commands = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] ?? "").trim().split("\n"));

  it("runs every command it shows", () => {
    expect(commands.length).toBeGreaterThanOrEqual(5);
    for (const line of commands) {
      const r = fazhi(line);
      expect(r.code, line).toBe(/validate|disclosure/.test(line) ? 1 : 0);
    }
  });

  it("shows what report and validate print", () => {
    const report = fazhi("npx fazhi report examples/reports --html fazhi-report.html");
    expect(report.stdout).toBe(textAfter(text, "prints well:"));
    expect(report.written).toEqual(["fazhi-report.html"]);
    expect(fazhi("npx fazhi validate examples/reports/002_79c3c9eaf9c8363c.txt").stdout).toBe(textAfter(text, "there is an error:"));
  });

  it("shows what disclosure prints", () => {
    const line = commands.find((c) => c.includes("disclosure") && c.includes("--compare")) ?? "";
    const r = fazhi(line);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(textAfter(text, "exits with `1`:"));
    expect(r.stdout.endsWith(textAfter(text, "ratio of the sums):"))).toBe(true);
    expect(fazhi("npx fazhi disclosure test/disclosure/docs --format csv --out cells.csv").written).toEqual(["cells.csv"]);
  });
});

describe("docs/export.md", () => {
  const text = guide("export.md");
  it("shows examples/export.ts exactly, and what it prints; the files it writes are Parquet and CSV", () => {
    const example = readFileSync(`${root}examples/export.ts`, "utf8");
    expect(text).toContain(`\`\`\`ts\n${example}\`\`\``);
    const out = mkdtempSync(join(tmpdir(), "fazhi-export-"));
    try {
      const output = execFileSync(process.execPath, ["--import", "tsx", "examples/export.ts", out], { cwd: root, encoding: "utf8" });
      expect(output).toBe(textAfter(text, "It prints:"));
      expect(readFileSync(join(out, "observations.parquet")).subarray(0, 4).toString()).toBe("PAR1");
      expect(readFileSync(join(out, "observations.csv"), "utf8").startsWith("\uFEFFagency,agency_name,")).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
