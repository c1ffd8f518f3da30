import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { parseISO } from "date-fns/parseISO";
import { findIndicator } from "../catalog/indicators.js";
import { unitKindOf } from "../catalog/units.js";
import { Decimal } from "../model/decimal.js";
import type { SubjectFigure } from "./subject.js";

/**
 * Calendar days from one ISO date to another (positive when `to` is later). Both
 * are read as local dates, so no time zone can shift them.
 *
 * @internal
 */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * How far a stated value may be from a computed one and still be the same
 * figure rounded (or truncated) to the stated decimals: one unit of its last place.
 *
 * @internal
 */
export function roundingTolerance(stated: Decimal): Decimal {
  return new Decimal(`1e-${stated.decimalPlaces()}`);
}

/**
 * The length of the longest common substring of two short strings. Its cost
 * is the product of their lengths: callers bound them (`clip`).
 *
 * @internal
 */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] ?? 0) + 1;
        best = Math.max(best, current[j] ?? 0);
      }
    }
    previous = current;
  }
  return best;
}

/**
 * The span of a document date's raw text in the document's text, as the
 * parser found it (`signedSpan`, `publishedSpan`), where known.
 *
 * @internal
 */
export function dateSpan(
  subject: { readonly dates: { readonly signedSpan?: { readonly start: number; readonly end: number }; readonly publishedSpan?: { readonly start: number; readonly end: number } } | null },
  field: "signed" | "published",
): { span: { start: number; end: number } } | Record<string, never> {
  const span = subject.dates?.[`${field}Span`];
  return span === undefined ? {} : { span: { start: span.start, end: span.end } };
}

/**
 * A finding about a figure (or a task): its path, with `field` appended when
 * given, the params, and its span in the text when known.
 *
 * @internal
 */
export function findingAt(
  at: { readonly path: readonly (string | number)[]; readonly span?: { readonly start: number; readonly end: number } },
  params: Readonly<Record<string, string | number | boolean | null>>,
  field?: string,
): { path: readonly (string | number)[]; params: Readonly<Record<string, string | number | boolean | null>>; span?: { start: number; end: number } } {
  return {
    path: field === undefined ? at.path : [...at.path, field],
    params,
    ...(at.span ? { span: { start: at.span.start, end: at.span.end } } : {}),
  };
}

/**
 * Whether a figure counts things: a count unit, or an indicator of value type count.
 *
 * @internal
 */
export function isCount(figure: SubjectFigure): boolean {
  const indicator = figure.indicator === null ? undefined : findIndicator(figure.indicator);
  return indicator ? indicator.valueType === "count" || indicator.valueType === "list-size" : unitKindOf(figure.unit) === "count";
}
