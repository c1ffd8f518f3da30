import { describe, expect, it } from "vitest";
import { disclosureDeadlineMonthDays } from "../../src/catalog/disclosureDeadlines.js";
import { validateDisclosure } from "../../src/validate/disclosure/validateDisclosure.js";
import type { DisclosureRule, DisclosureRuleContext } from "../../src/validate/disclosure/disclosureRule.js";
import { report as disclosureReport } from "../validate/rules/disclosureReports.js";

describe("disclosureDeadlineMonthDays", () => {
  it("gives the 条例's deadlines: departments 01-31, governments 03-31 of the following year", () => {
    expect(disclosureDeadlineMonthDays).toEqual({ departmentPublishBy: "01-31", governmentPublishBy: "03-31" });
  });

  it("are the defaults validateDisclosure gives its rules", () => {
    const seen: DisclosureRuleContext[] = [];
    const spy: DisclosureRule = { code: "disclosure.custom.spy", severity: "info", messages: { zh: "查看", en: "spy" }, check: (_r, context) => {
        seen.push(context);
        return [];
      },
    };
    validateDisclosure(disclosureReport("d06"), { rules: [spy] });
    expect(seen[0]).toMatchObject(disclosureDeadlineMonthDays);
  });
});
