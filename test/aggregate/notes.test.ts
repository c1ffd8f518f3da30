import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/index.js";
import { agencies, obs } from "./helpers.js";

describe("aggregate notes figures that make no sense on the row that used them", () => {
  it("a negative count", () => {
    const [row] = aggregate([obs("daowai", "enforcement.penaltyCases", -3), obs("daoli", "enforcement.penaltyCases", 10)], { by: ["indicator"], agencies });
    expect(row?.notes).toEqual(["negativeCount"]);
    expect(row?.sum?.value.toString()).toBe("7");
  });

  it("a fine given in %", () => {
    const [row] = aggregate([obs("daowai", "enforcement.fineAmount", 12, { unit: "%" })], { by: ["indicator"], agencies });
    expect(row?.notes).toContain("unitMismatch");
  });

  it("the same figure of an agency twice, and not two different figures of one agency", () => {
    const twice = [obs("daowai", "enforcement.penaltyCases", 5), obs("daowai", "enforcement.penaltyCases", 5), obs("daoli", "enforcement.penaltyCases", 5)];
    expect(aggregate(twice, { by: ["indicator"] })[0]?.notes).toEqual(["duplicate"]);
    const years = [obs("daowai", "enforcement.penaltyCases", 5, { year: 2020 }), obs("daowai", "enforcement.penaltyCases", 5, { year: 2021 })];
    expect(aggregate(years, { by: ["indicator"] })[0]?.notes).toEqual([]);
    // Grouped by year, the duplicate is on its own row only.
    const rows = aggregate([...years, obs("daowai", "enforcement.penaltyCases", 5, { year: 2021 })], { by: ["indicator", "year"] });
    expect(rows.map((r) => [r.key["year"], r.notes])).toEqual([
      [2020, []],
      [2021, ["duplicate"]],
    ]);
  });

  it("nothing on sound figures, in whatever order they come", () => {
    const figures = [obs("daowai", "enforcement.penaltyCases", 5), obs("daoli", "enforcement.penaltyCases", 7, { unit: "起" })];
    expect(aggregate(figures, { by: ["indicator"] })[0]?.notes).toEqual([]);
    expect(aggregate([...figures].reverse(), { by: ["indicator"] })[0]?.notes).toEqual([]);
  });
});
