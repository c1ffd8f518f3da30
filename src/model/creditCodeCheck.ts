// The rules of a unified social credit code (统一社会信用代码, GB 32100-2015): its form, check character
// and parts. Its schema, `CreditCode`, is in creditCode.ts: the readers that look for codes in a text
// (fazhi/parse) do not load zod in Node.js.

/** The 31 symbols of GB 32100-2015, each worth its index (no I, O, S, V, Z). */
const charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/**
 * The form of a unified social credit code (two symbols, six digits of the
 * registering division, ten symbols) as a regular-expression source without
 * anchors, for readers that look for codes in a text.
 *
 * @internal
 */
export const creditCodeForm = "[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}";
const shape = /* @__PURE__ */ (() => new RegExp(`^${creditCodeForm}$`))();

/**
 * The check character (position 18) that GB 32100-2015 gives for the first
 * 17 characters of a unified social credit code: weights `3^(i-1) mod 31`,
 * check value `(31 − Σ mod 31) mod 31`. Returns `null` when the 17 characters
 * are not of the code's alphabet.
 *
 * @example
 * ```ts
 * creditCodeCheckCharacter("11330203MB1025728"); //=> "K"
 * ```
 */
export function creditCodeCheckCharacter(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  let weight = 1;
  for (const char of first17) {
    const value = charset.indexOf(char);
    if (value < 0) return null;
    sum += value * weight;
    weight = (weight * 3) % 31;
  }
  return charset.charAt((31 - (sum % 31)) % 31);
}

/**
 * Whether a string is a valid 18-character unified social credit code
 * (统一社会信用代码, GB 32100-2015): right alphabet and shape, and the
 * check character matches.
 *
 * @example
 * ```ts
 * isCreditCode("11330203MB1025728K"); //=> true
 * isCreditCode("11330203MB1025728J"); //=> false
 * ```
 */
export function isCreditCode(value: string): boolean {
  return shape.test(value) && creditCodeCheckCharacter(value.slice(0, 17)) === value.charAt(17);
}

/**
 * The parts of a unified social credit code.
 *
 * @example
 * ```ts
 * const parts: CreditCodeParts = readCreditCode("11330203MB1025728K")!;
 * ```
 */
export interface CreditCodeParts {
  /** Position 1: the registering authority (1 机构编制, 5 民政, 9 工商 …). */
  readonly registrationAuthority: string;
  /** Position 2: the kind of organisation within that authority (1 机关 for 机构编制). */
  readonly organisationCategory: string;
  /** Positions 3–8: the GB/T 2260 code of the registering authority's division. */
  readonly divisionCode: string;
  /** Positions 9–17: the organisation code (主体标识码, GB 11714). */
  readonly organisationCode: string;
  /** Position 18: the check character. */
  readonly checkCharacter: string;
}

/**
 * Splits a valid unified social credit code into its parts, or gives `null`
 * when the code is not valid. The embedded division code says where the
 * organisation was registered.
 *
 * @example
 * ```ts
 * readCreditCode("11330203MB1025728K")?.divisionCode; //=> "330203"
 * readCreditCode("not a code"); //=> null
 * ```
 */
export function readCreditCode(value: string): CreditCodeParts | null {
  if (!isCreditCode(value)) return null;
  return {
    registrationAuthority: value.charAt(0),
    organisationCategory: value.charAt(1),
    divisionCode: value.slice(2, 8),
    organisationCode: value.slice(8, 17),
    checkCharacter: value.charAt(17),
  };
}
