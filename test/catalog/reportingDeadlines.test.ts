import { describe, expect, it } from "vitest";
import { deadlineMonthDays, reportingDeadlines } from "../../src/catalog/reportingDeadlines.js";

describe("reportingDeadlines", () => {
  it("gives a department's report both deadlines in the following year", () => {
    expect(reportingDeadlines(2022, "department")).toEqual({ submitBy: "2023-03-01", publishBy: "2023-04-01" });
  });

  it("gives a government's report only the publication deadline", () => {
    expect(reportingDeadlines(2023, "government")).toEqual({ submitBy: null, publishBy: "2024-04-01" });
  });

  it("takes its month and day from deadlineMonthDays", () => {
    const due = reportingDeadlines(1999, "department");
    expect(due.submitBy).toBe(`2000-${deadlineMonthDays.submitBy}`);
    expect(due.publishBy).toBe(`2000-${deadlineMonthDays.publishBy}`);
  });

  it.each([0, 999, 9999, 2022.5, Number.NaN])("throws a RangeError for a year that is not four digits: %s", (year) => {
    expect(() => reportingDeadlines(year, "government")).toThrow(RangeError);
  });
});
