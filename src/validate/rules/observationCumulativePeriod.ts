import type { Finding, Rule } from "../rule.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Subject } from "../subject.js";

function inText(subject: Subject): Finding[] {
  const year = subject.reportingYear;
  if (year === null) return [];
  const findings: Finding[] = [];
  for (const figure of subject.figures) {
    if (!figure.span || figure.modality !== "actual") continue;
    const from = figure.since;
    if (from !== undefined && from < year) {
      findings.push({ path: figure.path, params: { from: `${from}`, to: `${year}`, year }, span: figure.span });
    }
  }
  return findings;
}

function inObservations(subject: Subject): Finding[] {
  const year = subject.reportingYear;
  return subject.observations.flatMap(({ path, observation }) => {
    const period = observation.period;
    if (typeof period === "number") return [];
    const from = period.from.slice(0, 4);
    const to = period.to.slice(0, 4);
    const beyond = year === null ? from !== to : period.from < `${year}-01-01` || period.to > `${year}-12-31`;
    return beyond ? [{ path: [...path, "period"], params: { from: period.from, to: period.to, year: year ?? to } }] : [];
  });
}

/**
 * `observation.cumulativePeriod`: a figure that covers more than the
 * reporting year, as 2020年来…累计 in a report on 2021, or an observation whose
 * period runs outside the report's year. Such figures must not be summed with
 * yearly ones.
 *
 * @example
 * ```ts
 * observationCumulativePeriod.code; //=> "observation.cumulativePeriod"
 * ```
 */
export const observationCumulativePeriod: Rule = {
  code: "observation.cumulativePeriod",
  severity: "warning",
  messages: issueMessages["observation.cumulativePeriod"],
  check: (subject) => [...inText(subject), ...inObservations(subject)],
};
