import * as z from "zod";
import { DocumentAgency } from "./documentAgency.js";
import { DocumentKind } from "./documentKind.js";
import { IsoDate } from "./isoDate.js";
import { Issue } from "./issue.js";
import { ParsedQuantity } from "./parsedQuantity.js";
import { ParsedTask } from "./parsedTask.js";
import { ReportingYear } from "./reportingYear.js";
import { Span } from "./span.js";

/**
 * Schema of a document's dates as read: ISO dates plus the raw text they were
 * read from (`"2021年2月23日"`), each `null` where absent or unreadable; a
 * parser adds the span of each raw text in the document's text
 * (`signedSpan`, `publishedSpan`), and `cutShort` when it found no 落款 in a
 * text that stops mid-sentence.
 *
 * @example
 * ```ts
 * ParsedDates.parse({ signed: "2021-02-23", signedRaw: "2021年2月23日", published: null, publishedRaw: null });
 * ```
 */
export const ParsedDates = /* @__PURE__ */ z.object({
  signed: IsoDate.nullable(),
  signedRaw: z.string().nullable(),
  published: IsoDate.nullable(),
  publishedRaw: z.string().nullable(),
  signedSpan: Span.exactOptional(),
  publishedSpan: Span.exactOptional(),
  /**
   * Set (`true`) by a parser that found no 落款 in a text that stops mid-sentence
   * (an excerpt, a page cut short): its 落款 may stand in the part not given.
   */
  cutShort: z.boolean().exactOptional(),
});

/**
 * A document's dates as read.
 *
 * @example
 * ```ts
 * const dates: ParsedDates = { signed: null, signedRaw: null, published: "2021-01-07", publishedRaw: "2021-01-07" };
 * ```
 */
export interface ParsedDates extends z.infer<typeof ParsedDates> {}

/**
 * Schema of what reading a report or plan gives. Its JSON form is the gold
 * annotation format of the corpus (`document`, `documentKind`, `title`,
 * `agency`, `reportingYear`, `dates`, `anomalies`, `quantities`, `tasks`), with a
 * `span` on each quantity; a parser adds the `text` the spans refer to, the
 * `issues` it met (findings about the text itself, such as a malformed date,
 * which `validate` gives again in the locale asked for), and what it read
 * around each figure, date and task (see `ParsedQuantity`, `ParsedDates`,
 * `ParsedTask`), so that no later stage reads the text again. It is the
 * library's interchange format (`parseReport` gives a `ParsedReport`, with
 * `text` and `issues` required).
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const gold = ParsedDocument.parse(JSON.parse(readFileSync("test/corpus/gold/000_6abc9caa6ce6874c.json", "utf8")));
 * gold.quantities.length; //=> 23
 * ```
 */
export const ParsedDocument = /* @__PURE__ */ z.object({
  document: z.string(),
  documentKind: DocumentKind,
  title: z.string().nullable(),
  agency: DocumentAgency,
  reportingYear: ReportingYear.nullable(),
  dates: ParsedDates,
  anomalies: z.array(z.string()),
  quantities: z.array(ParsedQuantity),
  tasks: z.array(ParsedTask),
  text: z.string().exactOptional(),
  issues: z.array(Issue).exactOptional(),
});

/**
 * What reading a report or plan gives.
 *
 * @example
 * ```ts
 * function figures(doc: ParsedDocument): number {
 *   return doc.quantities.filter((q) => q.indicator !== null).length;
 * }
 * ```
 */
export interface ParsedDocument extends z.infer<typeof ParsedDocument> {}
