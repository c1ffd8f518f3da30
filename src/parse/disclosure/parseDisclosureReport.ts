import {
  type ActiveRowKey,
  activeColumns,
  disclosureTitleEnding,
  feeNonePattern,
  feePattern,
  periodYearPattern,
  requestHeaderWords,
  requestRowWords,
  template2019Markers,
  template2021Markers,
} from "../../catalog/lexicon/disclosure.js";
import { type Decimal, decimalVerdict, toDecimal } from "../../model/decimal.js";
import { disclosureRequestColumns, disclosureReviewColumns } from "../../model/disclosureCells.js";
import type {
  DisclosureActive2019,
  DisclosureActive2021,
  DisclosureFee,
  DisclosureReport,
  DisclosureRequestRow,
  DisclosureRequests,
  DisclosureReviewGroup,
  DisclosureReviews,
  DisclosureSection,
} from "../../model/disclosureReport.js";
import type { Issue } from "../../model/issue.js";
import type { Locale } from "../../model/locale.js";
import { readDatesAndSignature } from "../documentDates.js";
import { foldText } from "../foldText.js";
import { htmlToText, looksLikeHtml } from "../htmlToText.js";
import { readAgency } from "../agency.js";
import { readMetadata } from "../metadata.js";
import { readActiveTable } from "./activeTable.js";
import { readIssue } from "./readIssues.js";
import { readRequestsTable } from "./requestsTable.js";
import { readReviewsTable } from "./reviewsTable.js";
import { findSections, nextReportStart, splitLines, type TextLine } from "./sections.js";
import { moneyUnits, type PipeFormat } from "./tableLine.js";
import { compactRanges, readTextFigures } from "./textFigures.js";

/**
 * Options of `parseDisclosureReport`.
 *
 * @example
 * ```ts
 * const options: ParseDisclosureOptions = { document: "d06.txt", format: "auto", locale: "zh" };
 * ```
 */
export interface ParseDisclosureOptions {
  /** The document's name, written to `document` (default `""`). */
  readonly document?: string;
  /** `html` reads the page's text first; `auto` (the default) decides by the first characters. */
  readonly format?: "text" | "html" | "auto";
  /** The language of issue messages (default `en`). */
  readonly locale?: Locale;
}

/** How htmlToText writes a table row: each cell in its own pair of bars (`| a |  | b |`) or not, with border bars or not. */
function htmlPipeFormat(): PipeFormat {
  const row = htmlToText("<table><tr><td>1</td><td>2</td></tr></table>").trim();
  return { doubled: /1\s*\|\s*\|\s*2/.test(row), borders: row.startsWith("|") };
}

