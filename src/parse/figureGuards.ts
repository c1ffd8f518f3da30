import {
  changeToWords,
  changeVerbs,
  comparisonBaseWords,
  comparisonWords,
  frameVerbs,
  governmentPrefixes,
  governmentWords,
  jointPartners,
  jointWords,
  objectMarkers,
  onBehalfWords,
  priorPeriodWords,
  samePeriodWord,
  sessionLabelAfter,
  sessionLabelBefore,
  startingLevelWords,
} from "../catalog/lexicon/figureContext.js";
import { anyOf } from "./wordPattern.js";

/** Phrases that make a figure somebody else's or shared (代表市政府, 联合公安交警), from the lexicon. */
const notOwn: RegExp = /* @__PURE__ */ new RegExp(
  `(?:${anyOf(onBehalfWords)})(?:${anyOf(governmentPrefixes)}){0,2}(?:${anyOf(governmentWords)})` +
    `|(?:${anyOf(jointWords)})[^,;。]{0,6}?(?:${anyOf(jointPartners)})`,
);

/**
 * Whether the clause before a figure makes it somebody else's (代表市政府) or a
 * joint one (联合公安交警): not the reporting agency's own.
 *
 * @internal
 */
export function isOthersFigure(clause: string): boolean {
  return notOwn.test(clause);
}

/**
 * Whether a figure is a difference from another period (同比增加200件): its
 * clause compares, and a change verb ends it.
 *
 * @internal
 */
export function isChange(clause: string): boolean {
  const bare = clause.endsWith("了") ? clause.slice(0, -1) : clause;
  return changeVerbs.some((verb) => bare.endsWith(verb)) && comparisonWords.some((word) => clause.includes(word));
}

/** A starting-level word, an optional period (上年, 2022年) and 的, at the end of the clause before a figure. */
const startingLevel: RegExp = /* @__PURE__ */ new RegExp(`(?:${anyOf(startingLevelWords)})(?:${anyOf(priorPeriodWords)}|\\d{4}年度?)?的?$`);

/**
 * Whether a figure is the level a change starts from (败诉率由上年的15%降至8%,
 * 案件由18件增加到23件): another period's figure, not the year's own.
 *
 * @internal
 */
export function isStartingLevel(clause: string): boolean {
  return startingLevel.test(clause);
}

/** A comparison word, a period it names (上年, 2022年, 2022年同期) and 的, at the end of the clause before a figure. */
const comparisonBase: RegExp = /* @__PURE__ */ new RegExp(`(?:${anyOf(comparisonBaseWords)})(?:${anyOf(priorPeriodWords)}|\\d{4}年度?(?:${samePeriodWord})?)的?$`);

/**
 * Whether a figure is the level of a named period that the figure before it is compared with
 * (受理申请15件,较2022年的9件增长66.7%; 同比上年的18件; 与2022年的29件相比): the clause before it
 * ends in a comparison word (the lexicon's `comparisonBaseWords`), the period and 的.
 *
 * @internal
 */
export function isComparisonBase(clause: string): boolean {
  return comparisonBase.test(clause);
}

/**
 * Whether the words between a starting level ending at `end` and the figure at `start` are a
 * change to it (增加到, 降至, with 了: 减少到了), the figures of one change.
 *
 * @internal
 */
export function isChangeTo(text: string, end: number, start: number): boolean {
  if (start - end > 6) return false;
  const between = text.slice(end, start).replace(/了$/, "").trim();
  return changeToWords.includes(between);
}

/**
 * Whether the figure at [start, end) is part of a session label (十届十次全会).
 *
 * @internal
 */
export function isSessionLabel(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  return sessionLabelBefore.includes(before) || sessionLabelAfter.some((word) => text.startsWith(word, end));
}

/**
 * How far before a figure an object marker (对) is looked for, in characters.
 *
 * @internal
 */
export const objectReach = 6;

/**
 * In an object construction (对3起…进行讨论), the position in `text` of its
 * verb after the number at [start, end), an object marker being in
 * [from, start); else 0.
 *
 * @internal
 */
export function frameVerbAt(text: string, from: number, start: number, end: number): number {
  const before = text.slice(from, start);
  if (!objectMarkers.some((marker) => before.includes(marker))) return 0;
  let at = -1;
  for (const verb of frameVerbs) {
    const found = text.indexOf(verb, end);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  return Math.max(at, 0);
}
