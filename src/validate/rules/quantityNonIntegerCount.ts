import { countsThings } from "../../catalog/countsThings.js";
import { findIndicator } from "../../catalog/indicators.js";
import { findingAt } from "../findingAt.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Rule } from "../rule.js";

/**
 * `quantity.nonIntegerCount`: a count that is not a whole number (3.5件).
 * Counts written with a multiplier (2.3万分, 3.2万人次) are whole once folded.
 *
 * @example
 * ```ts
 * quantityNonIntegerCount.severity; //=> "error"
 * ```
 */
export const quantityNonIntegerCount: Rule = {
  code: "quantity.nonIntegerCount",
  severity: "error",
  messages: issueMessages["quantity.nonIntegerCount"],
  check(subject) {
    return subject.figures
      .filter((f) => countsThings(findIndicator(f.indicator ?? ""), f.unit) && !f.value.isInteger())
      .map((f) => findingAt(f, { value: f.value.toString(), unit: f.unit }, "value"));
  },
};
