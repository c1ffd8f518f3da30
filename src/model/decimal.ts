import { Decimal as DecimalJs } from "decimal.js";

/**
 * The range of a `Decimal` in the model: at most `significantDigits`
 * significant digits, none of them above 10^`maxExponent` nor below
 * 10^`minExponent` (so |value| < 10⁶¹ with at most 30 decimal places). A figure
 * of a report is far inside it (10¹² is 万亿); a value outside it is refused by
 * `DecimalValue` with the issue `schema.decimal.outOfRange`, read without ever
 * being expanded (`"1e200000000"` costs what its eleven characters cost).
 *
 * @example
 * ```ts
 * decimalRange.maxExponent; //=> 60
 * isDecimalString("1e60"); //=> true
 * isDecimalString("1e61"); //=> false
 * ```
 */
export const decimalRange = {
  /** The exponent of the highest digit a value may have (10⁶⁰). */
  maxExponent: 60,
  /** The exponent of the lowest digit a value may have (10⁻³⁰: 30 decimal places). */
  minExponent: -30,
  /** The most significant digits a value may have. */
  significantDigits: 60,
  /**
   * The precision of the library's `Decimal` (significant digits). Every value
   * in range is a multiple of 10⁻³⁰ below 10⁶¹ in magnitude, so a sum or
   * difference of n of them has at most 91 + ⌈log₁₀ n⌉ digits: exact for up to
   * 10²⁹ terms, more than any memory holds.
   */
  precision: 120,
  /** The significant digits of a quotient (a mean, a rate, a growth), rounded half-even: quotients are the only rounded results. */
  quotientDigits: 50,
} as const;

/**
 * The library's own `Decimal` constructor: a private clone of decimal.js, so a
 * host application's global `Decimal.set(…)` is never touched nor relied on.
 * 120 significant digits (every sum of values in `decimalRange` is exact),
 * half-even rounding, and plain (never exponential) notation in `toString()`
 * and JSON, which is safe because a model value never has an exponent beyond
 * `decimalRange`.
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * new Decimal("0.1").plus("0.2").toString(); //=> "0.3"
 * new Decimal("1e60").plus(1).toString(); //=> "1000000000000000000000000000000000000000000000000000000000001"
 * ```
 */
export const Decimal = /* @__PURE__ */ (() =>
  DecimalJs.clone({
    precision: decimalRange.precision,
    rounding: DecimalJs.ROUND_HALF_EVEN,
    toExpNeg: -9e15,
    toExpPos: 9e15,
  }))();

/**
 * A `Decimal` value (the instance type of decimal.js).
 *
 * @example
 * ```ts
 * import { Decimal } from "fazhi";
 * const fine: Decimal = new Decimal("1210000");
 * ```
 */
export type Decimal = DecimalJs;

/**
 * What reading a value as a model decimal gives: `ok`, `invalid` (not a
 * decimal: a float, a word, an object that only looks like a Decimal) or
 * `outOfRange` (a decimal outside `decimalRange`, NaN or an infinity).
 *
 * @example
 * ```ts
 * const verdict: DecimalVerdict = decimalVerdict("1e200000000"); //=> "outOfRange"
 * ```
 */
export type DecimalVerdict = "ok" | "invalid" | "outOfRange";

