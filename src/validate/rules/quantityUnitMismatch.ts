import { findIndicator } from "../../catalog/indicators.js";
import { issueMessages } from "../../model/issueMessages.js";
import { unitKindOf } from "../../catalog/units.js";
import { findingAt } from "../findingAt.js";
import type { Rule } from "../rule.js";

/**
 * `quantity.unitMismatch`: a figure whose unit does not measure what its
 * indicator measures (a fine in 件, a count in 元).
 *
 * @example
 * ```ts
 * quantityUnitMismatch.severity; //=> "error"
 * ```
 */
export const quantityUnitMismatch: Rule = {
  code: "quantity.unitMismatch",
  severity: "error",
  messages: issueMessages["quantity.unitMismatch"],
  check(subject) {
    return subject.figures.flatMap((f) => {
      const indicator = f.indicator === null ? undefined : findIndicator(f.indicator);
      if (!indicator) return [];
      const expected = unitKindOf(indicator.unit);
      const actual = unitKindOf(f.unit);
      if (expected === undefined || expected === actual) return [];
      return [findingAt(f, { unit: f.unit, indicator: indicator.code, expected: indicator.unit }, "unit")];
    });
  },
};
