import { longestCommonSubstring } from "../longestCommonSubstring.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Finding, Rule } from "../rule.js";
import type { Subject } from "../subject.js";

/** The words just after a figure's number, in its clause: what it counts (1名同志通过国家司法考试). */
/** The longest part of a label compared: its end, where the words next to the number stand. */
const maxLabel = 48;

/** What a figure is about: the end of its label and the words after it. */
function aboutOf(figure: Subject["figures"][number]): string {
  const label = figure.label ?? "";
  return `${label.length > maxLabel ? label.slice(label.length - maxLabel) : label}|${figure.following ?? ""}`;
}

/** Figures of a document the parser read: those with the same value and unit, about the same thing. */
function inDocument(subject: Subject): Finding[] {
  const groups = new Map<string, typeof subject.figures[number][]>();
  for (const figure of subject.figures) {
    if (!figure.span || figure.following === undefined || figure.value.isZero() || figure.unit === "%") continue;
    const key = `${figure.value.toString()}|${figure.unit}|${figure.period ?? ""}`;
    const group = groups.get(key) ?? [];
    if (group.length < 20) group.push(figure);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    // At most 20 figures a group, each about at most 65 characters: a bounded cost per figure.
    const about = group.map(aboutOf);
    group.forEach((later, k) => {
      const earlier = group.slice(0, k).find((_, j) => longestCommonSubstring(about[j] ?? "", about[k] ?? "") >= 6);
      if (earlier && later.span) {
        findings.push({
          path: later.path,
          params: {
            value: later.value.toString(),
            unit: later.unit,
            first: `${(earlier.written ?? "").slice(0, 40)}${earlier.following ?? ""}`,
          },
          span: later.span,
        });
      }
    });
  }
  return findings;
}

function inObservations(subject: Subject): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const { path, observation: o } of subject.observations) {
    const key = JSON.stringify([o.agency, o.indicator, o.period, o.modality, o.attribution, o.quantity.value.toString(), o.quantity.unit]);
    if (seen.has(key)) findings.push({ path, params: { value: o.quantity.value.toString(), unit: o.quantity.unit, first: String(seen.get(key)) } });
    else seen.set(key, Number(path[path.length - 1] ?? 0));
  }
  return findings;
}

/**
 * `consistency.duplicateFact`: the same fact stated twice, so that adding up
 * would count it twice: in a document, the same value and unit about the same
 * thing (their words share six characters or more) for the same year; among observations,
 * identical ones.
 *
 * @example
 * ```ts
 * consistencyDuplicateFact.code; //=> "consistency.duplicateFact"
 * ```
 */
export const consistencyDuplicateFact: Rule = {
  code: "consistency.duplicateFact",
  severity: "info",
  messages: issueMessages["consistency.duplicateFact"],
  check: (subject) => [...inDocument(subject), ...inObservations(subject)],
};
