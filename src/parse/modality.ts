import { planHeadingEnds, planHeadingMaxLength, planHeadingStarts } from "../catalog/lexicon/planHeadings.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseStart } from "./clause.js";
import { targetCues } from "./quantityWords.js";

/**
 * Whether a figure is an actual or a target: in a work plan every figure is a
 * target; in a report, a figure below the report's own next-year plan heading
 * (at or after `planStart`, see `planSectionStart`) or announced as one
 * (力争, 目标 …) in its sentence.
 *
 * @internal
 */
export function modalityOf(
  text: string,
  quantity: ParsedQuantity,
  kind: DocumentKind | undefined,
  planStart: number = text.length,
): ParsedQuantity["modality"] {
  if (kind === "work-plan") return "target";
  const start = quantity.span?.start ?? 0;
  if (start >= planStart) return "target";
  const before = text.slice(Math.max(clauseStart(text, start, true), start - 30), start);
  return targetCues.test(before) ? "target" : "actual";
}

/** A heading's number: 一、 (一) 1. 1、 第一部分 (ASCII-folded text). */
const headingNumber = /^\s*(?:第[一二三四五六七八九十]+(?:部分|章|节)|\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]+[、.]|\(?\d{1,2}\)|\d{1,2}[、.])\s*/;
/** A year that begins a heading: 2024年, 2024年度. */
const headingYear = /^(?:19|20)\d\d年度?/;
/** Punctuation that may close a heading. */
const headingClose = /[::。.;;\s]+$/;

/** Whether one line (without its line break) is a next-year plan heading. */
function isPlanHeading(line: string): boolean {
  const number = headingNumber.exec(line);
  const body = line.slice(number?.[0].length ?? 0).replace(headingClose, "");
  if (body.length === 0 || body.length > planHeadingMaxLength) return false;
  if (!planHeadingEnds.some((word) => body.endsWith(word))) return false;
  if (planHeadingStarts.some((word) => body.includes(word))) return true;
  return number !== null && headingYear.test(body);
}

/**
 * Where a report's own next-year plan section begins (the start of its first
 * heading such as 三、2024年工作安排, 四、下一步打算, 下一步工作计划), or the text's
 * length when it has none, in a text folded by `foldText` (（三） reads as (三)). Reads each line once, so it is linear; call it once
 * per document and pass the result to `modalityOf`.
 *
 * @example
 * ```ts
 * planSectionStart("一、工作成效\n办结10件。\n二、下一步打算\n力争…"); //=> 14
 * ```
 */
export function planSectionStart(text: string): number {
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf("\n", start);
    const lineEnd = end < 0 ? text.length : end;
    // Only short lines can be headings: longer ones are not sliced.
    if (lineEnd - start <= planHeadingMaxLength + 12 && isPlanHeading(text.slice(start, lineEnd))) return start;
    start = lineEnd + 1;
  }
  return text.length;
}

/**
 * The quantities with every figure below the report's own next-year plan
 * heading (`planSectionStart`) marked a target; the heading is found once.
 *
 * @example
 * ```ts
 * const text = "一、成效\n办结10件。\n二、2024年工作安排\n办结12件。";
 * const { quantities } = extractQuantities(text, { classify: false });
 * withPlanSections(text, quantities).map((q) => q.modality); //=> ["actual", "target"]
 * ```
 */
export function withPlanSections(text: string, quantities: readonly ParsedQuantity[]): ParsedQuantity[] {
  const planStart = planSectionStart(text);
  return quantities.map((q) =>
    q.modality !== "target" && (q.span?.start ?? 0) >= planStart ? { ...q, modality: "target" } : q,
  );
}
