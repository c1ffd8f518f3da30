import { describe, expect, it } from "vitest";
import { indicators } from "../../src/catalog/indicators.js";
import { Aggregation, Direction, Indicator, ValueType } from "../../src/model/indicator.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";

const fineAmount = {
  code: "enforcement.fineAmount",
  nameZh: "罚款金额",
  nameEn: "Fines imposed",
  unit: "元",
  valueType: "amount",
  aggregation: { kind: "sum" },
  area: "enforcement",
  signals: ["罚款…万元", "累计罚款"],
} as const;

const refusedAt = (input: unknown): string[] => (Indicator.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));

describe("ValueType", () => {
  it("is count, amount, rate, mean or list-size", () => {
    expect(ValueType.options).toEqual(["count", "amount", "rate", "mean", "list-size"]);
    for (const input of ["listSize", "percent", "Count", ""]) expect(ValueType.safeParse(input).success, input).toBe(false);
  });
});

describe("Direction", () => {
  it("is higher or lower", () => {
    expect(Direction.options).toEqual(["higher", "lower"]);
    expect(Direction.safeParse("lowerIsBetter").success).toBe(false);
  });
});

describe("Aggregation", () => {
  it("sums, takes a ratio of two catalog indicators, or names no method", () => {
    expect(Aggregation.parse({ kind: "sum" })).toEqual({ kind: "sum" });
    expect(Aggregation.parse({ kind: "none" })).toEqual({ kind: "none" });
    const ratio = { kind: "ratio", numerator: "litigation.lost", denominator: "litigation.cases" };
    expect(Aggregation.parse(ratio)).toEqual(ratio);
  });

  it("requires both parts of a ratio, each a catalog code", () => {
    expect(Aggregation.safeParse({ kind: "ratio", numerator: "litigation.lost" }).error?.issues.map((i) => i.path)).toEqual([["denominator"]]);
    expect(Aggregation.safeParse({ kind: "ratio", numerator: "litigation.lost", denominator: "litigation.all" }).error?.issues.map((i) => i.path)).toEqual([["denominator"]]);
  });

  it("refuses an unknown kind at the kind", () => {
    const issue = Aggregation.safeParse({ kind: "mean" }).error?.issues[0];
    expect(issue?.path).toEqual(["kind"]);
  });
});

describe("Indicator", () => {
  it("fills the optional fields with their defaults: higher is better, no other units, objects or zero words", () => {
    expect(Indicator.parse(fineAmount)).toEqual({ ...fineAmount, direction: "higher", otherUnits: [], objects: [], zeroWords: [] });
  });

  it("keeps the optional fields it is given", () => {
    const lost = {
      ...fineAmount,
      code: "litigation.lost",
      valueType: "count",
      unit: "件",
      direction: "lower",
      otherUnits: ["起"],
      objects: ["诉讼"],
      zeroWords: ["败诉"],
    } as const;
    expect(Indicator.parse(lost)).toEqual(lost);
  });

  it("refuses an unknown code, empty names and units, and an empty signal", () => {
    expect(refusedAt({ ...fineAmount, code: "enforcement.fines" })).toEqual(["code"]);
    expect(refusedAt({ ...fineAmount, nameZh: "", nameEn: "", unit: "" })).toEqual(["nameZh", "nameEn", "unit"]);
    expect(refusedAt({ ...fineAmount, signals: ["罚款", ""] })).toEqual(["signals.1"]);
    expect(refusedAt({ ...fineAmount, zeroWords: [""] })).toEqual(["zeroWords.0"]);
  });

  it("refuses an unknown value type, area or direction", () => {
    expect(refusedAt({ ...fineAmount, valueType: "money", area: "law", direction: "up" })).toEqual(["valueType", "area", "direction"]);
  });

  it("round-trips through JSON, for every catalog entry", () => {
    expect(indicators.length).toBeGreaterThan(50);
    for (const indicator of indicators) expectJsonRoundTrip(Indicator, indicator);
  });
});
