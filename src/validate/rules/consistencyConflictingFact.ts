import { issueMessages } from "../../model/issueMessages.js";
import type { Finding, Rule } from "../rule.js";
import type { Subject, SubjectFigure } from "../subject.js";

/** The shortest label that names a fact: shorter ones (罚款, 处罚金额) name too little to tell two facts apart. */
const minLabel = 5;

/** How many earlier figures of one indicator, unit and following words a figure is compared with: a bounded cost per figure. */
const maxCompared = 20;

/** Whether a figure states the year's own exact value of a fact: actual, exact, no part of a total, not counted since an earlier year. */
function statesFact(figure: SubjectFigure): boolean {
  return (
    figure.indicator !== null &&
    figure.span !== undefined &&
    figure.line !== undefined &&
    figure.following !== undefined &&
    (figure.label ?? "").length >= minLabel &&
    figure.modality === "actual" &&
    figure.qualifier === "exact" &&
    figure.partOf === undefined &&
    figure.since === undefined
  );
}

/** Whether two labels name one fact: the same words, one perhaps opened by more (全年共办理行政处罚案件, 办理行政处罚案件). */
function sameLabel(a: string, b: string): boolean {
  return a.length >= b.length ? a.endsWith(b) : b.endsWith(a);
}

/**
 * `consistency.conflictingFact`: a fact of a document stated again with another
 * value (全年共办理行政处罚案件2405件 … 全年共办理行政处罚案件2450件): the same
 * indicator, unit and year, the same label (one perhaps opened by more words) and the
 * same words after the number, both actual and exact, neither a part of a total
 * nor counted since an earlier year, in two paragraphs (in one paragraph they
 * are the parallel categories of a list, named in the clauses before them). Totals add both, so one of them is a
 * mistake the agency should correct. At the later figure, naming the earlier.
 *
 * @example
 * ```ts
 * consistencyConflictingFact.code; //=> "consistency.conflictingFact"
 * ```
 */
export const consistencyConflictingFact: Rule = {
  code: "consistency.conflictingFact",
  severity: "warning",
  messages: issueMessages["consistency.conflictingFact"],
  check(subject: Subject) {
    const groups = new Map<string, SubjectFigure[]>();
    const findings: Finding[] = [];
    for (const figure of subject.figures) {
      if (!statesFact(figure)) continue;
      // A fact is of one period: a figure of another year the text names (2022年,…18件) is another fact.
      const key = `${figure.indicator}|${figure.unit}|${figure.period ?? ""}|${figure.following}`;
      const group = groups.get(key) ?? [];
      groups.set(key, group);
      const label = figure.label ?? "";
      // A figure of the same paragraph is another category of a list (简易程序案件…处罚金额…, 一般程序案件…处罚金额…).
      const earlier = group.find((e) => e.line !== figure.line && sameLabel(e.label ?? "", label));
      if (earlier && !earlier.value.equals(figure.value) && figure.span) {
        findings.push({
          path: [...figure.path, "value"],
          params: {
            value: figure.value.toString(),
            unit: figure.unit,
            first: earlier.value.toString(),
            firstLine: String((earlier.line ?? 0) + 1),
            label: (earlier.label ?? "").length <= label.length ? (earlier.label ?? "") : label,
          },
          span: figure.span,
        });
      }
      if (group.length < maxCompared) group.push(figure);
    }
    return findings;
  },
};