function readTitle(source: string, lines: readonly TextLine[]): { title: string | null; start: number } {
  const head = lines.slice(0, 15);
  const at = head.findIndex((l) => l.text.replace(/\s+/g, "").includes(disclosureTitleEnding));
  const line = head[at];
  if (!line) return { title: null, start: -1 };
  const strip = (l: TextLine) => {
    const lead = l.text.length - l.text.replace(/^[\s#*]+/, "").length;
    return source.slice(l.start + lead, l.start + l.text.trimEnd().length);
  };
  let title = strip(line);
  if (/^\d{4}\s*年/.test(title)) {
    const above = head.slice(Math.max(0, at - 2), at).filter((l) => l.text.trim() !== "").pop();
    if (above && above.text.replace(/\s+/g, "").length <= 20 && !/[,.;:。，；：!?]/.test(above.text)) title = strip(above) + title;
  }
  return { title, start: line.start };
}

function detectTemplate(activeText: string, hasOtherRows: boolean, year: number | null): { template: "2019" | "2021"; determined: boolean } {
  const count = (words: readonly string[]) => words.filter((w) => activeText.includes(w)).length;
  const old = count(template2019Markers);
  const current = count(template2021Markers);
  if (old > current) return { template: "2019", determined: true };
  if (current > old) return { template: "2021", determined: true };
  if (hasOtherRows) return { template: "2021", determined: true };
  return { template: year !== null && year <= 2019 ? "2019" : "2021", determined: false };
}

const blankRow = (): (string | null)[] => [null, null, null, null, null, null, null];

function toCell(value: string | null | undefined): Decimal | null {
  return value === null || value === undefined ? null : toDecimal(value);
}

function toRow(values: readonly (string | null)[]): DisclosureRequestRow {
  const cells = disclosureRequestColumns.map((_, i) => toCell(values[i]));
  return [cells[0] ?? null, cells[1] ?? null, cells[2] ?? null, cells[3] ?? null, cells[4] ?? null, cells[5] ?? null, cells[6] ?? null];
}

function linesIn(lines: readonly TextLine[], section: DisclosureSection | undefined): readonly TextLine[] {
  if (!section) return lines;
  return lines.filter((l) => l.start >= section.span.start && l.start < section.span.end);
}

/**
 * Reads a 政府信息公开工作年度报告 (as text or an HTML page) into a
 * `DisclosureReport`: its template (2019 trial or 2021, from table 二's
 * headers, else from whether (六) is split, else from the year), title,
 * agency, reporting year and dates, tables 二, 三 and 四 with every cell an
 * exact `Decimal` or `null` for a blank, cell notes, the information-processing
 * fee, and the prose figures that restate cells. Tables are read by their row
 * labels and the template's structure in every layout the reports come in:
 * `|` rows, HTML tables, space-aligned `pdftotext -layout` columns with group
 * labels on lines of their own and wrapped labels, OCR tables that lost their
 * column headers. A cell that cannot be placed, or is written as a number
 * that cannot be read, is `null` with an issue saying why and where. Never throws on a string; linear in its size.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * const report = parseDisclosureReport(readFileSync("test/disclosure/docs/d06_hongze_qu_zhengfu_xxgk_2023.txt", "utf8"));
 * report.requests.received[6]?.toString(); //=> "21"
 * report.reviews.reconsideration.total?.toString(); //=> "0"
 * ```
 */
export function parseDisclosureReport(input: string, options: ParseDisclosureOptions = {}): DisclosureReport {
  const given: unknown = input;
  if (typeof given !== "string") {
    throw new TypeError(`parseDisclosureReport expects the text (a string), not ${given === null ? "null" : given instanceof Uint8Array ? "bytes: decode them with decodeText first" : typeof given}`);
  }
  const locale: Locale = options.locale === "zh" ? "zh" : "en";
  const html = options.format === "html" || (options.format !== "text" && looksLikeHtml(input));
  const whole = html ? htmlToText(input) : input;
  const format: PipeFormat = html ? htmlPipeFormat() : { doubled: false, borders: "auto" };
  const wholeFolded = foldText(whole);
  const issues: Issue[] = [];
  // A text that holds another report after this one (pages saved as one file): this report is read alone.
  const wholeLines = splitLines(wholeFolded);
  const next = nextReportStart(wholeLines);
  const source = next === null ? whole : whole.slice(0, next.start);
  const folded = next === null ? wholeFolded : wholeFolded.slice(0, next.start);
  const lines = next === null ? wholeLines : splitLines(folded);
  if (next !== null) {
    // The second report's title as written: the folded line's offsets are the text's.
    const title = next.title ? whole.slice(next.title.start, next.title.start + next.title.text.length).trim() : "";
    issues.push(readIssue("disclosure.reportsJoined", "warning", [], { title }, locale, { start: next.start, end: whole.length }));
  }
  const sections = findSections(folded, source, lines);
  const section = (key: DisclosureSection["key"]) => sections.find((s) => s.key === key);

  const { title } = readTitle(source, lines);
  const titleYear = title ? /(\d{4})\s*年/.exec(foldText(title))?.[1] : undefined;
  const periodYear = new RegExp(periodYearPattern).exec(folded.slice(0, 3000).replace(/\s+/g, ""))?.[1];
  const yearText = titleYear ?? periodYear;
  // The 落款 is read once, with the dates, and given to the agency readers.
  const dates = readDatesAndSignature(folded);
  const year = yearText !== undefined ? Number(yearText) : readMetadata(folded, dates.signature).reportingYear;
  const reportingYear = year !== null && year >= 1949 && year <= 2100 ? year : null;
  const agency = readAgency(folded, title === null ? null : foldText(title), dates.signature);
  issues.push(...dates.issues);

  for (const [key, table] of [
    ["active", "二"],
    ["requests", "三"],
    ["reviews", "四"],
  ] as const) {
    if (!section(key)) issues.push(readIssue("disclosure.tableMissing", "warning", [key], { table }, locale));
  }

  // Table 三 first: whether (六) is split tells the template when the headers do not.
  const requestRows = readRequestsTable(linesIn(lines, section("requests")), format, locale, issues);
  const otherSplit = ["other.noCorrection", "other.feeUnpaid", "other.other"].some((k) => requestRows.has(k));
  const activeSection = section("active");
  const activeText = (activeSection ? folded.slice(activeSection.span.start, activeSection.span.end) : folded).replace(/\s+/g, "");
  const { template, determined } = detectTemplate(activeText, otherSplit, reportingYear);
  if (!determined) {
    issues.push(readIssue("disclosure.templateUndetermined", "info", ["template"], { template, year: reportingYear ?? "?" }, locale));
  }
  const notes: Record<string, string> = {};
  // Table 二.
  const activeRows = readActiveTable(linesIn(lines, activeSection), template, format, locale, issues);
  const activeOut: Record<string, Record<string, Decimal | null | string>> = {};
  for (const [key, columns] of Object.entries(activeColumns[template]) as [ActiveRowKey, readonly string[]][]) {
    const row = activeRows.get(key);
    const values: Record<string, Decimal | null | string> = {};
    columns.forEach((column, i) => {
      values[column] = toCell(row?.values[i]);
      const cell = row?.cells[i];
      if (cell?.note && row) notes[`active.${key}.${column}`] = source.slice(row.offset + cell.note.start, row.offset + cell.note.end);
    });
    // The amount's unit is a unit of money (元, 万元); a count's unit written there (6件) says no currency.
    const unit = row?.cells[1]?.unit ?? null;
    if (key === "procurement") values["unit"] = unit !== null && moneyUnits.includes(unit) ? unit : null;
    if (!row && activeSection) {
      issues.push(readIssue("disclosure.rowMissing", "warning", ["active", key], { table: "二", row: key }, locale));
    }
    activeOut[key] = values;
  }
  const active = activeOut as unknown as DisclosureActive2021 | DisclosureActive2019;

  // Table 三.
  const requestsSection = section("requests");
  const rowOf = (key: string): DisclosureRequestRow => {
    const row = requestRows.get(key);
    if (row) {
      row.cells.forEach((cell, i) => {
        if (cell.note) notes[`requests.${key}.${disclosureRequestColumns[i] ?? i}`] = source.slice(row.offset + cell.note.start, row.offset + cell.note.end);
      });
    }
    if (!row && requestsSection && !key.startsWith("other")) {
      issues.push(readIssue("disclosure.rowMissing", "warning", ["requests", ...key.split(".")], { table: "三", row: key }, locale));
    }
    return toRow(row?.values ?? blankRow());
  };
  const group = (prefix: string) =>
    Object.fromEntries(
      requestRowWords.filter((r) => r.key.startsWith(`${prefix}.`)).map((r) => [r.key.slice(prefix.length + 1), rowOf(r.key)]),
    );
  const splitOther = otherSplit || (template === "2021" && !requestRows.has("other"));
  const requests: DisclosureRequests = {
    received: rowOf("received"),
    carriedOver: rowOf("carriedOver"),
    granted: rowOf("granted"),
    partlyGranted: rowOf("partlyGranted"),
    refused: group("refused") as DisclosureRequests["refused"],
    unavailable: group("unavailable") as DisclosureRequests["unavailable"],
    notProcessed: group("notProcessed") as DisclosureRequests["notProcessed"],
    other: splitOther
      ? { noCorrection: rowOf("other.noCorrection"), feeUnpaid: rowOf("other.feeUnpaid"), other: rowOf("other.other") }
      : rowOf("other"),
    resultsTotal: rowOf("resultsTotal"),
    carriedForward: rowOf("carriedForward"),
  };

  // Table 四.
  const reviewRows = readReviewsTable(linesIn(lines, section("reviews")), format, locale, issues);
  const reviewGroup = (key: keyof DisclosureReviews): DisclosureReviewGroup => {
    const row = reviewRows.get(key);
    const [upheld, corrected, other, pending, total] = disclosureReviewColumns.map((_, i) => toCell(row?.values[i]));
    return { upheld: upheld ?? null, corrected: corrected ?? null, other: other ?? null, pending: pending ?? null, total: total ?? null };
  };
  const reviews: DisclosureReviews = {
    reconsideration: reviewGroup("reconsideration"),
    litigationDirect: reviewGroup("litigationDirect"),
    litigationAfterReconsideration: reviewGroup("litigationAfterReconsideration"),
  };

  // The fee, in §六 (or anywhere when §六 is not found).
  const otherSection = section("other");
  const feeRange = otherSection ? [otherSection.span] : [{ start: 0, end: folded.length }];
  const fee = readFee(folded, source, feeRange);

  // Prose: everything but tables 二–四.
  const tableKeys = new Set(["active", "requests", "reviews"]);
  const prose =
    sections.length === 0
      ? [{ start: 0, end: folded.length }]
      : [{ start: 0, end: sections[0]?.span.start ?? 0 }, ...sections.filter((s) => !tableKeys.has(s.key)).map((s) => s.span)];
  const tables = { template, active, requests, reviews };
  const textFigures = readTextFigures(folded, source, prose, tables);

  const anomalies: string[] = [];
  if (template === "2021" && !splitOther && requestRows.has("other")) {
    anomalies.push("Template deviation: (六)其他处理 is printed as one row, without the 2021 template's three sub-rows; encoded with the single-row key `other`.");
  }
  const requestsText = requestsSection ? folded.slice(requestsSection.span.start, requestsSection.span.end) : "";
  if (requestRows.size > 0 && requestsSection && !requestHeaderWords.some((w) => w !== "勾稽关系" && requestsText.replace(/\s+/g, "").includes(w))) {
    anomalies.push("Table 三's applicant column headers were not found; the values are taken in the template's column order.");
  }

  return {
    document: options.document ?? "",
    template,
    title,
    agency,
    reportingYear,
    dates: dates.dates,
    active,
    requests,
    reviews,
    fee,
    textFigures,
    notes,
    anomalies,
    sections,
    issues,
  };
}

function readFee(folded: string, source: string, ranges: readonly { start: number; end: number }[]): DisclosureFee | null {
  const compact = compactRanges(folded, ranges);
  const quote = (start: number, end: number) => {
    const from = compact.offsets[start] ?? 0;
    return source.slice(from, (compact.offsets[end - 1] ?? from) + 1);
  };
  const charged = new RegExp(feePattern).exec(compact.text);
  if (charged?.[1] && charged[2] && decimalVerdict(charged[1]) === "ok") {
    return { quote: quote(charged.index, charged.index + charged[0].length), value: toDecimal(charged[1]), unit: charged[2] };
  }
  const none = new RegExp(feeNonePattern).exec(compact.text);
  if (none) return { quote: quote(none.index, none.index + none[0].length), value: toDecimal(0), unit: "元" };
  return null;
}