const decimalPattern = /^[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The verdict on a digit string (no sign, no point) whose first digit stands at 10^`top`. */
function digitsVerdict(digits: string, top: number): DecimalVerdict {
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first++;
  if (first === digits.length) return "ok"; // zero, whatever its exponent
  let last = digits.length - 1;
  while (digits.charCodeAt(last) === 48) last--;
  const highest = top - first;
  const lowest = top - last;
  return highest <= decimalRange.maxExponent && lowest >= decimalRange.minExponent && last - first + 1 <= decimalRange.significantDigits
    ? "ok"
    : "outOfRange";
}

/** The verdict on a string, read without expanding its exponent. */
function stringVerdict(value: string): DecimalVerdict {
  if (value.length > 1000) return "invalid";
  const match = decimalPattern.exec(value);
  if (!match) return "invalid";
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  if (whole.length + fraction.length === 0) return "invalid";
  const written = match[3] ?? "0";
  const exponentDigits = written.replace(/^[+-]?0*/, "");
  const digits = whole + fraction;
  // An exponent of ten digits or more is out of range for any non-zero mantissa of at most 1,000 characters.
  if (exponentDigits.length > 9) return /[1-9]/.test(digits) ? "outOfRange" : "ok";
  const exponent = written.startsWith("-") ? -Number(exponentDigits || "0") : Number(exponentDigits || "0");
  return digitsVerdict(digits, whole.length - 1 + exponent);
}

/** The fields of a decimal.js instance (of any copy), read once, each read guarded. */
interface DecimalFields {
  readonly s: number;
  readonly e: number;
  readonly digits: string;
}

/** Reads the sign, exponent and digit words of something that says it is a decimal.js value; `null` when they are not what decimal.js writes. */
function fieldsOf(value: object): DecimalFields | "invalid" | "outOfRange" {
  try {
    const candidate = value as { readonly s?: unknown; readonly e?: unknown; readonly d?: unknown };
    const s = candidate.s;
    const e = candidate.e;
    const d = candidate.d;
    if (d === null) return s === 1 || s === -1 || Number.isNaN(s) ? "outOfRange" : "invalid"; // ±Infinity, NaN
    if ((s !== 1 && s !== -1) || typeof e !== "number" || !Number.isInteger(e) || !Array.isArray(d)) return "invalid";
    const count = d.length;
    if (count === 0 || count > 12) return count > 12 ? "outOfRange" : "invalid";
    let digits = "";
    for (let i = 0; i < count; i++) {
      const word: unknown = d[i];
      if (typeof word !== "number" || !Number.isInteger(word) || word < 0 || word >= 1e7) return "invalid";
      digits += i === 0 ? String(word) : String(word).padStart(7, "0");
    }
    if (digits.charCodeAt(0) === 48 && digits !== "0") return "invalid";
    return { s, e, digits };
  } catch {
    return "invalid";
  }
}

/**
 * Whether a value is a model decimal (`ok`), something else (`invalid`), or a
 * decimal outside `decimalRange` (`outOfRange`). Never throws and never
 * expands a value: a string is read by its digits and exponent, a Decimal
 * (of any copy of decimal.js) by its fields, guarded against getters that throw.
 *
 * @example
 * ```ts
 * decimalVerdict("85.98"); //=> "ok"
 * decimalVerdict(0.1); //=> "invalid"
 * decimalVerdict("1e61"); //=> "outOfRange"
 * decimalVerdict({ toStringTag: "[object Decimal]" }); //=> "invalid"
 * ```
 */
export function decimalVerdict(value: unknown): DecimalVerdict {
  if (typeof value === "string") return stringVerdict(value);
  if (typeof value === "number") return Number.isSafeInteger(value) ? "ok" : "invalid";
  if (typeof value !== "object" || value === null) return "invalid";
  let tagged: boolean;
  try {
    tagged = value instanceof DecimalJs || (value as { toStringTag?: unknown }).toStringTag === "[object Decimal]";
  } catch {
    return "invalid";
  }
  if (!tagged) return "invalid";
  const fields = fieldsOf(value);
  if (typeof fields === "string") return fields;
  return digitsVerdict(fields.digits, fields.e);
}

/**
 * Whether a string is a decimal number in plain or exponential notation
 * (`"12"`, `"-0.5"`, `"1.2e+21"`) within `decimalRange`, the JSON form of a
 * `Decimal`.
 *
 * @example
 * ```ts
 * isDecimalString("85.98"); //=> true
 * isDecimalString("85.98%"); //=> false
 * isDecimalString("1e200000000"); //=> false (out of range)
 * ```
 */
export function isDecimalString(value: string): boolean {
  return typeof value === "string" && stringVerdict(value) === "ok";
}

/**
 * What `DecimalValue` accepts: a `Decimal`, a decimal string, or a safe integer.
 *
 * @example
 * ```ts
 * const inputs: DecimalInput[] = [new Decimal("1.5"), "85.98", 152];
 * ```
 */
export type DecimalInput = DecimalJs | string | number;

/**
 * Whether a value is something `DecimalValue` accepts: a finite `Decimal`
 * (from any copy of decimal.js), a decimal string, or a safe integer, within
 * `decimalRange`. Never throws.
 *
 * @example
 * ```ts
 * isDecimalInput("121"); //=> true
 * isDecimalInput(0.1); //=> false (a float is not an exact value)
 * ```
 */
export function isDecimalInput(value: unknown): value is DecimalInput {
  return decimalVerdict(value) === "ok";
}

/** A Decimal of this library from a value whose verdict is `ok`, built from its own fields for a Decimal (no method of it is called). */
/**
 * Whether a value is a Decimal made by this library's constructor: decimal.js's copies share one prototype
 * and tell themselves apart by an own `constructor`; its sign, exponent and words are plain data (no getter
 * that could answer differently later). Never throws.
 */
function isOwnDecimal(value: object): boolean {
  try {
    if (Object.getPrototypeOf(value) !== Decimal.prototype || Object.getOwnPropertyDescriptor(value, "constructor")?.value !== Decimal) return false;
    return ["s", "e", "d"].every((key) => {
      const field = Object.getOwnPropertyDescriptor(value, key);
      return field !== undefined && "value" in field;
    });
  } catch {
    return false;
  }
}

/**
 * @internal A copy of `value` stored compactly: decimal.js reads a string (and computes) into a list of
 * digit words grown by push, with room for 16 words more, and copies with `slice`. What keeps many
 * values (a table of figures, a report's quantities) keeps this copy.
 */
export function compactDecimal(value: Decimal): Decimal {
  return new Decimal(value);
}

/**
 * @internal A `Decimal` of this library for a value `decimalVerdict` found `"ok"` (`toDecimal` and
 * `DecimalValue` check first): a number or string read, a Decimal of this library kept, another
 * copy's rebuilt.
 */
export function buildDecimal(value: DecimalInput): Decimal {
  if (typeof value !== "object") return compactDecimal(new Decimal(value));
  // A Decimal of this library (its fields already checked) is kept: decimals are immutable, and its
  // arithmetic already has this library's precision. Another copy's is rebuilt, as it computes with its own.
  if (isOwnDecimal(value)) return value as Decimal;
  const fields = fieldsOf(value);
  if (typeof fields === "string") throw new RangeError("fazhi: not an exact decimal");
  const sign = fields.s < 0 ? "-" : "";
  return compactDecimal(new Decimal(`${sign}${fields.digits.slice(0, 1)}.${fields.digits.slice(1) || "0"}e${fields.e}`));
}

/**
 * Makes an exact `Decimal` of this library from a decimal string, a safe
 * integer or a Decimal of any decimal.js copy, within `decimalRange`, stored
 * compactly (decimal.js parses strings into oversized digit arrays; a copy
 * trims them, which halves the memory of a million figures). A Decimal of
 * this library is given back as it is (decimals are immutable). Throws a
 * `RangeError` on anything else; for untrusted input use `DecimalValue.safeParse`.
 *
 * @example
 * ```ts
 * toDecimal("140.5").plus(toDecimal(2)).toString(); //=> "142.5"
 * ```
 */
export function toDecimal(value: DecimalInput): Decimal {
  const verdict = decimalVerdict(value);
  if (verdict !== "ok") {
    const shown = typeof value === "string" ? value.slice(0, 40) : typeof value === "number" ? String(value) : "an object";
    throw new RangeError(`fazhi: not an exact decimal within range (${verdict}): ${shown}`);
  }
  return buildDecimal(value);
}
