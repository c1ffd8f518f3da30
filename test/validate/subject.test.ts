// The Subject (src/validate/subject.ts) is one view of whatever value was validated: its paths lead into that value,
// and what the value does not have is null or an empty list. toSubject builds it; toSubject.test.ts tests the reading.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import type { Path, Subject } from "../../src/validate/subject.js";
import { toSubject } from "../../src/validate/toSubject.js";
import * as arb from "../model/arbitraries.js";
import { agency, doc, figure, observation } from "./rules/documents.js";

/** The value at `path` inside `value`, or undefined. */
function at(value: unknown, path: Path): unknown {
  let here = value;
  for (const key of path) {
    if (typeof here !== "object" || here === null) return undefined;
    here = (here as Record<string | number, unknown>)[key];
  }
  return here;
}

const subjectOf = (value: unknown): Subject => {
  const subject = toSubject(value, "en").subject;
  if (subject === null) throw new Error("no subject");
  return subject;
};

describe("a Subject's paths", () => {
  it("lead to the figure, task and agency of the validated value they stand for, whatever valid value it is", () => {
    const value = fc.oneof(arb.parsedDocument, arb.annualReport, arb.workPlan, arb.agency, fc.array(arb.observation, { maxLength: 5 }));
    fc.assert(
      fc.property(value, (input) => {
        const subject = subjectOf(input);
        for (const f of subject.figures) {
          const quantity = at(input, f.path) as { value: Decimal; unit: string } | undefined;
          expect(quantity && new Decimal(quantity.value).equals(f.value)).toBe(true);
          expect(quantity?.unit).toBe(f.unit);
          if (f.partOf) expect(at(input, f.partOf)).toBeTypeOf("object");
        }
        for (const o of subject.observations) expect((at(input, o.path) as { indicator?: string } | undefined)?.indicator).toBe(o.observation.indicator);
        for (const t of subject.tasks) expect((at(input, t.path) as { number?: string } | undefined)?.number).toBe(t.number);
        if (subject.agency) expect((at(input, subject.agency.path) as { divisionCode?: unknown }).divisionCode ?? null).toBe(subject.agency.divisionCode);
      }),
      { numRuns: 200 },
    );
  });

  it("keep the indices of the input when an element was left out, so that an issue points at the right one", () => {
    const input = [{ agency: "a" }, observation("enforcement.penaltyCases", "6", "件")];
    const subject = subjectOf(input);
    expect(subject.figures.map((f) => f.path)).toEqual([[1, "quantity"]]);
    expect(subject.observations.map((o) => o.path)).toEqual([[1]]);
  });
});

describe("what a value does not have", () => {
  it("is null or an empty list: an agency has no figures, tasks, dates or document", () => {
    expect(subjectOf(agency)).toEqual({
      kind: "agency",
      documentKind: null,
      agency: { path: [], kind: "department", level: "county", divisionCode: "230104", creditCode: null },
      reportingYear: null,
      dates: null,
      figures: [],
      observations: [],
      tasks: [],
      document: null,
      parseIssues: [],
    });
  });

  it("observations have figures with their agency and period, and no agency, year, tasks or document of their own", () => {
    const subject = subjectOf([observation("enforcement.penaltyCases", "5", "件", { period: 2020 })]);
    expect(subject).toMatchObject({ kind: "observations", documentKind: null, agency: null, reportingYear: null, dates: null, tasks: [], document: null, parseIssues: [] });
    expect(subject.figures).toEqual([
      { path: [0, "quantity"], value: new Decimal(5), unit: "件", qualifier: "exact", modality: "actual", indicator: "enforcement.penaltyCases", agency: "a", period: 2020 },
    ]);
  });

  it("a parsed document's figures have no agency or period (the document has them), and the document is kept without its text", () => {
    const subject = subjectOf({ ...doc({ quantities: [figure("5", "件", 3)] }), text: "正文" });
    expect(subject.figures[0]).toMatchObject({ agency: null, period: null, span: { start: 3, end: 8 }, written: "5件" });
    expect(subject.observations).toEqual([]);
    expect(subject.document && "text" in subject.document).toBe(false);
    expect(subject.reportingYear).toBe(2021);
  });
});
