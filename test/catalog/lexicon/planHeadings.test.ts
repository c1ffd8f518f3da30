import { describe, expect, it } from "vitest";
import { planHeadingEnds, planHeadingMaxLength, planHeadingStarts, planSectionClosers } from "../../../src/catalog/lexicon/planHeadings.js";
import { planSection } from "../../../src/parse/modality.js";
import { expectCleanWords, expectFolded } from "../../helpers/lexicon.js";

const before = "一、工作成效\n办结10件。\n";

describe("planHeadings lexicon", () => {
  it("has clean, folded lists", () => {
    for (const [name, words] of Object.entries({ planHeadingStarts, planHeadingEnds, planSectionClosers })) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("leaves out 措施 and 举措, which also end headings on the year's own work", () => {
    for (const word of ["措施", "举措"]) expect(planHeadingEnds).not.toContain(word);
    expect(planSection(`${before}二、2023年度主要举措\n力争办结20件。`)).toEqual({ start: 0, end: 0 });
  });

  it("has a maximum length that leaves room for every start and end with a word between", () => {
    expect(Number.isInteger(planHeadingMaxLength)).toBe(true);
    for (const start of planHeadingStarts) {
      for (const end of planHeadingEnds) expect(`${start}工作${end}`.length, `${start}工作${end}`).toBeLessThanOrEqual(planHeadingMaxLength);
    }
  });

  it("opens a plan section at a heading with each start word and each end word", () => {
    for (const start of planHeadingStarts) {
      const text = `${before}二、${start}工作安排\n力争办结20件。`;
      expect(planSection(text), start).toEqual({ start: before.length, end: text.length });
    }
    for (const end of planHeadingEnds) {
      const text = `${before}二、下一步工作${end}\n力争办结20件。`;
      expect(planSection(text), end).toEqual({ start: before.length, end: text.length });
    }
  });

  it("opens none at a heading longer than the maximum", () => {
    const long = `下一步${"推进".repeat(planHeadingMaxLength)}工作安排`;
    expect(planSection(`${before}二、${long}\n力争办结20件。`)).toEqual({ start: 0, end: 0 });
  });

  it("closes the plan section at a line opening with each closer", () => {
    for (const closer of planSectionClosers) {
      const plan = `${before}二、下一步打算\n力争办结20件。\n`;
      expect(planSection(`${plan}${closer}统计表\n办结10件。`), closer).toEqual({ start: before.length, end: plan.length });
    }
  });
});
