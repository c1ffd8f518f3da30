import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Indicator, findIndicator, getIndicator, indicatorCodes, indicators } from "../../src/index.js";
import { corpusDir } from "../helpers/corpus.js";

/** The catalog as the project's indicators.tsv states it (copied from ../shared, kept equal by corpusCopy.test). */
function tsvRows(): Record<string, string>[] {
  const [header, ...lines] = readFileSync(`${corpusDir}indicators.tsv`, "utf8").trimEnd().split("\n");
  const names = (header ?? "").split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [names[i] ?? "", cell])));
}

describe("the indicator catalog", () => {
  it("has every indicator of indicators.tsv, in order, with the same fields", () => {
    const rows = tsvRows();
    expect(rows).toHaveLength(56);
    expect(indicators.map((i) => i.code)).toEqual(rows.map((r) => r["code"]));
    for (const [i, row] of rows.entries()) {
      const indicator = indicators[i];
      expect(indicator?.nameZh).toBe(row["name_zh"]);
      expect(indicator?.unit).toBe(row["unit"]);
      expect(indicator?.valueType).toBe(row["value_type"]);
      expect(indicator?.area).toBe(row["area"]);
      const aggregation = indicator?.aggregation;
      const written =
        aggregation?.kind === "ratio" ? `ratio:${aggregation.numerator}/${aggregation.denominator}` : aggregation?.kind;
      expect(written).toBe(row["aggregation"]);
      expect(indicator?.signals).toEqual((row["signals"] ?? "").split(";").map((s) => s.trim()).filter(Boolean));
    }
  });

  it("is valid by the Indicator schema, with an English name for each", () => {
    for (const indicator of indicators) {
      expect(Indicator.safeParse(indicator).success, indicator.code).toBe(true);
      expect(indicator.nameEn).toMatch(/^[A-Z]/);
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
});
