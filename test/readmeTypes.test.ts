// README example 1 (a report read in code) compiles as a user's strict TypeScript would,
// with exactOptionalPropertyTypes: `parseReport` gives a `ParsedReport`, whose `text` and
// `issues` are required, so `formatIssues(issues, { text: doc.text })` needs no `?? ""`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { examplesIn } from "./helpers/examples.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Type errors of `code`, compiled as a module of the repository ("fazhi" is the source) under tsconfig.json. */
function typeErrors(code: string): string[] {
  const dir = mkdtempSync(join(root, "test", ".types-"));
  try {
    const file = join(dir, "example.ts");
    writeFileSync(file, code);
    const parsed = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const options = { ...parsed?.options, noEmit: true, exactOptionalPropertyTypes: true, strict: true };
    const program = ts.createProgram([file], options);
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => `${d.start ?? 0}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("README example 1", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const example = /## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

  it("compiles under exactOptionalPropertyTypes", () => {
    expect(example).toContain("formatIssues(issues, { locale: \"zh\", text: doc.text })");
    expect(typeErrors(example)).toEqual([]);
  });

  it("would not compile if parseReport's text were optional (the check can fail)", () => {
    const optional = example.replace('import { formatIssues, parseReport, validate } from "fazhi";', 'import { formatIssues, type ParsedDocument, parseReport as read, validate } from "fazhi";\nconst parseReport = (input: Uint8Array): ParsedDocument => read(input);');
    expect(optional).not.toBe(example);
    expect(typeErrors(optional).join("\n")).toMatch(/exactOptionalPropertyTypes|not assignable/);
  });
});

// README "What is in it": the root gives its names "and the types of their options and results"; a stage entry gives
// the types of what its functions return (`fazhi/parse`'s `ParsedReport`, `fazhi/validate`'s `Issue`).
describe("the types a user names", () => {
  const consumer = `import {
  type AgencyScore,
  aggregateTable,
  type AggregateRow,
  type AggregateTableOptions,
  compositeScore,
  type CompositeScoreOptions,
  type Coverage,
  coverage,
  type CoverageOptions,
  formatIssues,
  type FormatIssuesOptions,
  getIndicator,
  type Indicator,
  type Issue as RootIssue,
  type ModelParseResult,
  type NumberParseResult,
  Observation,
  observationsOf,
  parseChineseNumber,
  rollup,
  type RollupOptions,
  type RollupResult,
  safeParseModel,
  type SafeParseModelOptions,
  type Series,
  series,
  targetAttainment,
  type TargetAttainmentOptions,
  type TargetRow,
  type TypedTable,
  type YearOverYear,
  yearOverYear,
} from "fazhi";
import { type ParsedReport, parseReport } from "fazhi/parse";
import { type Issue, validate } from "fazhi/validate";

const doc: ParsedReport = parseReport("道外区2021年法治政府建设情况报告\\n全年办理行政复议案件33件。", { document: "daowai.txt" });
const issues: Issue[] = validate(doc);
const observations: Observation[] = observationsOf(doc, "daowai");
const number: NumberParseResult = parseChineseNumber("一万二");
const indicator: Indicator = getIndicator("reconsideration.cases");
const checked: ModelParseResult<Observation> = safeParseModel(Observation, observations[0], { locale: "en" } satisfies SafeParseModelOptions);
const points: Series[] = series(observations);
const changes: YearOverYear[] = yearOverYear(observations);
const rolledUp = (options: RollupOptions): RollupResult => rollup(observations, options);
const covered = (options: CoverageOptions): Coverage => coverage(observations, options);
const scores = (options: CompositeScoreOptions): AgencyScore[] => compositeScore(observations, options);
const targets = (options: TargetAttainmentOptions): TargetRow[] => targetAttainment(observations, options);
const table = (rows: AggregateRow[], options: AggregateTableOptions<"indicator">): TypedTable<"indicator"> => aggregateTable(rows, options);
const listed = (all: readonly RootIssue[], options: FormatIssuesOptions): string => formatIssues(all, options);
export { changes, checked, covered, indicator, issues, listed, number, points, rolledUp, scores, table, targets };
`;

  it("compiles a module that names the root's option and result types, ParsedReport from fazhi/parse and Issue from fazhi/validate", () => {
    expect(typeErrors(consumer)).toEqual([]);
  });

  it("would not compile naming a type no entry gives (the check can fail)", () => {
    expect(typeErrors(consumer.replace("  type YearOverYear,\n", "  type YearOverYear,\n  type NoSuchType,\n")).join("\n")).toMatch(/NoSuchType/);
  });
});

// An @example is what a user copies: those of parseChineseNumber's module compile as a strict consumer's code (a
// second call is not narrowed by the first's `.ok`, so each reads `value` from a result it has checked).
describe("the @examples of parseChineseNumber", () => {
  const examples = examplesIn(join(root, "src")).filter((example) => example.file === join("parse", "chineseNumber.ts"));

  it("compile under strict, with the root's names imported", () => {
    expect(examples.map((example) => example.name).sort()).toEqual(["NumberParseResult", "parseChineseNumber"]);
    for (const example of examples) {
      expect(typeErrors(`import { type NumberParseResult, parseChineseNumber } from "fazhi";\n${example.code}\nexport {};\n`), example.name).toEqual([]);
    }
  });
});
