import { Decimal } from "../../model/decimal.js";
import { issueMessages } from "../../model/issueMessages.js";
import type { Finding, Rule } from "../rule.js";

/**
 * `consistency.partsSumMismatch`: a total followed by 其中 and parts (of the
 * same unit, in the same sentence, as the parser read them: each part's
 * `partOf`) that add up to more than the total. Parts that add up to less are
 * not flagged: 其中 often names only some of them.
 *
 * @example
 * ```ts
 * consistencyPartsSumMismatch.code; //=> "consistency.partsSumMismatch"
 * ```
 */
export const consistencyPartsSumMismatch: Rule = {
  code: "consistency.partsSumMismatch",
  severity: "warning",
  messages: issueMessages["consistency.partsSumMismatch"],
  check(subject) {
    // The totals that parts point to; most documents have none, and then nothing else is built.
    const totals = new Set<string>();
    for (const figure of subject.figures) if (figure.partOf !== undefined) totals.add(JSON.stringify(figure.partOf));
    if (totals.size === 0) return [];
    const byPath = new Map<string, (typeof subject.figures)[number]>();
    for (const figure of subject.figures) {
      const key = JSON.stringify(figure.path);
      if (totals.has(key)) byPath.set(key, figure);
    }
    const parts = new Map<string, Decimal>();
    for (const part of subject.figures) {
      if (part.partOf === undefined) continue;
      const key = JSON.stringify(part.partOf);
      if (byPath.get(key)?.unit === part.unit) parts.set(key, (parts.get(key) ?? new Decimal(0)).plus(part.value));
    }
    const findings: Finding[] = [];
    for (const [key, sum] of parts) {
      const total = byPath.get(key);
      if (total?.span && sum.greaterThan(total.value)) {
        findings.push({ path: [...total.path, "value"], params: { sum: sum.toString(), total: total.value.toString(), unit: total.unit }, span: total.span });
      }
    }
    return findings;
  },
};
