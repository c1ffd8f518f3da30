import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/cli/main.js";

const root = fileURLToPath(new URL("../", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");
const run = (file: string) =>
  execFileSync(process.execPath, ["--import", "tsx", file], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
const blocksAfter = (marker: string) => {
  const at = readme.indexOf(marker);
  return /```text\n([\s\S]*?)```/.exec(readme.slice(at))?.[1] ?? "";
};

describe("the README", () => {
  it("shows examples/quickstart.ts exactly, and what it prints", () => {
    const example = readFileSync(`${root}examples/quickstart.ts`, "utf8");
    expect(readme).toContain(`\`\`\`ts\n${example}\`\`\``);
    expect(run("examples/quickstart.ts")).toBe(blocksAfter("It prints:"));
  });

  it("shows lines the demo really prints", () => {
    const output = run("examples/demo.ts");
    const quickStart = readme.slice(readme.indexOf("`npm run demo` reads"), readme.indexOf("## Example"));
    const shown = [...quickStart.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((block) => (block[1] ?? "").split("\n"));
    expect(shown.filter((line) => line.trim() !== "").length).toBeGreaterThan(10);
    for (const line of shown) expect(output).toContain(line);
  });

  it("begins with the whole job on the command line, and shows what it prints", () => {
    expect(readme).toContain("npm ci && npm run build && npx fazhi report examples/reports --html fazhi-report.html");
    let stdout = "";
    const written: string[] = [];
    const code = runCli(["report", "examples/reports", "--html", "fazhi-report.html"], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, writeFile: (p) => written.push(p) }, "0");
    expect(code).toBe(0);
    expect(written).toEqual(["fazhi-report.html"]);
    expect(stdout).toBe(blocksAfter("The first command is the whole job"));
    expect(readme).toContain("![The report of the five bundled reports](docs/fazhi-report.png)");
  });

  it("names the two quick-start commands that package.json defines", () => {
    const scripts = (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(readme).toContain("npm ci && npm run demo");
    expect(readme).toContain("npm ci && npm test");
    expect(scripts["demo"]).toBe("tsx examples/demo.ts");
    expect(scripts["test"]).toBeDefined();
  });

  it("bundles the corpus documents as the demo's samples", () => {
    const samples = readdirSync(`${root}examples/reports`).sort();
    expect(samples).toEqual(readdirSync(`${root}test/corpus/docs`).sort());
    for (const file of samples) {
      expect(readFileSync(`${root}examples/reports/${file}`, "utf8")).toBe(readFileSync(`${root}test/corpus/docs/${file}`, "utf8"));
    }
  });

  it("lists the runtime dependency tree as package.json and the lock give it, each package with a line of why", () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { name: string; version: string; dependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, "utf8")) as {
      packages: Record<string, { version: string; dependencies?: Record<string, string> }>;
    };
    const names = Object.keys(manifest.dependencies).sort();
    // The runtime packages have no dependencies of their own (extend this test if one ever does).
    for (const name of names) expect(Object.keys(lock.packages[`node_modules/${name}`]?.dependencies ?? {})).toEqual([]);
    const lines = names.map((name, i) => `${i === names.length - 1 ? "└──" : "├──"} ${name}@${lock.packages[`node_modules/${name}`]?.version}`);
    expect(blocksAfter("as `npm ls --omit=dev --all` prints it")).toBe(`${manifest.name}@${manifest.version}\n${lines.join("\n")}\n`);
    const why = readme.slice(readme.indexOf("| package | why |"));
    for (const name of names) expect(why).toContain(`| \`${name}\` |`);
  });
});

describe("the imports of the code in README.md and docs/", () => {
  const entryOf = (specifier: string) => (specifier === "fazhi" ? "index" : `${specifier.slice("fazhi/".length)}/index`);
  const pages = [join(root, "README.md"), ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => join(root, "docs", name))];
  /** Every name a TypeScript or JavaScript block imports from fazhi or one of its entries, with where. */
  const imported = pages.flatMap((page) =>
    [...readFileSync(page, "utf8").matchAll(/```(?:ts|js|typescript|javascript)\n([\s\S]*?)```/g)].flatMap((block) =>
      [...(block[1] ?? "").matchAll(/import\s*\{([^}]*)\}\s*from\s*"(fazhi(?:\/[a-z]+)?)"/g)].flatMap((statement) =>
        (statement[1] ?? "")
          .split(",")
          .map((name) => name.trim())
          .filter((name) => name !== "")
          .map((name) => ({ page: relative(root, page), entry: statement[2] ?? "", name: name.replace(/\s+as\s+\w+$/, "") })),
      ),
    ),
  );

  it("finds the imports it checks", () => {
    expect(imported.length).toBeGreaterThan(20);
    expect(new Set(imported.map((i) => i.entry)).size).toBeGreaterThan(3);
  });

  it("names only what the entry exports (a value at run time, a type in the entry's source)", async () => {
    const missing: string[] = [];
    for (const { page, entry, name } of imported) {
      const type = /^type\s+(\w+)$/.exec(name)?.[1];
      const source = join(root, "src", `${entryOf(entry)}.ts`);
      if (type !== undefined) {
        if (!new RegExp(`\\btype\\s+${type}\\b|\\b(?:interface|type)\\s+${type}\\b`).test(readFileSync(source, "utf8"))) missing.push(`${page}: type ${type} from ${entry}`);
      } else if (!(name in ((await import(source)) as Record<string, unknown>))) missing.push(`${page}: ${name} from ${entry}`);
    }
    expect(missing).toEqual([]);
  });
});
