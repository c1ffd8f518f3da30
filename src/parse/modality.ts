import type { DocumentKind } from "../model/documentKind.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseStart } from "./clause.js";
import { targetCues } from "../catalog/lexicon/quantityWords.js";

/**
 * Whether a figure is an actual or a target: in a work plan every figure is a
 * target; in a report, a figure announced as one (力争, 目标 …) in its sentence.
 *
 * @internal
 */
export function modalityOf(text: string, quantity: ParsedQuantity, kind: DocumentKind | undefined): ParsedQuantity["modality"] {
  if (kind === "work-plan") return "target";
  const start = quantity.span?.start ?? 0;
  const before = text.slice(Math.max(clauseStart(text, start, true), start - 30), start);
  return targetCues.test(before) ? "target" : "actual";
}
