import type { Issue } from "./issue.js";
import type { ParsedDocument } from "./parsedDocument.js";

/**
 * What `parseReport` gives: a `ParsedDocument` with the two fields a parser
 * always sets, required. `text` is the text that was read (after decoding,
 * HTML to text and layout cleaning), which every span refers to; `issues` is
 * what could not be read cleanly (empty when nothing). `ParsedDocument` keeps
 * them optional because it is also the gold annotation format, which has
 * neither; a `ParsedReport` is a `ParsedDocument` wherever one is expected.
 *
 * @example
 * ```ts
 * const doc: ParsedReport = parseReport("道外区2021年法治政府建设情况报告\n全年办理行政复议案件33件。");
 * doc.text.slice(doc.quantities[0]?.span?.start, doc.quantities[0]?.span?.end); //=> "33件"
 * formatIssues(doc.issues, { text: doc.text }); // no `?? ""` needed under exactOptionalPropertyTypes
 * ```
 */
export interface ParsedReport extends ParsedDocument {
  /** The text that was read, which every span refers to. */
  text: string;
  /** What could not be read cleanly, with spans into `text`; empty when nothing. */
  issues: Issue[];
}
