import { unitKindOf } from "../../catalog/units.js";
import { findIndicator } from "../../catalog/indicators.js";
import { findingAt } from "../helpers.js";
import type { Rule } from "../rule.js";
import type { SubjectFigure } from "../subject.js";

/**
 * Whether a figure counts things: a count unit, or an indicator of value type count.
 *
 * @internal
 */
export function isCount(figure: SubjectFigure): boolean {
  const indicator = figure.indicator === null ? undefined : findIndicator(figure.indicator);
  return indicator ? indicator.valueType === "count" || indicator.valueType === "list-size" : unitKindOf(figure.unit) === "count";
}

/**
 * `quantity.negativeCount`: a count below zero.
 *
 * @example
 * ```ts
 * quantityNegativeCount.code; //=> "quantity.negativeCount"
 * ```
 */
export const quantityNegativeCount: Rule = {
  code: "quantity.negativeCount",
  severity: "error",
  messages: { zh: "计数{value}{unit}为负数", en: "The count {value} {unit} is negative" },
  check(subject) {
    return subject.figures
      .filter((f) => isCount(f) && f.value.isNegative() && !f.value.isZero())
      .map((f) => findingAt(f, { value: f.value.toString(), unit: f.unit }, "value"));
  },
};
