import fc from "fast-check";

/** Keys that break code which indexes plain objects with input strings. */
export const prototypeKeys = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "toStringTag", "prototype"];

/** Strings that read as numbers no Decimal should expand, or that look like something they are not. */
export const hostileStrings = fc.constantFrom(
  "1e200000000",
  "1e10000000",
  "-1e-10000000",
  "9".repeat(1001),
  "1e61",
  "1e-31",
  "NaN",
  "Infinity",
  "-0",
  "0e999999999999",
  "[object Decimal]",
  "领导职数1,000正2副",
  "20211年度",
  "",
  "\u0000",
  "🀄",
  ...prototypeKeys,
);

/** An object whose getters throw when read. */
export function throwingObject(keys: readonly string[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(target, key, {
      enumerable: true,
      get() {
        throw new Error(`getter ${key}`);
      },
    });
  }
  return target;
}

/** Objects that pretend to be a decimal.js value. */
export const fakeDecimals = fc.constantFrom<unknown>(
  { toStringTag: "[object Decimal]" },
  { toStringTag: "[object Decimal]", s: 1, e: 200000000, d: [1] },
  { toStringTag: "[object Decimal]", s: 1, e: 0, d: null },
  { toStringTag: "[object Decimal]", s: 2, e: 0, d: [1] },
  { toStringTag: "[object Decimal]", s: 1, e: 0, d: ["1"] },
  { toStringTag: "[object Decimal]", s: 1, e: 0, d: new Array(100).fill(9) },
  throwingObject(["toStringTag", "d", "e", "s"]),
);

/** Any JSON value, with the hostile strings and prototype keys among its keys and leaves. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.jsonValue({ maxDepth: 2 }),
    hostileStrings,
    fakeDecimals,
    fc.constantFrom(0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, -0, 1e308),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...prototypeKeys), fc.string({ maxLength: 6 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A function's outcome: its result, or the error it threw. */
export function outcome<T>(run: () => T): { ok: true; value: T } | { ok: false; error: unknown } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Whether an error is a programming error that names the function's option: a TypeError or RangeError whose message starts with `where`. */
export function namesOption(error: unknown, where: string): boolean {
  return (error instanceof TypeError || error instanceof RangeError) && error.message.startsWith(where);
}
