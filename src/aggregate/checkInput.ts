import { Decimal as DecimalJs } from "decimal.js";
import { AdministrativeLevel } from "../model/administrativeLevel.js";
import { AgencyKind } from "../model/agencyKind.js";
import type { Agency } from "../model/agency.js";
import { closestMatch } from "../model/closestMatch.js";
import { buildDecimal, decimalRange, decimalVerdict } from "../model/decimal.js";
import { paddingZeros, wordDigits } from "../model/decimalWords.js";
import { IndicatorCode } from "../model/indicatorCode.js";
import { isIsoDate } from "../model/isIsoDate.js";
import { Modality } from "../model/modality.js";
import { Observation } from "../model/observation.js";
import { Qualifier } from "../model/qualifier.js";

const indicatorCodes: ReadonlySet<unknown> = new Set(IndicatorCode.options);
const modalities: ReadonlySet<unknown> = new Set(Modality.options);
const qualifiers: ReadonlySet<unknown> = new Set(Qualifier.options);
const attributions: ReadonlySet<unknown> = new Set(["own", "onBehalfOf", "joint"]);
const kinds: ReadonlySet<unknown> = new Set(AgencyKind.options);
const levels: ReadonlySet<unknown> = new Set(AdministrativeLevel.options);
const divisionCode = /^\d{6}$/;

/**
 * Whether a value is a finite Decimal within `decimalRange`: for this
 * library's instances read from their digit words at once (the hot path of a
 * million figures), for a Decimal of another copy of decimal.js by `decimalVerdict`.
 */
function isModelDecimal(value: unknown): boolean {
  // A Decimal of another copy of decimal.js has the same methods; a string or a number is not summed as one.
  if (!(value instanceof DecimalJs)) return typeof value === "object" && decimalVerdict(value) === "ok" && typeof (value as { plus?: unknown }).plus === "function";
  const words = value.d as number[] | null;
  if (!words) return false; // NaN, ±Infinity
  const first = words[0] ?? 0;
  if (first === 0) return true;
  const significant = wordDigits(first) + 7 * (words.length - 1) - paddingZeros(words[words.length - 1] ?? 0);
  return value.e <= decimalRange.maxExponent && value.e - significant + 1 >= decimalRange.minExponent && significant <= decimalRange.significantDigits;
}

const valueFault = ".quantity.value is not an exact decimal within range (a float is not summed)";

/**
 * The figure with its value made a `Decimal` of this library, when its value is what the
 * `Observation` schema reads as one (a decimal string, as JSON writes it, or a safe integer) and all
 * else is in the model's form; `null` otherwise. What the schema would give, but 20–30 times sooner:
 * a million figures from JSON are read in a fraction of a second.
 */
function withDecimalValue(o: Observation): Observation | null {
  const value: unknown = o.quantity.value;
  if (typeof value !== "string" && typeof value !== "number") return null;
  if (decimalVerdict(value) !== "ok") return null;
  return { ...o, quantity: { ...o.quantity, value: buildDecimal(value) } };
}

/** What is wrong with a value given as an Observation, or `null` when it can be used. */
function observationFault(o: unknown): string | null {
  if (typeof o !== "object" || o === null) return "is not an object";
  const x = o as Partial<Record<keyof Observation, unknown>>;
  if (typeof x.agency !== "string" || x.agency === "") return ".agency is not an agency id";
  if (!indicatorCodes.has(x.indicator)) return ".indicator is not an indicator code of the catalog";
  const period = x.period;
  if (typeof period === "number") {
    if (!Number.isInteger(period)) return ".period is not a year";
  } else {
    const range = period as { from?: unknown; to?: unknown } | null;
    if (typeof range !== "object" || range === null || typeof range.from !== "string" || typeof range.to !== "string" || !isIsoDate(range.from) || !isIsoDate(range.to)) {
      return ".period is neither a year nor { from, to } of calendar dates";
    }
    if (range.from > range.to) return ".period ends before it starts";
  }
  if (!modalities.has(x.modality)) return ".modality is not actual or target";
  if (!attributions.has(x.attribution)) return ".attribution is not own, onBehalfOf or joint";
  const q = x.quantity as { value?: unknown; unit?: unknown; qualifier?: unknown } | null | undefined;
  if (typeof q !== "object" || q === null) return ".quantity is not an object";
  if (typeof q.unit !== "string" || q.unit === "") return ".quantity.unit is not a unit";
  if (!qualifiers.has(q.qualifier)) return ".quantity.qualifier is not a qualifier";
  // Last: a figure whose only fault is its value's form (a decimal string, as JSON writes it) is read without the schema.
  if (!isModelDecimal(q.value)) return valueFault;
  return null;
}

