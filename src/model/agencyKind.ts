import * as z from "zod";

/**
 * Schema of the kind of agency: a whole `government` (人民政府) or one of its
 * working `department`s (工作部门: 交通运输局, 司法局 …).
 *
 * @example
 * ```ts
 * AgencyKind.parse("department"); //=> "department"
 * ```
 */
export const AgencyKind = /* @__PURE__ */ z.enum(["government", "department"]);

/**
 * A government or a department.
 *
 * @example
 * ```ts
 * const kind: AgencyKind = "government";
 * ```
 */
export type AgencyKind = z.infer<typeof AgencyKind>;
