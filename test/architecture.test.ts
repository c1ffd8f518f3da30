// The stages of src/ import only forward: model → catalog → parse → validate → aggregate → render → parquet → node → cli.
// validate and aggregate are siblings that read the model (neither reads the text nor the other), so on
// top of the order, validate never imports parse and aggregate never imports parse or validate.
// testing/ (builders and arbitraries for users' tests) and the root index.ts may import every stage.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const order = ["model", "catalog", "parse", "validate", "aggregate", "render", "parquet", "node", "cli"] as const;
const forbidden: Readonly<Record<string, readonly string[]>> = {
  validate: ["parse"],
  aggregate: ["parse", "validate"],
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The module specifiers a file imports or re-exports (static and dynamic), comments left out. */
function importsOf(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  const specifiers: string[] = [];
  for (const match of withoutComments.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm)) specifiers.push(match[1] ?? "");
  for (const match of withoutComments.matchAll(/^\s*import\s*["']([^"']+)["']/gm)) specifiers.push(match[1] ?? "");
  for (const match of withoutComments.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1] ?? "");
  return specifiers;
}

/** The stage (first folder under src/) of a path inside src/, or `null` for the root files. */
function stageOf(path: string): string | null {
  const parts = relative(src, path).split(sep);
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

/** Every import of one stage into another, as `from → to (file: specifier)`. */
function crossings(): { from: string; to: string; where: string }[] {
  const found: { from: string; to: string; where: string }[] = [];
  for (const file of sources(src)) {
    const from = stageOf(file);
    if (from === null) continue;
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      if (!specifier.startsWith(".")) continue;
      const to = stageOf(resolve(dirname(file), specifier));
      if (to !== null && to !== from) found.push({ from, to, where: `${relative(src, file)}: ${specifier}` });
    }
  }
  return found;
}

describe("the stages of src/", () => {
  const all = crossings();

  it("reads the imports it checks (multi-line, re-exports, dynamic; not in comments)", () => {
    const code = 'import {\n  a,\n  b,\n} from "../model/a.js";\nexport * from "./b.js";\n/** @example\n * import { x } from "../cli/x.js";\n */\nconst m = import("../render/r.js");\nimport "./side.js";';
    expect(importsOf(code)).toEqual(["../model/a.js", "./b.js", "./side.js", "../render/r.js"]);
    expect(all.length).toBeGreaterThan(100);
  });

  it("import only from earlier stages (testing/ and the root excepted)", () => {
    const backwards = all.filter(({ from, to }) => {
      const i = order.indexOf(from as (typeof order)[number]);
      const j = order.indexOf(to as (typeof order)[number]);
      return i >= 0 && (j < 0 || j > i);
    });
    expect(backwards.map((c) => `${c.from} → ${c.to} (${c.where})`)).toEqual([]);
  });

  for (const [from, targets] of Object.entries(forbidden)) {
    for (const to of targets) {
      it(`${from}/ never imports ${to}/`, () => {
        expect(all.filter((c) => c.from === from && c.to === to).map((c) => c.where)).toEqual([]);
      });
    }
  }
});

describe("packages imported whole", () => {
  // date-fns's main entry loads all of its 300 modules in Node (an external import is not bundled):
  // each function comes from its own path (date-fns/format), as fazhi/render's cold import then loads 38.
  it("never imports date-fns's main entry, only a function's own path", () => {
    const imports = sources(src).map((file) => ({ file: relative(src, file), specifiers: importsOf(readFileSync(file, "utf8")) }));
    expect(imports.filter(({ specifiers }) => specifiers.includes("date-fns")).map(({ file }) => file)).toEqual([]);
    expect(imports.some(({ specifiers }) => specifiers.some((s) => s.startsWith("date-fns/")))).toBe(true);
  });
});

describe("the engine of aggregate/ (src/aggregate/engine/)", () => {
  const engine = join(src, "aggregate", "engine") + sep;
  const aggregate = join(src, "aggregate") + sep;
  // Every import of an engine module: from which file.
  const users = sources(src).flatMap((file) =>
    importsOf(readFileSync(file, "utf8"))
      .filter((specifier) => specifier.startsWith(".") && resolve(dirname(file), specifier).startsWith(engine))
      .map((specifier) => ({ file, where: `${relative(src, file)}: ${specifier}` })),
  );

  it("is used by aggregate/'s analyses", () => {
    expect(users.length).toBeGreaterThan(5);
  });

  it("is imported only inside aggregate/, and by no entry (it is not public)", () => {
    const outside = users.filter(({ file }) => !file.startsWith(aggregate) || /(^|[/\\])index\.ts$/.test(file));
    expect(outside.map((u) => u.where)).toEqual([]);
  });
});

describe("the tests mirror src/", () => {
  const tests = fileURLToPath(new URL("./", import.meta.url));
  // Modules whose behaviour is tested elsewhere, each with the reason. Entries (index.ts) only re-export.
  const testedElsewhere: Readonly<Record<string, string>> = {
    "cli/io.ts": "only the CliIo interface (no code): every command's test runs through it (test/helpers/cliIo.ts)",
  };
  const modules = sources(src)
    .map((path) => relative(src, path).split(sep).join("/"))
    .filter((module) => !module.endsWith("index.ts"));

  it("finds the modules it checks", () => {
    expect(modules.length).toBeGreaterThan(200);
    expect(modules).toContain("validate/rules/dateReportLate.ts");
  });
  it("has a test file of the same name for every module of src/ (test/x/y.test.ts for src/x/y.ts)", () => {
    const missing = modules.filter((module) => testedElsewhere[module] === undefined && !statSafe(join(tests, module.replace(/\.ts$/, ".test.ts"))));
    expect(missing).toEqual([]);
  });
  it("lists as tested elsewhere only modules that exist and have no test file of their own", () => {
    for (const module of Object.keys(testedElsewhere)) {
      expect(modules).toContain(module);
      expect(statSafe(join(tests, module.replace(/\.ts$/, ".test.ts")))).toBe(false);
    }
  });
});

function statSafe(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
