import { describe, expect, it } from "vitest";
import { disclosureRates } from "../../src/aggregate/disclosureRates.js";
import { parseDisclosureReport } from "../../src/parse/disclosure/index.js";
import { disclosureNames, disclosureText } from "../helpers/disclosure.js";

const inputs = disclosureNames().map((name) => ({ agency: name.slice(0, 3), group: "all", report: parseDisclosureReport(disclosureText(name)) }));

describe("disclosureRates", () => {
  it("rates each agency with its N and ranks only those with N at least the minimum", () => {
    const { agencies } = disclosureRates(inputs);
    const open = agencies.filter((r) => r.kind === "substantiveDisclosure").map((r) => [r.key, r.numerator.toString(), r.n.toString(), r.percent?.toString() ?? null, r.rank]);
    expect(open).toEqual([
      ["d01", "0", "0", null, null], // 予以公开 and 部分公开 have blank cells: left out
      ["d04", "395", "718", "55.01", 2],
      ["d06", "4", "21", "19.05", null], // N 21 < 30: shown, not ranked
      ["d07", "59", "95", "62.11", 1],
    ]);
    const d06 = disclosureRates(inputs, { minN: 20 }).agencies.find((r) => r.kind === "substantiveDisclosure" && r.key === "d06");
    expect(d06?.rank).toBe(3);
  });

  it("gives a group's rate as the ratio of its sums, not the mean of rates", () => {
    const { groups } = disclosureRates(inputs);
    const open = groups.find((r) => r.kind === "substantiveDisclosure");
    expect([open?.numerator.toString(), open?.denominator.toString(), open?.percent?.toString(), open?.reports, open?.skipped]).toEqual(["458", "834", "54.92", 3, 1]);
    const correction = groups.find((r) => r.kind === "reconsiderationCorrection");
    // 纠正 10 + 1 + 1 over 审结 (维持 + 纠正 + 其他) 46 + 11 + 2.
    expect([correction?.numerator.toString(), correction?.denominator.toString()]).toEqual(["12", "59"]);
  });

  it("ranks the lower rate first where lower is better, ties sharing a rank", () => {
    const { agencies } = disclosureRates([...inputs, { agency: "d04-copy", report: (inputs[1] ?? inputs[0])?.report as (typeof inputs)[number]["report"] }], { minN: 30 });
    const notHeld = agencies.filter((r) => r.kind === "notHeld" && r.ranked).map((r) => [r.key, r.percent?.toString(), r.rank]);
    expect(notHeld).toEqual([
      ["d04", "15.46", 1],
      ["d07", "32.63", 3],
      ["d04-copy", "15.46", 1],
    ]);
  });
});
