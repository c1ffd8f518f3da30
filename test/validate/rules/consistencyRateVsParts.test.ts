import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, figure, fullWidth } from "./documents.js";

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
    expect(findings(parseReport(form("共有车辆1417辆,上线车辆1216辆。\n上线率为85.98%。")))).toEqual([]);
  });
});
