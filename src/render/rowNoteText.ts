/** What each row note code of the analyses means, for readers. */
const texts: Readonly<Record<string, string>> = {
  notAdditive: "不可加，各机关数值未相加 not additive: values are not summed",
  mixedUnits: "单位不同，未求和 units differ: not summed",
  ratesNotAggregated: "比率未给出分子分母，按机关分列 rates stated without components, kept per agency",
  fromComponents: "由分子分母算得 computed from numerators and denominators",
};

/**
 * A row note for readers: the known codes of `aggregate` (`notAdditive`,
 * `mixedUnits`, `ratesNotAggregated`, `fromComponents`) in Chinese and
 * English; any other note as it is.
 *
 * @example
 * ```ts
 * rowNoteText("mixedUnits"); //=> "单位不同，未求和 units differ: not summed"
 * rowNoteText("罚款金额 0.5"); //=> "罚款金额 0.5"
 * rowNoteText("constructor"); //=> "constructor"
 * ```
 */
export function rowNoteText(note: string): string {
  // Own keys only: a note named like an object's property (`constructor`, `toString`) is a note, not a function.
  return Object.hasOwn(texts, note) ? (texts[note] as string) : note;
}
