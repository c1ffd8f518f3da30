import * as z from "zod";

/**
 * Schema of the role a unit plays in a task: `responsible` (责任单位,
 * 责任部门), `lead` (牵头单位) or `cooperating` (配合单位, 参与部门).
 *
 * @example
 * ```ts
 * UnitRole.parse("lead"); //=> "lead"
 * ```
 */
export const UnitRole = /* @__PURE__ */ z.enum(["responsible", "lead", "cooperating"]);

/**
 * The role a unit plays in a task.
 *
 * @example
 * ```ts
 * const role: UnitRole = "cooperating";
 * ```
 */
export type UnitRole = z.infer<typeof UnitRole>;

/**
 * Schema of a unit named responsible for a work-plan task, as written
 * (`局机关政策法规科`), with its role.
 *
 * @example
 * ```ts
 * ResponsibleUnit.parse({ name: "行政执法队", role: "responsible" });
 * ```
 */
export const ResponsibleUnit = /* @__PURE__ */ z.object({
  name: z.string().min(1),
  role: UnitRole,
});

/**
 * A unit responsible for a task.
 *
 * @example
 * ```ts
 * const unit: ResponsibleUnit = { name: "局直各单位", role: "responsible" };
 * ```
 */
export interface ResponsibleUnit extends z.infer<typeof ResponsibleUnit> {}
