import * as z from "zod";

/**
 * Schema of a level of the administrative hierarchy: `province` (省级),
 * `prefecture` (地级: 市、州、盟) or `county` (县级: 县、区、县级市、旗).
 *
 * @example
 * ```ts
 * AdministrativeLevel.parse("county"); //=> "county"
 * ```
 */
export const AdministrativeLevel = /* @__PURE__ */ z.enum(["province", "prefecture", "county"]);

/**
 * A level of the administrative hierarchy.
 *
 * @example
 * ```ts
 * const level: AdministrativeLevel = "prefecture";
 * ```
 */
export type AdministrativeLevel = z.infer<typeof AdministrativeLevel>;
