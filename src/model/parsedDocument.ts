import * as z from "zod";
import { DocumentAgency } from "./documentAgency.js";
import { DocumentKind } from "./documentKind.js";
import { IsoDate } from "./isoDate.js";
import { Issue } from "./issue.js";
import { ParsedQuantity } from "./parsedQuantity.js";
import { ParsedTask } from "./parsedTask.js";
import { ReportingYear } from "./reportingYear.js";

/**
 * Schema of a document's dates as read: ISO dates plus the raw text they were
 * read from (`"2021年2月23日"`), each `null` where absent or unreadable.
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
 * `span` on each quantity; a parser adds the `text` the spans refer to and the
 * `issues` it met (`parseReport` gives a `ParsedReport`, with both required).
 * It is the library's interchange format.
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
