import { agencyEndings } from "../catalog/lexicon/agencyNames.js";
import { publicationDateLabels } from "../catalog/lexicon/documentLabels.js";
import { closingMarks, runningTextMarks, sentenceEndings } from "../catalog/lexicon/layout.js";
import type { Issue } from "../model/issue.js";
import type { ParsedDates } from "../model/parsedDocument.js";
import { dateFormsAnyWidth, findDates, parseDate } from "./dates.js";
import { foldText } from "./foldText.js";

/** How much of a page's start holds its header (labels such as 发布时间, 来源). */
const headLength = 20000;

/** A publication-date label of the page header and its colon, or the cell separator of a header table (`| 发布时间 | 2022-03-01 |`), on folded text. */
const publicationLabels = /* @__PURE__ */ (() => new RegExp(`(?:${publicationDateLabels.join("|")})(?:[ \\t|]{0,4}:[ \\t|]{0,4}|[ \\t]*\\|[ \\t|]{0,8})`, "g"))();

/** A clock time right after a date (`2023-02-22 14:47`, `2021年3月15日 10:20:33`), kept in the raw text. */
const clockTime = /^(?:[ \t]{0,3}|T)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/;

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

/**
 * @internal A line that holds only a date, possibly malformed (2022225), maybe with a clock time, in
 * brackets or not (`(2024年1月25日)`), or after the name of the body that signs it and a space
 * (`某市生态环境局 2024年1月25日`, a 落款 on one line): the date of a 落款, in the group `date`, the
 * name in `name` (multiline and global: `matchAll` copies it, so its `lastIndex` stays 0).
 */
export const dateLine: RegExp = /* @__PURE__ */ (() => new RegExp(
  `^[ \\t\\u00a0\\u3000]*(?:(?<name>[\\u4e00-\\u9fa5()（）]{1,30}(?:${agencyEndings.join("|")}))[ \\t\\u00a0\\u3000]+|[(（])?` +
    `(?<date>${dateFormsAnyWidth}|[0-9\\uff10-\\uff19]{7,8})(?:[ \\t\\u3000]{1,3}[0-9\\uff10-\\uff19]{1,2}[:\\uff1a][0-9\\uff10-\\uff19]{2}(?:[:\\uff1a][0-9\\uff10-\\uff19]{2})?)?[)）]?[ \\t\\r\\u00a0\\u3000]*$`,
  "gm",
))();

/** The characters from a text's end `findSignature` searches first (most 落款 stand in a text's last lines). */
const signatureReach = 2048;

const runningMarks: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(runningTextMarks))();
const endings: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(sentenceEndings))();
const closings: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(closingMarks))();

/**
 * Whether a text stops mid-sentence (an excerpt cut off, `……二是加强统`): its last line of running text
 * (one with a `，、；。`, so not a page number, 打印本页 or a 落款) ends with no mark that ends a sentence,
 * closing quotes and brackets looked through (`……工作。”` ends one). A text without such a line does not.
 * Each line is read once, from the end; in either width.
 *
 * @internal
 */
export function endsMidSentence(source: string): boolean {
  for (let end = source.length; end > 0; ) {
    const start = source.lastIndexOf("\n", end - 1) + 1;
    const line = foldText(source.slice(start, end));
    end = start - 1;
    let marked = false;
    for (let i = 0; i < line.length && !marked; i++) marked = runningMarks.has(line.charAt(i));
    if (!marked) continue;
    let last = line.length;
    while (last > 0 && (/\s/.test(line.charAt(last - 1)) || closings.has(line.charAt(last - 1)))) last--;
    return !endings.has(line.charAt(last - 1));
  }
  return false;
}

/**
 * A document's 落款 as `findSignature` finds it: the raw text of its date,
 * where that starts in the text, and the line above it that is not blank
 * (usually the agency), or `null`.
 *
 * @example
 * ```ts
 * const signature: Signature = { raw: "2021年2月23日", start: 14, above: "哈尔滨市交通运输局" };
 * ```
 */
export interface Signature {
  /** The date as written. */
  readonly raw: string;
  /** Where the date starts in the text. */
  readonly start: number;
  /** The nearest line above that is not blank, trimmed, or `null`. */
  readonly above: string | null;
}

