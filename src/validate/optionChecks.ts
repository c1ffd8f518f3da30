import { checkOptionsObject } from "../model/checkOptionsObject.js";
import { closestMatch } from "../model/closestMatch.js";
import { issueMessages } from "../model/issueMessages.js";
import type { Severity } from "../model/issue.js";
import type { Locale } from "../model/locale.js";

/**
 * The checks of the options of `validate`, `validateDisclosure` and
 * `validateDisclosureSeries`: a wrong option is a programming error, thrown as
 * a `TypeError` (wrong type) or `RangeError` (a value outside the allowed
 * ones) whose message names the function and the option.
 */

const monthDay = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const severities: readonly string[] = ["error", "warning", "info", "off"];

/** What a refused value was, for a message: a short quoted string or its type. */
function shown(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value.slice(0, 20)) : value === null ? "null" : typeof value;
}

/**
 * The options object itself: `undefined` is no options; anything but a plain object is refused,
 * and so is an option not among `names` (`checkOptionsObject`).
 *
 * @internal
 * @example
 * ```ts
 * optionsObject("validate", undefined, ["locale"]); //=> {}
 * ```
 */
export function optionsObject(fn: string, options: unknown, names: readonly string[]): Readonly<Record<string, unknown>> {
  checkOptionsObject(fn, options, false, names);
  return (options ?? {}) as Readonly<Record<string, unknown>>;
}

/**
 * Option `locale`: `zh` or `en` (default `en`).
 *
 * @internal
 * @example
 * ```ts
 * checkedLocale("validate", undefined); //=> "en"
 * ```
 */
export function checkedLocale(fn: string, value: unknown): Locale {
  const locale = value ?? "en";
  if (locale !== "zh" && locale !== "en") throw new RangeError(`${fn}: option locale must be "zh" or "en", not ${shown(locale)}`);
  return locale;
}

/**
 * Option `severity`: per issue code another severity or `off`. A code that is none of fazhi's
 * issues (`issueMessages`, the schema's `schema.*`) nor of the `rules` run is a `RangeError`
 * naming the closest one: a misspelt code (`date.reportLat`) is not ignored.
 *
 * @internal
 * @example
 * ```ts
 * checkedSeverity("validate", { "date.reportLate": "off" }, []).get("date.reportLate"); //=> "off"
 * ```
 */
export function checkedSeverity(fn: string, value: unknown, rules: readonly { readonly code: string }[]): ReadonlyMap<string, Severity | "off"> {
  const severity = new Map<string, Severity | "off">();
  if (value === undefined) return severity;
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new TypeError(`${fn}: option severity must be an object of codes and severities`);
  for (const [code, level] of Object.entries(value)) {
    if (typeof level !== "string" || !severities.includes(level)) {
      throw new RangeError(`${fn}: option severity[${JSON.stringify(code)}] must be "error", "warning", "info" or "off"`);
    }
    if (!code.startsWith("schema.") && !Object.hasOwn(issueMessages, code) && !rules.some((rule) => rule.code === code)) {
      const near = closestMatch(code, [...Object.keys(issueMessages), ...rules.map((rule) => rule.code)]);
      throw new RangeError(`${fn}: option severity names no issue code ${JSON.stringify(code.slice(0, 40))}${near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`}`);
    }
    severity.set(code, level as Severity | "off");
  }
  return severity;
}

/**
 * An option that is a month and day written `MM-DD` (a deadline in the year after the one reported on).
 *
 * @internal
 * @example
 * ```ts
 * checkedMonthDay("validate", "submitBy", undefined, "03-01"); //=> "03-01"
 * ```
 */
export function checkedMonthDay(fn: string, name: string, value: unknown, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value !== "string" || !monthDay.test(value)) throw new RangeError(`${fn}: option ${name} must be a month and day written MM-DD, not ${shown(value)}`);
  return value;
}

/**
 * An option that is a list of rules (default `fallback`): an array, each element an object with a
 * non-empty `code`, a severity other than `off`, `messages` with zh and en strings and a `check` function.
 *
 * @internal
 * @example
 * ```ts
 * checkedRules("validate", "rules", undefined, []); //=> []
 * ```
 */
export function checkedRules<R>(fn: string, name: string, value: unknown, fallback: readonly R[]): readonly R[] {
  if (value === undefined) return fallback;
  if (!Array.isArray(value)) throw new TypeError(`${fn}: option ${name} must be an array of rule objects`);
  value.forEach((rule: unknown, i) => {
    const at = `${fn}: option ${name}[${i}]`;
    if (typeof rule !== "object" || rule === null) throw new TypeError(`${at} must be a rule object`);
    const r = rule as Partial<Record<"code" | "severity" | "messages" | "check", unknown>>;
    if (typeof r.code !== "string" || r.code === "") throw new TypeError(`${at}.code must be a non-empty string`);
    if (typeof r.severity !== "string" || !severities.includes(r.severity) || r.severity === "off") {
      throw new RangeError(`${at}.severity must be "error", "warning" or "info"`);
    }
    const messages = r.messages as Partial<Record<Locale, unknown>> | null | undefined;
    if (typeof messages !== "object" || messages === null || typeof messages.zh !== "string" || typeof messages.en !== "string") {
      throw new TypeError(`${at}.messages must have zh and en strings`);
    }
    if (typeof r.check !== "function") throw new TypeError(`${at}.check must be a function`);
  });
  return value as readonly R[];
}