/**
 * Reads the figures given to an analysis as the model reads Observations, so
 * that nothing unvalidated is summed silently. Figures already in the model's
 * form (a `Decimal` value within range, a unit, a qualifier …) are taken as
 * they are, at no cost beyond a look at their fields; any other is read with
 * the `Observation` schema, so the JSON form of an observation (its value a
 * decimal string) counts exactly. A figure the schema refuses (a float value,
 * a missing field, a getter that throws) is a `TypeError` that names the
 * function and the figure (`aggregate: observations[3] …`); read untrusted
 * figures with `safeParseModel(Observation, …)` first to have its issues.
 *
 * @internal
 */
export function readObservations(where: string, observations: unknown): readonly Observation[] {
  if (!Array.isArray(observations)) throw new TypeError(`${where}: observations must be an array of Observation objects`);
  let read: unknown[] | null = null;
  for (let i = 0; i < observations.length; i++) {
    let fault: string | null;
    const item: unknown = observations[i];
    try {
      fault = observationFault(item);
    } catch {
      fault = " could not be read (a property threw)";
    }
    if (fault === null) {
      if (read !== null) read.push(item);
      continue;
    }
    let converted: Observation | null = null;
    try {
      converted = fault === valueFault ? withDecimalValue(item as Observation) : null;
    } catch {
      converted = null; // a getter that throws the second time: read with the schema, as any other
    }
    if (converted !== null) {
      read ??= observations.slice(0, i);
      read.push(converted);
      continue;
    }
    let parsed: { success: true; data: Observation } | { success: false } = { success: false };
    try {
      const result = Observation.safeParse(item);
      if (result.success) parsed = result;
    } catch {
      parsed = { success: false };
    }
    if (!parsed.success) {
      throw new TypeError(`${where}: observations[${i}]${fault.startsWith(".") ? "" : " "}${fault.trimStart()}; read untrusted figures with safeParseModel(Observation, …) first`);
    }
    read ??= observations.slice(0, i);
    read.push(parsed.data);
  }
  return (read ?? observations) as readonly Observation[];
}

/**
 * Checks the option `agencies`: absent, or a list of Agency objects (an id, a
 * kind, a level, a sector or null, a six-digit division code). Throws a
 * `TypeError` naming the first one it cannot use.
 *
 * @internal
 */
export function checkAgencies(where: string, agencies: unknown): asserts agencies is readonly Agency[] | undefined {
  if (agencies === undefined) return;
  if (!Array.isArray(agencies)) throw new TypeError(`${where}: option agencies must be an array of Agency objects`);
  for (let i = 0; i < agencies.length; i++) {
    let ok: boolean;
    try {
      const a = agencies[i] as Partial<Record<keyof Agency, unknown>> | null;
      ok =
        typeof a === "object" &&
        a !== null &&
        typeof a.id === "string" &&
        a.id !== "" &&
        kinds.has(a.kind) &&
        levels.has(a.level) &&
        (a.sector === null || typeof a.sector === "string") &&
        typeof a.divisionCode === "string" &&
        divisionCode.test(a.divisionCode);
    } catch {
      ok = false;
    }
    if (!ok) throw new TypeError(`${where}: option agencies[${i}] is not an Agency (id, kind, level, sector, divisionCode); read it with safeParseModel(Agency, …) first`);
  }
}

/**
 * Checks an option that lists indicator codes (`indicators` of `coverage` and
 * `compositeScore`): each a code of the catalog, else a `RangeError` naming
 * it, with the code it was likely meant to be; a misspelt code would
 * otherwise match no figure, in silence.
 *
 * @internal
 */
export function checkIndicatorCodes(where: string, option: string, codes: readonly unknown[]): void {
  for (const code of codes) {
    if (indicatorCodes.has(code)) continue;
    if (typeof code !== "string") throw new RangeError(`${where}: option ${option} holds a ${code === null ? "null" : typeof code}, not an indicator code`);
    const near = closestMatch(code, IndicatorCode.options);
    throw new RangeError(`${where}: unknown indicator ${JSON.stringify(code.slice(0, 40))} in option ${option}${near === undefined ? "" : `; did you mean ${JSON.stringify(near)}?`}`);
  }
}

/**
 * Checks the parts given to `sumEstimate`: each a finite `Decimal` within
 * range and a qualifier. Throws a `TypeError` naming the first it cannot use.
 *
 * @internal
 */
export function checkParts(parts: readonly unknown[]): void {
  for (let i = 0; i < parts.length; i++) {
    let ok: boolean;
    try {
      const part = parts[i] as { value?: unknown; qualifier?: unknown } | null;
      ok = typeof part === "object" && part !== null && isModelDecimal(part.value) && qualifiers.has(part.qualifier);
    } catch {
      ok = false;
    }
    if (!ok) throw new TypeError(`sumEstimate: parts[${i}] is not { value: Decimal within range, qualifier }`);
  }
}