/** `dateLine` for one line alone. */
const oneDateLine = /* @__PURE__ */ (() => new RegExp(dateLine.source))();

/** How far above or below a date line the lines of a list of links are looked for, in characters. */
const listReach = 400;

/**
 * The first two lines that are not blank above (`step` -1) or below (+1) the line from `lineStart` to
 * `lineEnd`, within `listReach` characters of it (a list's titles are short): each date line is looked
 * around once, so the search stays linear however many date lines a text holds.
 */
function nearLines(text: string, lineStart: number, lineEnd: number, step: -1 | 1): string[] {
  const window = step < 0 ? text.slice(Math.max(0, lineStart - listReach), lineStart) : text.slice(lineEnd, lineEnd + listReach);
  const lines = window.split("\n");
  // The window's first line above, or last below, may be cut: only whole lines count.
  const whole = step < 0 ? lines.slice(lineStart > listReach ? 1 : 0, -1).reverse() : lines.slice(1, lineEnd + listReach < text.length ? -1 : undefined);
  return whole.filter((line) => line.trim() !== "").slice(0, 2);
}

/** Whether the line next to a date line but one, above (`step` -1) or below (+1), is a date line of another day, and the line between none. */
function datedNeighbour(text: string, lineStart: number, lineEnd: number, raw: string, step: -1 | 1): boolean {
  const [between, next] = nearLines(text, lineStart, lineEnd, step);
  if (between === undefined || next === undefined || oneDateLine.test(between)) return false;
  const date = oneDateLine.exec(next)?.groups?.["date"];
  return date !== undefined && date !== raw;
}

/**
 * @internal Where the date line from `lineStart` to `lineEnd`, its date `raw`, stands in a list of
 * links (相关文章: a title, its date, a title, its date): `item` when the line above it but one is a
 * date line of another day (with a line that is none between), `first` when only the line below it
 * but one is (the list's first date, or a 落款 right above a list), else `none` (a 落款 signed by two
 * bodies repeats one date).
 */
export function listPlace(text: string, lineStart: number, lineEnd: number, raw: string): "item" | "first" | "none" {
  if (datedNeighbour(text, lineStart, lineEnd, raw, -1)) return "item";
  return datedNeighbour(text, lineStart, lineEnd, raw, 1) ? "first" : "none";
}

/**
 * A document's 落款: the last line that holds only a date (possibly malformed,
 * `2022225`; in brackets or not), with the line above it that is not blank
 * (usually the agency), or a line of the agency's name, a space and the date
 * (`某市生态环境局 2024年1月25日`), with that name.
 * A date line in the page header (the first 400 characters) that repeats the
 * publication date is not a 落款, nor are the dates of a list of links below it
 * (a title, its date, a title, another date: 相关文章); with no other date line,
 * the last list's first date is (a 落款 right above a list without a heading). Full-width digits and spaces are read
 * without folding the text; the text is searched from its end, up to the
 * 落款, and at most once.
 *
 * @example
 * ```ts
 * findSignature("正文\n哈尔滨市交通运输局\n\n2021年2月23日\n");
 * //=> { raw: "2021年2月23日", start: 14, above: "哈尔滨市交通运输局" }
 * ```
 */
