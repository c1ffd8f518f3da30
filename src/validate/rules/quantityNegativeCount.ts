import { countsThings } from "../../catalog/countsThings.js";
import { findIndicator } from "../../catalog/indicators.js";
import { findingAt } from "../findingAt.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

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
  messages: issueMessages["quantity.negativeCount"],
  check(subject) {
    return subject.figures
      .filter((f) => countsThings(findIndicator(f.indicator ?? ""), f.unit) && f.value.isNegative() && !f.value.isZero())
      .map((f) => findingAt(f, { value: f.value.toString(), unit: f.unit }, "value"));
  },
};
