import {
  notTitleEndings,
  notTitleOpenings,
  pageTitleSeparators,
  ruleOfLawWords,
  titleEndOnlyWords,
  titleJoinWords,
  titleKindWords,
} from "../catalog/lexicon/documentKinds.js";
import { dateForms } from "./dates.js";
import { foldText } from "./foldText.js";

/**
 * A document's title as `findTitle` gives it: the text (sliced from the
 * original, its lines joined and spaces inside it dropped) and where it
 * starts and ends in the text.
 *
 * @example
 * ```ts
 * const title: FoundTitle = findTitle("某县2021年法治政府建设情况报告\n正文")!;
 * title.text; //=> "某县2021年法治政府建设情况报告"
 * ```
 */
export interface FoundTitle {
  /** The title, as the source writes it, without line breaks or spaces. */
  readonly text: string;
  /** Where the title starts in the text (UTF-16 offset). */
  readonly start: number;
  /** Where it ends. */
  readonly end: number;
}

const kindWords = /* @__PURE__ */ (() => Object.keys(titleKindWords).filter((word) => !titleEndOnlyWords.includes(word)))();
/** @internal An ordinal heading label at the start of a line: 一、 (一) 1. (1) 一是 */
export const headingLabel: RegExp = /^(?:[一二三四五六七八九十]+[、.]|[(（〔【][一二三四五六七八九十\d]+[)）〕】]|\d+[.、]|[一二三四五六七八九十]+是)/;
const whitespace = /[ \t\r\u3000\u00a0]/;
const allWhitespace = /[ \t\r\u3000\u00a0]/g;
/** A whole date (2023-03-30, 2024/03/20, 2024年3月28日): a title names a year, never a day. */
const wholeDate = /* @__PURE__ */ (() => new RegExp(dateForms))();

/** Whether a line (folded, without spaces) reads as a title of a report or a plan (`ofRuleOfLaw`: one naming 法治 or 依法行政). */
function isTitleLine(line: string, ofRuleOfLaw = true): boolean {
  if (line.length < 8 || line.length > 80) return false;
  if (ofRuleOfLaw && !ruleOfLawWords.some((word) => line.includes(word))) return false;
  if (!kindWords.some((word) => line.includes(word)) && !titleEndOnlyWords.some((word) => line.endsWith(word))) return false;
  if (notTitleOpenings.some((word) => line.startsWith(word)) || headingLabel.test(line)) return false;
  if (notTitleEndings.some((word) => line.endsWith(word)) || /[。:,;!?、]$/.test(line)) return false;
  // Not a sentence, a label line nor a breadcrumb (首页>政务公开>…); nor an item of a list of links,
  // a title with the day it was posted (…情况报告 2023-03-30, [2024/03/20] …报告).
  return !/[。>|»]|如下|:/.test(line) && !wholeDate.test(line);
}

/** Whether a line could be the second line of a title broken in two. */
function isContinuation(line: string): boolean {
  return line.length > 0 && line.length <= 30 && !/[。:,;!?]/.test(line) && !headingLabel.test(line);
}

interface Line {
  readonly start: number;
  readonly end: number;
  /** The folded line without spaces. */
  readonly compact: string;
}

/**
 * The lines of `text` up to `limit` that are not blank, compacted, by their number: each made when
 * first asked for (a title stands near the top, so most lines of a text are never made).
 */
function compactLines(text: string, limit: number): (index: number) => Line | undefined {
  const lines: Line[] = [];
  let start = 0;
  const head = text.slice(0, limit);
  return (index) => {
    while (lines.length <= index && start <= head.length) {
      const newline = head.indexOf("\n", start);
      const end = newline < 0 ? head.length : newline;
      // Sliced, and made again only when it holds white space (most lines hold none).
      const line = head.slice(start, end);
      const compact = whitespace.test(line) ? line.replace(allWhitespace, "") : line;
      if (compact !== "") lines.push({ start, end, compact });
      start = newline < 0 ? head.length + 1 : newline + 1;
    }
    return lines[index];
  };
}

/**
 * Where the title ends in a line that joins it to the names of a page's column and site with one of
 * the lexicon's `pageTitleSeparators` (…报告_某县人民政府门户网站): the first separator, when what
 * stands before it is a title line; else -1.
 */
function pageTitleEnd(text: string, line: Line): number {
  const written = text.slice(line.start, line.end);
  let cut = -1;
  for (const separator of pageTitleSeparators) {
    const at = written.indexOf(separator);
    if (at > 0 && (cut < 0 || at < cut)) cut = at;
  }
  if (cut < 0) return -1;
  const before = written.slice(0, cut).replace(allWhitespace, "");
  return isTitleLine(before) ? line.start + written.slice(0, cut).trimEnd().length : -1;
}

/** The characters of `source` from `start` to `end`, without spaces or line breaks (judged on `folded`). */
function sliceCompact(source: string, folded: string, start: number, end: number): string {
  let out = "";
  for (let i = start; i < end; i++) {
    const ch = folded[i] ?? "";
    if (ch !== "\n" && !whitespace.test(ch)) out += source[i] ?? "";
  }
  return out;
}

