import { planHeadingEnds, planHeadingMaxLength, planHeadingStartEnds, planHeadingStarts, planSectionClosers } from "../catalog/lexicon/planHeadings.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { ParsedQuantity } from "../model/parsedQuantity.js";
import { clauseStart } from "./clause.js";
import { targetCues } from "../catalog/lexicon/quantityWords.js";

/**
 * Whether a figure is an actual or a target: in a work plan every figure is a
 * target; in a report, a figure inside the report's own next-year plan section
 * (`plan`, from `planSection`) or announced as one (力争, 目标, 明年, 下一步 …) in its
 * sentence. (A figure of a year after the report's, 2022年,我局将… in a 2021 report, is a
 * target by its `year`: `figureYear`, read by the quantity reader.)
 *
 * @internal
 */
export function modalityOf(
  text: string,
  quantity: ParsedQuantity,
  kind: DocumentKind | undefined,
  plan: PlanSection = noPlan,
): ParsedQuantity["modality"] {
  if (kind === "work-plan") return "target";
  const start = quantity.span?.start ?? 0;
  if (start >= plan.start && start < plan.end) return "target";
  const sentence = clauseStart(text, start, true);
  const before = text.slice(Math.max(sentence, start - 30), start);
  return targetCues.test(before) ? "target" : "actual";
}

/**
 * Where a report's own next-year plan section lies: from its heading
 * (三、2024年工作安排) to an annex line (附件) or the end of the text.
 *
 * @example
 * ```ts
 * const plan: PlanSection = { start: 14, end: 40 };
 * ```
 */
export interface PlanSection {
  readonly start: number;
  readonly end: number;
}

const noPlan: PlanSection = { start: 0, end: 0 };

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
  const started = planHeadingStarts.some((word) => body.includes(word));
  // 下一步工作, 下一步工作措施: these endings make a plan heading only after a start word.
  if (started && planHeadingStartEnds.some((word) => body.endsWith(word))) return true;
  if (!planHeadingEnds.some((word) => body.endsWith(word))) return false;
  return started || (number !== null && headingYear.test(body));
}

/**
 * A report's own next-year plan section, in a text folded by `foldText`
 * (（三） reads as (三)): from the start of its first heading such as
 * 三、2024年工作安排, 四、下一步打算 or 下一步工作计划 to the next annex line
 * (附件, 附表) or the end of the text; empty (`start === end`) when the text
 * has no such heading. Reads each line once, so it is linear: call it once per
 * document and pass the result to `modalityOf`.
 *
 * @example
 * ```ts
 * planSection("一、工作成效\n办结10件。\n二、下一步打算\n力争…"); //=> { start: 14, end: 25 }
 * planSection("一、工作成效\n办结10件。"); //=> { start: 0, end: 0 }
 * ```
 */
export function planSection(text: string): PlanSection {
  let start = -1;
  let at = 0;
  while (at < text.length) {
    const newline = text.indexOf("\n", at);
    const lineEnd = newline < 0 ? text.length : newline;
    // Only short lines can be headings: longer ones are not sliced.
    const short = lineEnd - at <= planHeadingMaxLength + 12;
    if (start < 0) {
      if (short && isPlanHeading(text.slice(at, lineEnd))) start = at;
    } else if (planSectionClosers.some((word) => text.startsWith(word, at))) {
      return { start, end: at };
    }
    at = lineEnd + 1;
  }
  return start < 0 ? noPlan : { start, end: text.length };
}
