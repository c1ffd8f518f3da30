import { closestMatch } from "./closestMatch.js";

/**
 * Checks an argument that must be an options object (or absent, unless
 * `required`), naming the function in a `TypeError` otherwise: what every
 * function of fazhi that takes options does first. With `names`, the options
 * it knows (see `optionNames`), an option of another name is a `RangeError`
 * naming it and the closest known one: a misspelt option (`measure` for
 * `measures`) is not ignored.
 *
 * @internal
 * @example
 * ```ts
 * checkOptionsObject("aggregate", { by: ["indicator"] }); // returns
 * checkOptionsObject("aggregate", null); // throws TypeError("aggregate: options must be an object")
 * checkOptionsObject("aggregate", { by: [], measure: ["min"] }, true, ["by", "measures"]); // throws RangeError('aggregate: unknown option "measure" (did you mean "measures"?); its options are by, measures')
 * ```
 */
export function checkOptionsObject(where: string, options: unknown, required = false, names?: readonly string[]): void {
  if (options === undefined && !required) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError(`${where}: options must be an object`);
  if (names === undefined) return;
  for (const name of Object.keys(options)) {
    if (names.includes(name)) continue;
    // An option set to undefined is none; a getter is not called (it may throw, or cost).
    const own = Object.getOwnPropertyDescriptor(options, name);
    if (own !== undefined && "value" in own && own.value === undefined) continue;
    const near = closestMatch(name, names);
    throw new RangeError(`${where}: unknown option ${JSON.stringify(name)}${near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`}; its options are ${names.join(", ")}`);
  }
}

/**
 * The names of the options of type `T`, written out once for a check at run time
 * (`checkOptionsObject`) and checked at compile time: a name `T` does not have, or
 * a name of `T` left out, does not compile.
 *
 * @internal
 * @example
 * ```ts
 * const names = optionNames<{ readonly by: string[]; readonly measures?: string[] }>()(["by", "measures"]);
 * names; //=> ["by", "measures"]
 * ```
 */
export function optionNames<T>(): <const N extends readonly (keyof T & string)[]>(names: N & ([Exclude<keyof T, N[number]>] extends [never] ? unknown : { readonly missing: Exclude<keyof T, N[number]> })) => readonly string[] {
  return (names) => names;
}

/**
 * Checks an option that is true or false when given: a `TypeError` naming the function and the
 * option otherwise (`includeJoint: "yes"` is not read as false).
 *
 * @internal
 * @example
 * ```ts
 * checkBooleanOption("aggregate", "includeJoint", undefined); // returns
 * checkBooleanOption("aggregate", "includeJoint", "yes"); // throws TypeError("aggregate: option includeJoint must be true or false")
 * ```
 */
export function checkBooleanOption(where: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== "boolean") throw new TypeError(`${where}: option ${name} must be true or false`);
}
