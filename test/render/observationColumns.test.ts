import { describe, expect, it } from "vitest";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { observationColumns, observationSchema } from "../../src/render/observationColumns.js";

const doc = parseReport("哈尔滨市交通运输局2020年度法治政府建设情况报告\n全年罚款121万元，办理案件152件。", { document: "a.txt" });
const observations = observationsOf(doc, "a");
const agency = agencyOf(doc, "a");
const values = (data: ReturnType<typeof observationColumns>, column: string): readonly unknown[] => data.columns.find((c) => c.name === column)?.values ?? [];

describe("observationColumns", () => {
  it("has the schema's columns and an observation a row", () => {
    const data = observationColumns(observations, { agencies: agency === null ? [] : [agency] });
    expect(data.name).toBe("observations");
    expect(data.columns.map((c) => c.name)).toEqual(observationSchema.map((s) => s.name));
    expect(data.rows).toBe(observations.length);
    expect(agency?.name).toBeTruthy();
    expect(values(data, "agency_name")[0]).toBe(agency?.name);
  });

  it("writes the value exactly and a year's period as its first and last day", () => {
    const data = observationColumns(observations);
    const fine = values(data, "indicator").indexOf("enforcement.fineAmount");
    expect(fine).toBeGreaterThanOrEqual(0);
    expect(values(data, "value")[fine]).toBe(1210000000000n);
    expect(values(data, "value_text")[fine]).toBe("1210000");
    expect(values(data, "year")[fine]).toBe(2020);
    expect([values(data, "period_from")[fine], values(data, "period_to")[fine]]).toEqual(["2020-01-01", "2020-12-31"]);
    expect(values(data, "agency_name")[fine]).toBeNull();
  });

  it("has no rows for no observations", () => {
    const data = observationColumns([]);
    expect(data.rows).toBe(0);
    expect(data.issues).toEqual([]);
  });
});