/**
 * Finds the title of a report or plan in the first 4000 characters: the
 * first line of 8 to 80 characters about 法治 or 依法行政 that names a
 * report, plan or programme (报告, 要点, 方案 …) or ends in 情况 (…工作情况),
 * and is not a covering notice (关于印发…的通知), a heading (一、…), a
 * sentence nor an item of a list of links (a title with its date, 2023-03-30). A title broken across two lines (…工作报告和 / 2023年工作思路) is
 * joined; without a title line, the plan a covering notice issues
 * (关于印发《…工作要点》的通知) is the title. The text is sliced from
 * `source`, so full-width brackets stay.
 *
 * @example
 * ```ts
 * findTitle("2022年度法治政府建设工作报告和\n2023年工作思路\n发布时间:2023-02-22")?.text;
 * //=> "2022年度法治政府建设工作报告和2023年工作思路"
 * ```
 */
export function findTitle(source: string): FoundTitle | null {
  return titleIn(source, foldText(source.slice(0, titleReach)));
}

/** How far into a text a title is looked for, in characters. */
const titleReach = 4000;

/**
 * `findTitle` on a text already folded: `folded` is `foldText(source)` (or at least its first
 * 4000 characters), made once by a reader that reads the text in several ways (`parseReport`).
 *
 * @internal
 */
export function titleIn(source: string, folded: string): FoundTitle | null {
  const text = folded.slice(0, titleReach);
  const lineAt = compactLines(text, titleReach);
  for (let i = 0; ; i++) {
    const line = lineAt(i);
    if (!line) break;
    const next = lineAt(i + 1);
    const joinable =
      next !== undefined &&
      isContinuation(next.compact) &&
      (titleJoinWords.some((word) => line.compact.endsWith(word)) ||
        (ruleOfLawWords.some((word) => line.compact.includes(word)) && !kindWords.some((word) => line.compact.includes(word))));
    // A page's <title>: the article's title, then its column's and site's names (…报告_某县人民政府).
    const cut = pageTitleEnd(text, line);
    if (cut > line.start) return { text: sliceCompact(source, text, line.start, cut), start: line.start, end: cut };
    if (isTitleLine(line.compact) && !titleJoinWords.some((word) => line.compact.endsWith(word))) {
      return { text: sliceCompact(source, text, line.start, line.end), start: line.start, end: line.end };
    }
    if (joinable && isTitleLine(line.compact + next.compact)) {
      return { text: sliceCompact(source, text, line.start, next.end), start: line.start, end: next.end };
    }
  }
  // No title line: the plan a covering notice's title line issues (某发〔2022〕9号关于印发《…工作要点》的通知) is the document.
  for (let i = 0; i < 12; i++) {
    const line = lineAt(i);
    if (!line) break;
    const notice = /^(?:[^,。《》]{0,24}号)?关于(?:印发|转发)《([^《》]{8,80})》的通知$/.exec(line.compact);
    const inner = notice?.[1];
    if (!inner || !isTitleLine(inner)) continue;
    const start = text.indexOf("《", line.start) + 1;
    const end = text.indexOf("》", start);
    if (start > 0 && end > start) return { text: sliceCompact(source, text, start, end), start, end };
  }
  return null;
}

/** A year as a title names it (2023年, 2023年度). */
const titleYear = /\d{4}年/;

/** How many lines at the top of a text may hold another document's title. */
const otherTitleLines = 3;

/**
 * Where `titleIn` found no title, the title of another document among the first lines: a line that
 * reads as a title of a year's document (湖州市应急管理局2023年工作总结和2024年工作思路) but names no
 * 法治 nor 依法行政, a document that is no rule-of-law report or plan. On folded text, as `titleIn`.
 *
 * @internal
 */
export function otherTitleIn(source: string, folded: string): FoundTitle | null {
  const text = folded.slice(0, titleReach);
  const lineAt = compactLines(text, titleReach);
  for (let i = 0; i < otherTitleLines; i++) {
    const line = lineAt(i);
    if (!line) break;
    if (titleYear.test(line.compact) && isTitleLine(line.compact, false)) {
      return { text: sliceCompact(source, text, line.start, line.end), start: line.start, end: line.end };
    }
  }
  return null;
}

/**
 * The title line of a report or plan (see `findTitle`), or `null` when the
 * text has none.
 *
 * @example
 * ```ts
 * readTitle("首页\n道外区2021年法治政府建设情况报告\n发表时间:2022-03-15"); //=> "道外区2021年法治政府建设情况报告"
 * readTitle("重庆市交通局2021年度法治政府部门建设工作情况\n2021年,市交通局…"); //=> "重庆市交通局2021年度法治政府部门建设工作情况"
 * ```
 */
export function readTitle(source: string): string | null {
  return findTitle(source)?.text ?? null;
}
