import { lastYearWords, samePeriodWord, yearLeads, yearSpanWords, yearSubjectScopes } from "../catalog/lexicon/figureContext.js";
import { subjectLinks, subjectOpeners } from "../catalog/lexicon/quantityWords.js";
import { isAsciiDigitCode } from "./characters.js";
import { clauseEnd, clauseStart } from "./clause.js";
import { anyOf, byFirstCode, trailingWordsStart } from "./wordPattern.js";

/**
 * A period that opens a clause: a lead (在, 于), a year (2022年, 2022年度) or the year before the
 * report's (上年, 去年同期), and 同期; what follows it is the clause's verb and object.
 */
const periodOpening: RegExp = /* @__PURE__ */ new RegExp(`^\\s*(?:${anyOf(yearLeads)})?(?:(\\d{4})年度?|${anyOf(lastYearWords)})(?:${samePeriodWord})?`);
/** The words that open a subject (全年, 共 …) and the scopes a report names itself by (全区, 全局, 我镇), one or more, at the start of what is left. */
const openers: RegExp = /* @__PURE__ */ new RegExp(`^(?:${anyOf([...subjectOpeners, ...yearSubjectScopes].sort((a, b) => b.length - a.length))})+`);
/** The link words before a figure (共计, 为, 达 …), by their last character. */
const linksByLast: ReadonlyMap<number, readonly string[]> = /* @__PURE__ */ byFirstCode([...subjectLinks, "了"], true);
/** What ends a sentence past its semicolons: no parallel clause follows one. */
const fullStops = "。!?\n";

/** `words` without the subject's openers before and its link words (为, 共计, 了) after. */
function core(words: string): string {
  const opened = words.replace(openers, "");
  return opened.slice(0, trailingWordsStart(opened, linksByLast));
}

/**
 * The words of a clause after the period that opens it (2022年办理… → 办理…), or null when none
 * opens it, or its year starts a span (2022年以来) or a date (2022年3月).
 */
function afterPeriod(clause: string): string | null {
  const found = periodOpening.exec(clause);
  if (found === null) return null;
  const rest = clause.slice(found[0].length);
  if (found[1] !== undefined && (isAsciiDigitCode(rest.charCodeAt(0)) || yearSpanWords.some((word) => rest.startsWith(word)))) return null;
  return rest;
}

/**
 * Whether the figure at `start`, in folded text, stands in the second of two parallel clauses whose
 * first holds the figure `previous` (2022年办理行政复议案件18件,2023年办理23件; …18件,2023年23件;
 * …23件,上年同期为18件): its clause, right after the first (a comma or a semicolon between), opens
 * with a period and then leaves out what the first counts, having at most the first's verb (办理,
 * 共受理: a word the first has before what it counts) and link words (为, 共计) before the figure. Such a figure measures what the first does.
 * Not where the clause names another verb or object (2023年审结23件, 2023年办理行政应诉案件23件),
 * opens with no period, or starts a span (2023年以来). Reads the two clauses alone (at most 80
 * characters each).
 *
 * @example
 * ```ts
 * const text = "2022年办理行政复议案件18件,2023年办理23件。";
 * isParallelClause(text, { start: 13, end: 16 }, 24); //=> true
 * ```
 *
 * @internal
 */
export function isParallelClause(text: string, previous: { readonly start: number; readonly end: number }, start: number): boolean {
  const opens = clauseStart(text, start);
  if (opens === 0 || fullStops.includes(text.charAt(opens - 1)) || clauseEnd(text, previous.end) !== opens - 1) return false;
  const rest = afterPeriod(text.slice(opens, start));
  if (rest === null) return false;
  for (let i = 0; i < rest.length; i++) if (isAsciiDigitCode(rest.charCodeAt(i))) return false;
  const verb = core(rest);
  if (verb === "") return true;
  // What the first clause counts, after its own period (at its start or after its subject: 我支队2022年办理…)
  // and openers (2022年全区共受理行政复议申请 → 受理行政复议申请); the verb stands in it, before its
  // object (2022年全市税务系统共受理纳税人投诉: 受理, and 纳税人投诉 after it).
  const first = text.slice(clauseStart(text, previous.start), previous.start);
  const counted = core(first.slice(lastYearEnd(first)));
  const at = counted.indexOf(verb);
  return at >= 0 && at + verb.length < counted.length;
}

/** A year (2022年, 2022年度) and 同期 after it. */
const yearWords: RegExp = /* @__PURE__ */ new RegExp(`\\d{4}年度?(?:${samePeriodWord})?`, "g");

/** Where the last year of `clause` ends (我支队2022年办理… → at 办), 0 when it names none. */
function lastYearEnd(clause: string): number {
  let end = 0;
  for (const found of clause.matchAll(yearWords)) end = found.index + found[0].length;
  return end;
}
