import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generate, paths, readCatalog } from "../../scripts/generate-indicators.mjs";
import { findIndicator, getIndicator, indicators } from "../../src/index.js";
import { lowerIsBetter, targetComparator } from "../../src/catalog/index.js";
import { Indicator, indicatorCodes } from "../../src/model/index.js";
import { corpusDir, hasShared, sharedDir } from "../helpers/corpus.js";

const root = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

/** The rows of a shared-format indicators.tsv (code, name_zh, unit, value_type, aggregation, area, signals). */
function tsvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(file, "utf8").trimEnd().split("\n");
  const names = (header ?? "").split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [names[i] ?? "", cell])));
}

const written = (indicator: Indicator): string =>
  indicator.aggregation.kind === "ratio"
    ? `ratio:${indicator.aggregation.numerator}/${indicator.aggregation.denominator}`
    : indicator.aggregation.kind;

const sharedFiles = [
  { label: "test/corpus/indicators.tsv", file: `${corpusDir}indicators.tsv` },
  ...(hasShared ? [{ label: "../shared/indicators.tsv", file: `${sharedDir}indicators.tsv` }] : []),
];

describe("the indicator catalog", () => {
  for (const { label, file } of sharedFiles) {
    it(`holds every code, name, unit, value type, aggregation, area and signal of ${label}`, () => {
      const rows = tsvRows(file);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const indicator = findIndicator(row["code"] ?? "");
        expect(indicator, row["code"]).toBeDefined();
        if (!indicator) continue;
        expect(indicator.nameZh).toBe(row["name_zh"]);
        expect(indicator.unit).toBe(row["unit"]);
        expect(indicator.valueType).toBe(row["value_type"]);
        expect(indicator.area).toBe(row["area"]);
        expect(written(indicator)).toBe(row["aggregation"]);
        const signals = (row["signals"] ?? "").split(";").map((s) => s.trim()).filter(Boolean);
        for (const signal of signals) expect(indicator.signals, row["code"]).toContain(signal);
      }
    });
  }

  it("keeps the shared file's order among the shared codes", () => {
    const shared = tsvRows(`${corpusDir}indicators.tsv`).map((r) => r["code"]);
    expect(indicators.map((i) => i.code).filter((code) => shared.includes(code))).toEqual(shared);
  });

  it("is generated from src/catalog/indicators.tsv, and the generated files are current", () => {
    const files = generate(read(paths.source));
    expect(Object.keys(files).sort()).toEqual([paths.codes, paths.indicators].sort());
    for (const [path, text] of Object.entries(files)) expect(read(path), `${path} is stale: run npm run generate`).toBe(text);
  });

  it("would notice a stale file: a new synonym in the TSV changes the generated catalog", () => {
    const tsv = read(paths.source).replace("\t罚款…万元;", "\t罚款…万元; 罚款数额;");
    expect(generate(tsv)[paths.indicators]).not.toBe(read(paths.indicators));
    expect(generate(tsv)[paths.indicators]).toContain('"罚款数额"');
  });

  it("rejects a malformed source", () => {
    const tsv = read(paths.source);
    expect(() => readCatalog(tsv.replace("\thigher\t", "\tbetter\t"))).toThrow(/direction/);
    expect(() => readCatalog(`${tsv}bad.row\tonly two\n`)).toThrow(/cells/);
    expect(() => readCatalog(tsv.replace("code\t", "id\t"))).toThrow(/header/);
    const first = tsv.split("\n")[1] ?? "";
    expect(() => readCatalog(`${tsv}${first}\n`)).toThrow(/twice/);
  });

  it("is valid by the Indicator schema, with an English name for each", () => {
    for (const indicator of indicators) {
      expect(Indicator.safeParse(indicator).success, indicator.code).toBe(true);
      expect(indicator.nameEn).toMatch(/^[A-Z]/);
      expect(indicator.signals.length, indicator.code).toBeGreaterThan(0);
    }
  });

  it("has exactly the codes of IndicatorCode", () => {
    expect(indicators.map((i) => i.code)).toEqual([...indicatorCodes]);
  });

  it("names only catalog indicators as a ratio's parts, with matching units", () => {
    for (const indicator of indicators) {
      if (indicator.aggregation.kind !== "ratio") continue;
      const numerator = getIndicator(indicator.aggregation.numerator);
      const denominator = getIndicator(indicator.aggregation.denominator);
      expect(indicator.unit).toBe("%");
      expect(numerator.area === indicator.area || denominator.area === indicator.area).toBe(true);
    }
  });

  it("finds entries by code", () => {
    expect(getIndicator("enforcement.fineAmount").nameZh).toBe("罚款金额");
    expect(findIndicator("no.such")).toBeUndefined();
    expect(() => getIndicator("no.such" as never)).toThrow(RangeError);
  });

  it("states direction as a field: lowerIsBetter and targetComparator read it", () => {
    const lower = indicators.filter((i) => i.direction === "lower").map((i) => i.code);
    expect(lower).toEqual(expect.arrayContaining(["litigation.lossRate", "litigation.lost", "reconsideration.correctionRate", "reconsideration.corrected"]));
    expect([...lowerIsBetter].sort()).toEqual([...lower].sort());
    expect(targetComparator("exact", "litigation.lost")).toBe("<=");
    expect(targetComparator("exact", "enforcement.certificationRate")).toBe(">=");
  });

  it("states zero words as a field, each word for one indicator", () => {
    const words = indicators.flatMap((i) => i.zeroWords);
    expect(words).toEqual(expect.arrayContaining(["行政复议", "被纠错", "败诉", "应诉", "信息公开申请"]));
    expect(new Set(words).size).toBe(words.length);
  });
});
