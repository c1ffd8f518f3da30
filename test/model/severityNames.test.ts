import { describe, expect, it } from "vitest";
import { Severity } from "../../src/model/issue.js";
import { severityNames } from "../../src/model/severityNames.js";
import { formatIssues } from "../../src/render/formatIssues.js";

describe("severityNames", () => {
  it("names every severity in both locales, the Chinese names distinct", () => {
    for (const locale of ["zh", "en"] as const) expect(Object.keys(severityNames[locale]).sort()).toEqual([...Severity.options].sort());
    expect(new Set(Object.values(severityNames.zh)).size).toBe(3);
    expect(severityNames.zh).toEqual({ error: "错误", warning: "警告", info: "提示" });
  });

  it("is what formatIssues writes", () => {
    const issue = { code: "date.reportLate", severity: "warning" as const, path: [], message: "晚了", params: {} };
    expect(formatIssues([issue], { locale: "zh" })).toContain("  警告  date.reportLate");
  });
});
