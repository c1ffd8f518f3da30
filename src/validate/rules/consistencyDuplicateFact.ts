import { longestCommonSubstring } from "../helpers.js";
import type { Finding, Rule } from "../rule.js";
import type { Subject } from "../subject.js";

/** The words just after a figure's number, in its clause: what it counts (1名同志通过国家司法考试). */
function after(text: string, end: number): string {
  const rest = text.slice(end, end + 16);
  const stop = rest.search(/[,,。;;、\n]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function inText(subject: Subject): Finding[] {
  const text = subject.text;
  if (text === null) return [];
  const groups = new Map<string, typeof subject.figures[number][]>();
  for (const figure of subject.figures) {
    if (!figure.span || figure.value.isZero() || figure.unit === "%") continue;
    const key = `${figure.value.toString()}|${figure.unit}`;
    const group = groups.get(key) ?? [];
    if (group.length < 20) group.push(figure);
    groups.set(key, group);
  }
  const findings: Finding[] = [];
  for (const group of groups.values()) {
    group.forEach((later, k) => {
      const earlier = group.slice(0, k).find((f) => {
        if (!f.span || !later.span) return false;
        const shared = longestCommonSubstring(`${f.label ?? ""}|${after(text, f.span.end)}`, `${later.label ?? ""}|${after(text, later.span.end)}`);
        return shared >= 6;
      });
      if (earlier?.span && later.span) {
        findings.push({
          path: later.path,
          params: {
            value: later.value.toString(),
            unit: later.unit,
            first: `${text.slice(earlier.span.start, earlier.span.end)}${after(text, earlier.span.end)}`,
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
 * thing (their words share six characters or more); among observations,
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
  messages: {
    zh: "{value}{unit}似与前文“{first}”为同一事实,汇总时勿重复计算",
    en: "{value} {unit} looks like the same fact as the earlier {first}; do not count it twice",
  },
  check: (subject) => [...inText(subject), ...inObservations(subject)],
};
