import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

describe("the README", () => {
  it("shows examples/quickstart.ts exactly", () => {
    const example = readFileSync(`${root}examples/quickstart.ts`, "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
  });

  it("prints what it says the demo prints", () => {
    const printed = /`npm run demo` prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(printed).toBeDefined();
    const output = execFileSync(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(output).toBe(printed);
  });

  it("names the two quick-start commands that package.json defines", () => {
    const scripts = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
    expect(scripts["demo"]).toBeDefined();
    expect(scripts["test"]).toBeDefined();
  });
});
