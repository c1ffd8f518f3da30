import { titleKindWords } from "../catalog/lexicon/documentKinds.js";
import { noteBrackets, unitNoteLabels } from "../catalog/lexicon/unitNotes.js";
import { anyOf, escapeRegExp } from "./wordPattern.js";
import type { DocumentAgency } from "../model/documentAgency.js";
import type { DocumentKind } from "../model/documentKind.js";
import type { Issue } from "../model/issue.js";
import { bilingualMessage, metadataOtherTitleMessage } from "../model/parseMessages.js";
import { agencyIn, headReach } from "./agency.js";
import type { Signature } from "./documentDates.js";
import { otherTitleIn, titleIn } from "./documentTitle.js";
import { foldText } from "./foldText.js";
import { readReportingYear } from "./reportingYear.js";

/**
 * What a document says about itself: its kind, title, agency and the year it covers.
 *
 * @example
 * ```ts
 * const meta: DocumentMetadata = readMetadata("哈尔滨市交通运输局2020年度法治政府部门建设工作情况报告\n……");
 * ```
 */
export interface DocumentMetadata {
  /** An annual report or a work plan. */
  readonly documentKind: DocumentKind;
  /** The title line, or `null` when the text has none. */
  readonly title: string | null;
  /** The agency, with `null` for what the text does not tell. */
  readonly agency: DocumentAgency;
  /** The year reported on or planned for (not the year published), or `null`. */
  readonly reportingYear: number | null;
  /** What could not be read for sure: an ambiguous place name, a year that is no year. */
  readonly issues: readonly Issue[];
}

/** A labelled unit note opening in one of the lexicon's brackets (text folded: （ reads as `(`). */
const planNotes = /* @__PURE__ */ (() => new RegExp(
  `[${Object.keys(noteBrackets).map(escapeRegExp).join("")}](?:${anyOf(Object.keys(unitNoteLabels))})[:${Object.values(noteBrackets).map(escapeRegExp).join("")}]`,
  "g",
))();

const wordsOf = (kind: DocumentKind): string => Object.keys(titleKindWords).filter((word) => titleKindWords[word] === kind).join("|");
/** A text that announces itself: 现将…报告如下 (a report); 本方案, 工作要点如下 (a plan). */
const announcedReport = /* @__PURE__ */ (() => new RegExp(`(?:${wordsOf("annual-report")})如下`))();
const announcedPlan = /* @__PURE__ */ (() => new RegExp(`本(?:${wordsOf("work-plan")})|(?:${wordsOf("work-plan")})如下`))();

/** The kind a text without a title is: a plan when it holds two 责任单位 notes or calls itself a plan, and does not announce a report. */
function kindOfBody(text: string): DocumentKind {
  const head = text.slice(0, 3000);
  if (announcedReport.test(head)) return "annual-report";
  return (text.slice(0, 20000).match(planNotes) ?? []).length >= 2 || announcedPlan.test(head) ? "work-plan" : "annual-report";
}

/** The kind a title names: a report when it names a report word (报告, 总结, 情况), else a plan when it names a plan word. */
function kindOfTitle(title: string): DocumentKind {
  const words = Object.entries(titleKindWords);
  if (words.some(([word, kind]) => kind === "annual-report" && title.includes(word))) return "annual-report";
  return words.some(([word, kind]) => kind === "work-plan" && title.includes(word)) ? "work-plan" : "annual-report";
}

/**
 * Reads a document's kind, title, agency and reporting year, with the issues
 * met. Full-width and ASCII punctuation read the same: the text is folded
 * (`foldText`) once and the title is sliced from `source`. The kind comes from
 * the title (or, without one, from two or more 责任单位 notes, 本方案 or
 * 工作要点如下, unless the text announces a report: 报告如下); the agency from
 * the title, header, 落款 or opening sentence (see `readAgencyWithIssues`);
 * the reporting year from the title or the body (see `readReportingYear`).
 * `signature` is the document's 落款 where the caller has read it already
 * (`parseReport` does, see `readDatesAndSignature`).
 *
 * @example
 * ```ts
 * const meta = readMetadata("2021年营口市交通运输局加快推进法治政府部门建设工作要点\n……");
 * [meta.documentKind, meta.reportingYear, meta.agency.name]; //=> ["work-plan", 2021, "营口市交通运输局"]
 * ```
 */
export function readMetadata(source: string, signature?: Signature | null): DocumentMetadata {
  return metadataIn(source, foldText(source.slice(0, headReach)), signature);
}

/**
 * `readMetadata` on a text already folded: `folded` is `foldText(source)` (or at least its first
 * 20,000 characters), made once by `parseReport` for all its readers.
 *
 * @internal
 */
export function metadataIn(source: string, folded: string, signature?: Signature | null): DocumentMetadata {
  // What a document says about itself stands in its head and its 落款: the head is folded, the 落款 read in either width.
  const text = folded.slice(0, headReach);
  const found = titleIn(source, text);
  const title = found?.text ?? null;
  const foldedTitle = found ? { text: foldText(found.text), start: found.start } : null;
  const documentKind: DocumentKind = foldedTitle ? kindOfTitle(foldedTitle.text) : kindOfBody(text);
  const agency = agencyIn(source, text, foldedTitle?.text ?? null, signature);
  const year = readReportingYear(text, foldedTitle);
  const other = found ? null : otherTitleIn(source, text);
  const otherIssues: Issue[] = other
    ? [
        {
          code: "metadata.otherTitle",
          severity: "warning",
          path: ["title"],
          message: bilingualMessage(metadataOtherTitleMessage, { title: other.text }),
          params: { title: other.text },
          span: { start: other.start, end: other.end },
        },
      ]
    : [];
  return { documentKind, title, agency: agency.agency, reportingYear: year.year, issues: [...otherIssues, ...agency.issues, ...year.issues] };
}
