/**
 * Checks an argument that must be an options object (or absent, unless
 * `required`), naming the function in a `TypeError` otherwise: what every
 * function of fazhi that takes options does first.
 *
 * @internal
 * @example
 * ```ts
 * checkOptionsObject("aggregate", { by: ["indicator"] }); // returns
 * checkOptionsObject("aggregate", null); // throws TypeError("aggregate: options must be an object")
 * ```
 */
export function checkOptionsObject(where: string, options: unknown, required = false): void {
  if (options === undefined && !required) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) throw new TypeError(`${where}: options must be an object`);
}
