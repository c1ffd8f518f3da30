import { unitKindOf } from "../../catalog/units.js";
import { issueMessages } from "../../model/issueMessages.js";
import { findIndicator } from "../../catalog/indicators.js";
import { Decimal } from "../../model/decimal.js";
import { roundingTolerance } from "../roundingTolerance.js";
import type { Finding, Rule } from "../rule.js";
import type { Subject, SubjectFigure } from "../subject.js";

/** How close (in percentage points) a ratio of two stated counts must come to a stated rate to be taken as its parts. */
const nearPoints = /* @__PURE__ */ new Decimal(1);

function percent(numerator: Decimal, denominator: Decimal): Decimal {
  return numerator.div(denominator).times(100);
}

/** In a text: a rate and two counts of the same unit before it in the same paragraph whose ratio nearly, but not quite, gives it. */
function inText(subject: Subject): Finding[] {
  const findings: Finding[] = [];
  const figures = subject.figures.filter((f) => f.span && f.modality === "actual");
  figures.forEach((rate, k) => {
    if (rate.unit !== "%" || !rate.span || rate.value.lessThanOrEqualTo(0) || rate.value.greaterThan(100)) return;
    // Counts among the eight figures before it, in the same paragraph (on the same line, as the parser read it).
    const counts = figures
      .slice(Math.max(0, k - 8), k)
      .filter((f) => f.line !== undefined && f.line === rate.line && unitKindOf(f.unit) === "count" && f.value.greaterThan(0));
    const tolerance = roundingTolerance(rate.value);
    let closest: { numerator: SubjectFigure; denominator: SubjectFigure; computed: Decimal; gap: Decimal } | null = null;
    for (const numerator of counts) {
      for (const denominator of counts) {
        if (numerator === denominator || numerator.unit !== denominator.unit || numerator.value.greaterThan(denominator.value)) continue;
        const computed = percent(numerator.value, denominator.value);
        const gap = computed.minus(rate.value).abs();
        if (gap.lessThan(tolerance)) return; // a pair that gives the rate: consistent
        if (gap.lessThanOrEqualTo(nearPoints) && (closest === null || gap.lessThan(closest.gap))) {
          closest = { numerator, denominator, computed, gap };
        }
      }
    }
    if (closest) {
      findings.push({
        path: [...rate.path, "value"],
        params: {
          rate: rate.value.toString(),
          numerator: closest.numerator.value.toString(),
          denominator: closest.denominator.value.toString(),
          unit: closest.numerator.unit,
          computed: closest.computed.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString(),
        },
        span: rate.span,
      });
    }
  });
  return findings;
}

/** Among observations: a stated rate of a ratio indicator against its numerator and denominator for the same agency and period. */
function inObservations(subject: Subject): Finding[] {
  const findings: Finding[] = [];
  const key = (agency: string, period: unknown, code: string) => `${agency}|${JSON.stringify(period)}|${code}`;
  const actuals = new Map<string, Decimal>();
  for (const { observation: o } of subject.observations) {
    if (o.modality === "actual" && o.quantity.qualifier === "exact") actuals.set(key(o.agency, o.period, o.indicator), o.quantity.value);
  }
  for (const { path, observation: o } of subject.observations) {
    const aggregation = findIndicator(o.indicator)?.aggregation;
    if (aggregation?.kind !== "ratio" || o.modality !== "actual" || o.quantity.qualifier !== "exact") continue;
    const numerator = actuals.get(key(o.agency, o.period, aggregation.numerator));
    const denominator = actuals.get(key(o.agency, o.period, aggregation.denominator));
    if (numerator === undefined || denominator === undefined || denominator.isZero()) continue;
    const computed = percent(numerator, denominator);
    if (computed.minus(o.quantity.value).abs().lessThan(roundingTolerance(o.quantity.value))) continue;
    findings.push({
      path: [...path, "quantity", "value"],
      params: {
        rate: o.quantity.value.toString(),
        numerator: numerator.toString(),
        denominator: denominator.toString(),
        unit: "",
        computed: computed.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString(),
      },
    });
  }
  return findings;
}

/**
 * `consistency.rateVsParts`: a stated rate that disagrees, beyond rounding to
 * its stated decimals, with its stated numerator and denominator (85.98 % for
 * 1216 of 1417, which is 85.81 %). In a document the parts are two counts of
 * one unit earlier in the same paragraph whose ratio comes within one
 * percentage point; among observations, the catalog's ratio components.
 *
 * @example
 * ```ts
 * consistencyRateVsParts.code; //=> "consistency.rateVsParts"
 * ```
 */
export const consistencyRateVsParts: Rule = {
  code: "consistency.rateVsParts",
  severity: "warning",
  messages: issueMessages["consistency.rateVsParts"],
  check: (subject) => [...inText(subject), ...inObservations(subject)],
};
