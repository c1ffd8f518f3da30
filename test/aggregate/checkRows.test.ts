import { describe, expect, it } from "vitest";
import { aggregateTable, compositeScoreTable, coverage, coverageTable, targetAttainmentTable, yearOverYear, yearOverYearTable } from "../../src/aggregate/index.js";
import { checkRows } from "../../src/aggregate/checkRows.js";
import { obs } from "./helpers.js";

const observations = [obs("a", "enforcement.penaltyCases", 5), obs("a", "enforcement.penaltyCases", 7, { period: 2022 })];

describe("checkRows", () => {
  it("returns on a list of rows that hold the fields, an empty list too", () => {
    expect(() => checkRows("t", [], "a", ["value"])).not.toThrow();
    expect(() => checkRows("t", [{ value: 0 }, { value: null }], "a", ["value"])).not.toThrow();
  });

  it("names the first row without a field, and what is not a list", () => {
    expect(() => checkRows("t", [{ value: 1 }, { other: 1 }], "analysis", ["value"])).toThrow(
      new TypeError("t: rows[1] is not a row of analysis (it has no value): pass what analysis gives, not the observations"),
    );
    expect(() => checkRows("t", [{ value: 1 }, 3], "analysis", ["value"])).toThrow(new TypeError("t: rows[1] is not a row of analysis (it has no value): pass what analysis gives, not the observations"));
    expect(() => checkRows("t", undefined, "analysis", ["value"])).toThrow(new TypeError("t: pass what analysis gives (a list), not undefined"));
    expect(() => checkRows("t", { value: 1 }, "analysis", ["value"])).toThrow(new TypeError("t: pass what analysis gives (a list), not object"));
  });
});

describe("the table makers, given observations instead of their analysis's result", () => {
  it.each([
    ["aggregateTable", () => aggregateTable(observations as never, { by: ["indicator"] }), "aggregate", "key"],
    ["yearOverYearTable", () => yearOverYearTable(observations as never), "yearOverYear", "value"],
    ["compositeScoreTable", () => compositeScoreTable(observations as never), "compositeScore", "score"],
    ["targetAttainmentTable", () => targetAttainmentTable(observations as never), "targetAttainment", "target"],
  ] as const)("%s throws a TypeError that says so", (name, make, analysis, field) => {
    expect(make).toThrow(new TypeError(`${name}: rows[0] is not a row of ${analysis} (it has no ${field}): pass what ${analysis} gives, not the observations`));
  });

  it("coverageTable throws a TypeError that says what coverage gives", () => {
    expect(() => coverageTable(observations as never)).toThrow(new TypeError("coverageTable: pass what coverage gives ({ agencies, indicators, counts, byIndicator, … }), not a list"));
    expect(() => coverageTable(null as never)).toThrow(new TypeError("coverageTable: pass what coverage gives ({ agencies, indicators, counts, byIndicator, … }), not null"));
  });

  it("takes what its analysis gives", () => {
    expect(yearOverYearTable(yearOverYear(observations)).rows).toHaveLength(1);
    expect(coverageTable(coverage(observations)).rows).toHaveLength(1);
  });
});
