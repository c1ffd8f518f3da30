import { findIndicator } from "../../catalog/indicators.js";
import { issueMessages } from "../../model/issueMessages.js";
import { findingAt } from "../findingAt.js";
import type { Rule } from "../rule.js";
import type { SubjectFigure } from "../subject.js";

function isRate(figure: SubjectFigure): boolean {
  if (figure.unit !== "%") return false;
  const indicator = figure.indicator === null ? undefined : findIndicator(figure.indicator);
  return indicator ? indicator.valueType === "rate" : (figure.label ?? "").endsWith("率");
}

/**
 * `quantity.rateOutOfRange`: a rate (a % figure of a rate indicator, or one
 * whose subject ends in 率) below 0 or above 100 %. Growth figures (增加50%)
 * are not rates and may exceed 100.
 *
 * @example
 * ```ts
 * quantityRateOutOfRange.code; //=> "quantity.rateOutOfRange"
 * ```
 */
export const quantityRateOutOfRange: Rule = {
  code: "quantity.rateOutOfRange",
  severity: "error",
  messages: issueMessages["quantity.rateOutOfRange"],
  check(subject) {
    return subject.figures
      .filter((f) => isRate(f) && (f.value.isNegative() || f.value.greaterThan(100)))
      .map((f) => findingAt(f, { value: f.value.toString() }, "value"));
  },
};
