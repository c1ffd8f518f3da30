import { describe, expect, it } from "vitest";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, observation } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "quantity.unitMismatch");

describe("quantity.unitMismatch", () => {
  it("flags a figure in a unit of another kind than its indicator's (a fine in 件)", () => {
    expect(findings([observation("enforcement.fineAmount", "3", "件")]).map((i) => [i.params["unit"], i.params["expected"]])).toEqual([["件", "元"]]);
    expect(findings(doc({ quantities: [figure("3", "件", 0, { indicator: "enforcement.fineAmount" })] }))).toHaveLength(1);
  });

  it("stays silent on the indicator's unit, a unit of its kind, and a figure of no indicator", () => {
    expect(findings([observation("enforcement.fineAmount", "3", "元")])).toEqual([]);
    expect(findings(doc({ quantities: [figure("3", "元", 0, { indicator: "enforcement.fineAmount" }), figure("3", "件", 10)] }))).toEqual([]);
  });
});
