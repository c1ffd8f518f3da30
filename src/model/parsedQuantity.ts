import * as z from "zod";
import { DecimalValue } from "./decimalValue.js";
import { IndicatorCode } from "./indicatorCode.js";
import { Modality } from "./modality.js";
import { Qualifier } from "./qualifier.js";
import { Span } from "./span.js";

/**
 * Schema of a quantity found in a document's text (the gold annotation format):
 * the `quote` (number, unit and qualifier words, as written), the `number`
 * (just number and unit, as written), the normalised `value` and base `unit`,
 * its qualifier and modality, the `subject` measured, the catalog `indicator`
 * or `null`, and the `span` of `number` in the text (absent in hand-made gold files).
 * A parser adds what it read around the number, so that later stages never
 * read the text again: `since`, the year a cumulative figure counts from
 * (`2020年来,累计…`); `line`, the line of the text the number stands on (from 0);
 * `following`, the words after the number up to the clause's end (at most 16
 * characters, as written); `partOf`, the index in `quantities` of the total this
 * figure is a part of (a figure after `其中` in its total's sentence); `year`, the year
 * the figure is for when the text names one other than the report's (a table's 2022年
 * column, 由2022年的18件增加到23件).
 *
 * @example
 * ```ts
 * const q = ParsedQuantity.parse({
 *   quote: "罚款121万元",
 *   number: "121万元",
 *   value: "1210000",
 *   unit: "元",
 *   qualifier: "exact",
 *   modality: "actual",
 *   subject: "罚款",
 *   indicator: "enforcement.fineAmount",
 *   span: { start: 2, end: 7 },
 * });
 * ```
 */
export const ParsedQuantity = /* @__PURE__ */ z.object({
  quote: z.string().min(1),
  number: z.string().min(1),
  value: DecimalValue,
  unit: z.string().min(1),
  qualifier: Qualifier,
  modality: Modality,
  subject: z.string(),
  indicator: IndicatorCode.nullable(),
  span: Span.exactOptional(),
  since: z.number().int().exactOptional(),
  line: z.number().int().nonnegative().exactOptional(),
  following: z.string().exactOptional(),
  partOf: z.number().int().nonnegative().exactOptional(),
  year: z.number().int().exactOptional(),
});

/**
 * A quantity found in a document's text.
 *
 * @example
 * ```ts
 * function isMoney(q: ParsedQuantity): boolean {
 *   return q.unit === "元";
 * }
 * ```
 */
export interface ParsedQuantity extends z.infer<typeof ParsedQuantity> {}
