import * as z from "zod";
import type { AdministrativeLevel } from "./administrativeLevel.js";

/** The province-level prefixes of GB/T 2260 (31 mainland divisions, 台湾, 香港, 澳门). */
const provincePrefixes: ReadonlySet<string> = new Set([
  "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
  "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
  "71", "81", "82",
]);

/**
 * Whether a string is a well-formed GB/T 2260 administrative division code:
 * six digits starting with a province-level prefix. It does not say that the
 * division exists; `divisionOf` from the catalog does.
 *
 * @example
 * ```ts
 * isDivisionCode("230104"); //=> true
 * isDivisionCode("990104"); //=> false
 * ```
 */
export function isDivisionCode(value: string): boolean {
  return /^\d{6}$/.test(value) && provincePrefixes.has(value.slice(0, 2));
}

/**
 * The level a division code stands for, read from its digits:
 * `xx0000` is a province, `xxxx00` a prefecture, anything else a county.
 *
 * @example
 * ```ts
 * divisionLevelOf("230000"); //=> "province"
 * divisionLevelOf("230100"); //=> "prefecture"
 * divisionLevelOf("230104"); //=> "county"
 * ```
 */
export function divisionLevelOf(code: string): AdministrativeLevel {
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "prefecture";
  return "county";
}

/**
 * The code of the province a division belongs to (its first two digits
 * followed by `0000`).
 *
 * @example
 * ```ts
 * provinceCodeOf("230104"); //=> "230000"
 * ```
 */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * The code of the prefecture-level division a county belongs to (its first four
 * digits followed by `00`), or `null` for a province code. A prefecture
 * code gives itself.
 *
 * @example
 * ```ts
 * prefectureCodeOf("230104"); //=> "230100"
 * prefectureCodeOf("230000"); //=> null
 * ```
 */
export function prefectureCodeOf(code: string): string | null {
  return divisionLevelOf(code) === "province" ? null : `${code.slice(0, 4)}00`;
}

/**
 * Schema of a GB/T 2260 six-digit administrative division code.
 *
 * @example
 * ```ts
 * DivisionCode.parse("330203"); //=> "330203"
 * DivisionCode.safeParse("33020").success; //=> false
 * ```
 */
export const DivisionCode = /* @__PURE__ */ z.string().refine(isDivisionCode, {
  params: { fazhi: "divisionCode.invalid" },
  message: "Expected a six-digit GB/T 2260 division code",
});

/**
 * A GB/T 2260 six-digit administrative division code.
 *
 * @example
 * ```ts
 * const daowai: DivisionCode = "230104";
 * ```
 */
export type DivisionCode = z.infer<typeof DivisionCode>;
