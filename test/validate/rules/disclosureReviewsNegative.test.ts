import { describe, expect, it } from "vitest";
import { dec, issuesOf, report } from "./disclosureReports.js";

const code = "disclosure.reviews.negative";

describe("disclosure.reviews.negative", () => {
  it("flags a negative or fractional count of table 四", () => {
    const d07 = report("d07");
    const reconsideration = { ...d07.reviews.reconsideration, upheld: dec(-1), pending: dec("0.5") };
    expect(issuesOf(code, { ...d07, reviews: { ...d07.reviews, reconsideration } }).map((i) => [i.path.join("."), i.params["left"]])).toEqual([
      ["reviews.reconsideration.upheld", "-1"],
      ["reviews.reconsideration.pending", "0.5"],
    ]);
  });

  it("stays silent on the shared reports' counts", () => {
    for (const name of ["d01", "d04", "d06", "d07"] as const) expect(issuesOf(code, report(name))).toEqual([]);
  });
});
