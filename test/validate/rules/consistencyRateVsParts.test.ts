import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, fullWidth, observation } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "consistency.rateVsParts");

describe("consistency.rateVsParts", () => {
  it("takes as parts the counts on the rate's line (line), as the parser read it", () => {
    const quantities = [figure("1417", "辆", 0, { line: 3 }), figure("1216", "辆", 10, { line: 3 }), figure("85.98", "%", 20, { line: 3 })];
    expect(findings(doc({ quantities })).map((i) => [i.params["numerator"], i.params["denominator"], i.params["computed"]])).toEqual([["1216", "1417", "85.82"]]);
    expect(findings(doc({ quantities: quantities.map((q, i) => (i === 0 ? { ...q, line: 2 } : q)) }))).toEqual([]);
    expect(findings(doc({ quantities: quantities.map(({ line: _l, ...q }) => q) }))).toEqual([]);
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("checks a parsed text's rate against its counts, in %s", (_, form) => {
    expect(findings(parseReport(form("共有车辆1417辆,上线车辆1216辆,上线率为85.98%。")))).toHaveLength(1);
    expect(findings(parseReport(form("共有车辆1417辆,上线车辆1216辆,上线率为85.82%。")))).toEqual([]);
    // Beyond rounding only: 85.8 is 85.82 to one decimal.
    expect(findings(parseReport(form("共有车辆1417辆,上线车辆1216辆,上线率为85.8%。")))).toEqual([]);
    expect(findings(parseReport(form("共有车辆1417辆,上线车辆1216辆。\n上线率为85.98%。")))).toEqual([]);
  });

  it("checks a rate against its catalog components among observations", () => {
    const rate = [observation("litigation.cases", "40", "件"), observation("litigation.lost", "3", "件"), observation("litigation.lossRate", "5", "%")];
    expect(validate(rate).map((i) => i.code)).toEqual(["consistency.rateVsParts"]);
    expect(validate([...rate.slice(0, 2), observation("litigation.lossRate", "7.5", "%")]).map((i) => i.code)).toEqual([]);
  });
});