export function findSignature(text: string, publishedRaw: string | null = null): Signature | null {
  let found: { raw: string; start: number; lineStart: number; name: string | undefined } | null = null;
  /** The last date that opens a list of dates: the 落款 when a list of links follows it at once and no date stands apart. */
  let opening: { raw: string; start: number; lineStart: number; name: string | undefined } | null = null;
  // From the end, in pieces that start at a line's start and grow fourfold: the last date line is
  // the last one of the first piece that has one, and the text above that piece is never searched.
  for (let end = text.length, size = signatureReach; end > 0 && found === null; size *= 4) {
    const start = end <= size ? 0 : text.lastIndexOf("\n", end - size) + 1;
    for (const line of text.slice(start, end).matchAll(dateLine)) {
      const raw = line.groups?.["date"] ?? "";
      const lineStart = start + line.index;
      if (raw === publishedRaw && lineStart < 400) continue;
      // An item's date in a list of links below the 落款 (相关文章) is none.
      const place = listPlace(text, lineStart, lineStart + line[0].length, raw);
      const name = line.groups?.["name"];
      const date = { raw, start: lineStart + line[0].indexOf(raw, name?.length ?? 0), lineStart, name };
      if (place === "none") found = date;
      else if (place === "first" && (opening === null || opening.lineStart < end)) opening = date;
    }
    end = start;
  }
  found ??= opening;
  if (!found) return null;
  // A 落款 on one line names its body before its date.
  if (found.name !== undefined) return { raw: found.raw, start: found.start, above: found.name };
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
 * 发布时间, 发文日期, 发布日期, 发表时间 or 时间, see `publicationDateLabels`), with a
 * clock time after it kept in its raw text (`2023-02-22 14:47`). Gives the raw
 * text of each, sliced from `source`, and its span (`signedSpan`, `publishedSpan`). Full-width punctuation and digits read
 * as ASCII (the header is folded with `foldText`, the 落款 read in either width).
 *
 * @example
 * ```ts
 * readDocumentDates("时间:2021-07-02\n……\n朝阳市交通运输局\n2020年1月5日\n").dates;
 * //=> { signed: "2020-01-05", signedRaw: "2020年1月5日", published: "2021-07-02", publishedRaw: "2021-07-02", signedSpan: { start: 26, end: 35 }, publishedSpan: { start: 3, end: 13 } }
 * ```
 */
export function readDocumentDates(source: string): DocumentDatesResult {
  const { dates, issues } = readDatesAndSignature(source);
  return { dates, issues };
}

/**
 * What `readDocumentDates` gives, with the 落款 it found (`findSignature`,
 * the publication date of the header skipped): `parseReport` reads the
 * 落款 once and gives it to the agency reader too (`readMetadata`).
 *
 * @internal
 * @example
 * ```ts
 * readDatesAndSignature("正文\n哈尔滨市交通运输局\n\n2021年2月23日\n").signature;
 * //=> { raw: "2021年2月23日", start: 14, above: "哈尔滨市交通运输局" }
 * ```
 */
export function readDatesAndSignature(source: string, folded?: string): DocumentDatesResult & { readonly signature: Signature | null } {
  // The publication label stands in the page header: only the head is folded and searched
  // (`folded`, the text folded by a caller that has it already, gives it without folding again).
  const text = folded === undefined ? foldText(source.slice(0, headLength)) : folded.slice(0, headLength);
  const issues: Issue[] = [];
  let published: string | null = null;
  let publishedRaw: string | null = null;
  let publishedDate: string | null = null;
  let publishedSpan: { start: number; end: number } | null = null;
  for (const label of text.matchAll(publicationLabels)) {
    const after = label.index + label[0].length;
    const date = findDates(text.slice(after, after + 24)).find((d) => d.span.start === 0);
    if (date) {
      const end = after + date.span.end;
      const time = clockTime.exec(text.slice(end, end + 12))?.[0] ?? "";
      published = date.date;
      publishedDate = source.slice(after, end);
      publishedRaw = source.slice(after, end + time.length);
      publishedSpan = { start: after, end: end + time.length };
      break;
    }
  }
  const signature = findSignature(source, publishedDate);
  let signed: string | null = null;
  if (signature) {
    const { date, issue } = parseDate(signature.raw);
    signed = date;
    if (issue) {
      issues.push({ ...issue, path: ["dates", "signed"], span: { start: signature.start, end: signature.start + signature.raw.length } });
    }
  }
  const signedSpan = signature ? { start: signature.start, end: signature.start + signature.raw.length } : null;
  const signedRaw = signedSpan ? source.slice(signedSpan.start, signedSpan.end) : null;
  return {
    dates: {
      signed,
      signedRaw,
      published,
      publishedRaw,
      ...(signedSpan ? { signedSpan } : {}),
      ...(publishedSpan ? { publishedSpan } : {}),
      // Without a 落款, a text that stops mid-sentence may have lost it with its end.
      ...(signature === null && endsMidSentence(source) ? { cutShort: true } : {}),
    },
    issues,
    signature,
  };
}
