import type { Issue } from "../model/issue.js";
import type { ParsedDates } from "../model/parsedDocument.js";
import { dateForms, findDates, parseDate } from "./dates.js";

/** Labels of the publication date in the page header, longest first. */
const publicationLabels = /(?:发布时间|发布日期|发文日期|发表时间|公开日期|时间|日期)[ \t|]{0,4}[::][ \t|]{0,4}/g;

/**
 * What `readDocumentDates` gives: the dates and any issues met reading them.
 *
 * @example
 * ```ts
 * const { dates, issues }: DocumentDatesResult = readDocumentDates("发布时间:2022-08-17");
 * ```
 */
export interface DocumentDatesResult {
  /** The signing and publication dates, ISO and raw. */
  readonly dates: ParsedDates;
  /** Issues such as a malformed signing date. */
  readonly issues: readonly Issue[];
}

/** A line that holds only a date, possibly malformed (2022225): the date of a 落款. */
const dateLine = /* @__PURE__ */ (() => new RegExp(`^[ \\t\\u00a0\\u3000]*(${dateForms}|\\d{7,8})[ \\t\\r\\u00a0\\u3000]*$`, "gm"))();

/**
 * A document's 落款: the last line that holds only a date (possibly malformed,
 * `2022225`), with the line above it that is not blank (usually the agency).
 * A date line in the page header (the first 400 characters) that repeats the
 * publication date is not a 落款.
 *
 * @example
 * ```ts
 * findSignature("正文\n哈尔滨市交通运输局\n\n2021年2月23日\n");
 * //=> { raw: "2021年2月23日", start: 14, above: "哈尔滨市交通运输局" }
 * ```
 */
export function findSignature(
  text: string,
  publishedRaw: string | null = null,
): { readonly raw: string; readonly start: number; readonly above: string | null } | null {
  let found: { raw: string; start: number; lineStart: number } | null = null;
  for (const line of text.matchAll(dateLine)) {
    const raw = line[1] ?? "";
    if (raw === publishedRaw && line.index < 400) continue;
    found = { raw, start: line.index + line[0].indexOf(raw), lineStart: line.index };
  }
  if (!found) return null;
  // The nearest line above that is not blank, looking back at most 400 characters.
  const lines = text.slice(Math.max(0, found.lineStart - 400), found.lineStart).split("\n");
  let above: string | null = null;
  for (let i = lines.length - 1; i >= 0 && above === null; i--) {
    const line = (lines[i] ?? "").trim();
    if (line !== "") above = line;
  }
  return { raw: found.raw, start: found.start, above };
}

/**
 * Reads a document's signing date (落款: a line that holds only a date; the
 * last such line, so a covering notice's 落款 counts when the document has no
 * other) and its publication date (the first date after a header label such as
 * 发布时间, 发文日期, 发布日期, 发表时间 or 时间). Gives the raw text of each too.
 *
 * @example
 * ```ts
 * readDocumentDates("时间:2021-07-02\n……\n朝阳市交通运输局\n2020年1月5日\n").dates;
 * //=> { signed: "2020-01-05", signedRaw: "2020年1月5日", published: "2021-07-02", publishedRaw: "2021-07-02" }
 * ```
 */
export function readDocumentDates(text: string): DocumentDatesResult {
  const issues: Issue[] = [];
  let published: string | null = null;
  let publishedRaw: string | null = null;
  for (const label of text.matchAll(publicationLabels)) {
    const after = label.index + label[0].length;
    const date = findDates(text.slice(after, after + 24)).find((d) => d.span.start === 0);
    if (date) {
      published = date.date;
      publishedRaw = date.raw;
      break;
    }
  }
  const signature = findSignature(text, publishedRaw);
  let signed: string | null = null;
  if (signature) {
    const { date, issue } = parseDate(signature.raw);
    signed = date;
    if (issue) {
      issues.push({ ...issue, path: ["dates", "signed"], span: { start: signature.start, end: signature.start + signature.raw.length } });
    }
  }
  return { dates: { signed, signedRaw: signature?.raw ?? null, published, publishedRaw }, issues };
}
