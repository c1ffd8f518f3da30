import type { DocumentKind } from "../model/documentKind.js";
import type { Issue } from "../model/issue.js";
import type { ParsedDocument } from "../model/parsedDocument.js";
import { readDocumentDates } from "./documentDates.js";
import { htmlToText, looksLikeHtml } from "./htmlToText.js";
import { readMetadata } from "./metadata.js";
import { parseOutline } from "./outline.js";
import { extractQuantities } from "./quantities.js";
import { readTasks } from "./tasks.js";

/**
 * Options of `parseReport`.
 *
 * @example
 * ```ts
 * const options: ParseReportOptions = { document: "daowai-2021.txt", format: "text" };
 * ```
 */
export interface ParseReportOptions {
  /** The document's name, written to `document` (default `""`). */
  readonly document?: string;
  /** `html` strips tags first; `auto` (the default) decides by the text's first characters. */
  readonly format?: "text" | "html" | "auto";
  /** Overrides the kind the text would be read as. */
  readonly documentKind?: DocumentKind;
}

/**
 * Reads an annual report on rule-of-law government building or a work plan,
 * as plain text or an HTML page, into a `ParsedDocument`: kind, title, agency
 * (name, kind, level, sector, region, division code), reporting year, signing
 * and publication dates, every quantity with its indicator and the span of its
 * number, and, for a work plan, its task items with their responsible units.
 * Spans refer to `text`, the text that was read (tags stripped for HTML). What
 * could not be read is in `issues`. Never throws on a string; linear in its size.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const doc = parseReport(readFileSync("examples/reports/000_6abc9caa6ce6874c.txt", "utf8"));
 * doc.agency.name; //=> "哈尔滨市交通运输局"
 * doc.quantities.find((q) => q.indicator === "enforcement.fineAmount")?.value.toString(); //=> "1210000"
 * ```
 */
export function parseReport(input: string, options: ParseReportOptions = {}): ParsedDocument {
  const source = typeof input === "string" ? input : String(input);
  const html = options.format === "html" || (options.format !== "text" && looksLikeHtml(source));
  const text = html ? htmlToText(source) : source;
  const metadata = readMetadata(text);
  const documentKind = options.documentKind ?? metadata.documentKind;
  const { dates, issues: dateIssues } = readDocumentDates(text);
  const { quantities, issues: quantityIssues } = extractQuantities(text, { documentKind });
  const tasks = documentKind === "work-plan" ? readTasks(text, parseOutline(text)) : [];
  const issues: Issue[] = [...dateIssues, ...quantityIssues];
  return {
    document: options.document ?? "",
    documentKind,
    title: metadata.title,
    agency: metadata.agency,
    reportingYear: metadata.reportingYear,
    dates,
    anomalies: [],
    quantities: [...quantities],
    tasks,
    text,
    issues,
  };
}
