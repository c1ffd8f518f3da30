// The built package, as users get it: ESM and CJS entry points of dist/.
// `npm test` builds before it runs vitest; run `npm run build` first when calling vitest alone.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const built = existsSync(`${root}dist/index.js`) && existsSync(`${root}dist/index.cjs`);

const agency = {
  id: "nb-haishu-transport",
  name: "宁波市海曙区交通运输局",
  kind: "department",
  level: "county",
  sector: "transport",
  divisionCode: "330203",
  creditCode: "11330203MB1025728K",
};
const observation = {
  agency: agency.id,
  indicator: "enforcement.penaltyCases",
  period: 2020,
  quantity: { value: "2006", unit: "件", qualifier: "exact" },
  modality: "actual",
  attribution: "own",
};

interface Built {
  Agency: { safeParse(v: unknown): { success: boolean } };
  Observation: { parse(v: unknown): { quantity: { value: { toString(): string } } } };
  divisionOf(code: string): { name: string } | undefined;
  isCreditCode(code: string): boolean;
}

interface Validate {
  validate(value: unknown): { code: string }[];
}

interface Parse {
  parseReport(text: string): { quantities: { indicator: string | null; value: { toString(): string } }[] };
}

function exercise(pkg: Built): void {
  expect(pkg.Agency.safeParse(agency).success).toBe(true);
  expect(pkg.Agency.safeParse({ ...agency, creditCode: "11330203MB1025728J" }).success).toBe(false);
  expect(pkg.Observation.parse(observation).quantity.value.toString()).toBe("2006");
  expect(pkg.divisionOf("330203")?.name).toBe("海曙区");
  expect(pkg.isCreditCode("11330203MB1025728K")).toBe(true);
}

describe("the built package", () => {
  it("has been built (npm test builds it first)", () => {
    expect(built, "dist/ is missing: run `npm run build`").toBe(true);
  });

  it.runIf(built)("works when imported as ESM", async () => {
    exercise((await import(`${root}dist/index.js`)) as Built);
    const model = (await import(`${root}dist/model/index.js`)) as Built;
    expect(model.Agency.safeParse(agency).success).toBe(true);
    const checks = (await import(`${root}dist/validate/index.js`)) as Validate;
    expect(checks.validate([observation]).map((i) => i.code)).toEqual([]);
    const parse = (await import(`${root}dist/parse/index.js`)) as Parse;
    expect(parse.parseReport("查处案件152件,罚款121万元。").quantities.map((q) => q.indicator)).toEqual([
      "enforcement.penaltyCases",
      "enforcement.fineAmount",
    ]);
  });

  it.runIf(built)("writes Parquet through fazhi/parquet, as ESM and as CJS", async () => {
    const require = createRequire(import.meta.url);
    type Render = { observationColumns(o: unknown[]): unknown };
    type Parquet = { toParquet(data: unknown): Uint8Array };
    const magic = (render: Render, parquet: Parquet) => new TextDecoder().decode(parquet.toParquet(render.observationColumns([observation])).subarray(0, 4));
    expect(magic((await import(`${root}dist/render/index.js`)) as Render, (await import(`${root}dist/parquet/index.js`)) as Parquet)).toBe("PAR1");
    expect(magic(require(`${root}dist/render/index.cjs`) as Render, require(`${root}dist/parquet/index.cjs`) as Parquet)).toBe("PAR1");
  });

  it.runIf(built)("works when required as CJS", () => {
    const require = createRequire(import.meta.url);
    exercise(require(`${root}dist/index.cjs`) as Built);
    const catalog = require(`${root}dist/catalog/index.cjs`) as Pick<Built, "divisionOf">;
    expect(catalog.divisionOf("230104")?.name).toBe("道外区");
    const parse = require(`${root}dist/parse/index.cjs`) as Parse;
    expect(parse.parseReport("罚款121万元").quantities[0]?.value.toString()).toBe("1210000");
    const sums = require(`${root}dist/aggregate/index.cjs`) as { aggregate(o: unknown[], options: { by: string[] }): { sum?: { value: { toString(): string } } }[] };
    expect(sums.aggregate([observation, observation], { by: ["indicator"] })[0]?.sum?.value.toString()).toBe("4012");
    const checks = require(`${root}dist/validate/index.cjs`) as Validate;
    expect(checks.validate({ ...agency, divisionCode: "330200" }).map((i) => i.code)).toEqual(["agency.levelMismatch"]);
  });
});

/**
 * The modules of zod a fresh Node.js process loads when it imports (ESM, through a loader hook that
 * sees every module loaded) or requires (CJS, `require.cache`) one entry of dist/. The worker entry
 * reads its port from `workerData` at once: outside a worker it throws there, after its imports.
 */
function zodModulesLoaded(entry: string, format: "esm" | "cjs"): number {
  const hook = `export async function load(url, context, next) { if (url.includes("/node_modules/zod/")) process.stdout.write("zod\\n"); return next(url, context); }`;
  const esm = `import { register } from "node:module"; register("data:text/javascript," + encodeURIComponent(${JSON.stringify(hook)})); try { await import(${JSON.stringify(`${root}dist/${entry}.js`)}); } catch {}`;
  const cjs = `try { require(${JSON.stringify(`${root}dist/${entry}.cjs`)}); } catch {} for (const key of Object.keys(require.cache)) if (key.includes("/node_modules/zod/")) console.log("zod");`;
  const args = format === "esm" ? ["--input-type=module", "-e", esm] : ["-e", cjs];
  return execFileSync(process.execPath, args, { encoding: "utf8" }).split("\n").filter((line) => line === "zod").length;
}

describe("what an entry loads in Node.js", () => {
  // zod holds the model's schemas. Reading figures needs none: the readers use the model's arithmetic
  // and checks (decimal.ts, isIsoDate.ts, creditCodeCheck.ts), whose schemas are modules of their
  // own. zod is 95 modules: a worker of parseReports started in 111–145 ms with it and 64–68 ms without.
  it.runIf(built).each(["parse/index", "node/index", "node/parseWorker", "catalog/index"])("%s loads no zod, as ESM and as CJS", (entry) => {
    expect(zodModulesLoaded(entry, "esm")).toBe(0);
    expect(zodModulesLoaded(entry, "cjs")).toBe(0);
  });

  it.runIf(built)("the root and fazhi/model load zod (the test sees it)", () => {
    expect(zodModulesLoaded("index", "esm")).toBeGreaterThan(50);
    expect(zodModulesLoaded("model/index", "cjs")).toBeGreaterThan(50);
  });
});
