import { Decimal } from "../../model/decimal.js";
import type { Finding, Rule } from "../rule.js";

/** How far after a total its sentence is looked at for parts. */
const maxSentence = 400;

/** How many figures after a total are looked at as its parts: a sentence of 400 characters holds fewer, and the bound keeps the check linear whatever the spans say. */
const maxParts = 100;

/**
 * `consistency.partsSumMismatch`: a total followed by 其中 and parts (of the
 * same unit, in the same sentence) that add up to more than the total. Parts
 * that add up to less are not flagged: 其中 often names only some of them.
 *
 * @example
 * ```ts
 * consistencyPartsSumMismatch.code; //=> "consistency.partsSumMismatch"
 * ```
 */
export const consistencyPartsSumMismatch: Rule = {
  code: "consistency.partsSumMismatch",
  severity: "warning",
  messages: {
    zh: "分项之和{sum}{unit}超过总数{total}{unit}",
    en: "The parts add up to {sum} {unit}, more than the stated total of {total} {unit}",
  },
  check(subject) {
    const text = subject.text;
    if (text === null) return [];
    const findings: Finding[] = [];
    const figures = subject.figures.filter((f) => f.span);
    figures.forEach((total, k) => {
      const span = total.span;
      if (!span || !/^[,,、]?\s*其中/.test(text.slice(span.end, span.end + 4))) return;
      // The sentence's end, looked for within a bounded reach so that many totals keep the check linear.
      const sentenceEnd = text.slice(span.end, span.end + maxSentence).search(/[。;;\n]/);
      const end = sentenceEnd < 0 ? span.end + maxSentence : span.end + sentenceEnd;
      const parts: typeof figures = [];
      for (let j = k + 1; j < figures.length && j <= k + maxParts; j++) {
        const part = figures[j];
        if (!part?.span || part.span.start >= end) break;
        // A part follows its total (其中 comes after it).
        if (part.unit === total.unit && part.span.start >= span.end) parts.push(part);
      }
      if (parts.length === 0) return;
      const sum = parts.reduce((acc, f) => acc.plus(f.value), new Decimal(0));
      if (sum.greaterThan(total.value)) {
        findings.push({ path: [...total.path, "value"], params: { sum: sum.toString(), total: total.value.toString(), unit: total.unit }, span });
      }
    });
    return findings;
  },
};
