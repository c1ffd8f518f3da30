import * as z from "zod";
import { IsoDate } from "./isoDate.js";
import { ResponsibleUnit } from "./responsibleUnit.js";
import { Target } from "./target.js";

/**
 * Schema of a numbered task item of a work plan: its own label as written
 * (`"6"`), the heading it stands under, its lead sentence, its full text, the
 * units responsible, the targets it sets, and an optional deadline: the day
 * (`deadline`, ISO) and the words as written (`deadlineText`: `2024年12月底前`,
 * `长期坚持`, which name no day).
 *
 * @example
 * ```ts
 * TaskItem.parse({
 *   number: "7",
 *   section: "二、积极构建职责明确、依法行政的政府部门治理体系",
 *   title: "强化事中事后监管",
 *   body: "强化事中事后监管。……",
 *   responsibleUnits: [{ name: "行政执法队", role: "responsible" }],
 *   targets: [],
 * });
 * ```
 */
export const TaskItem = /* @__PURE__ */ z.object({
  number: z.string().min(1),
  section: z.string(),
  title: z.string().min(1),
  body: z.string(),
  responsibleUnits: z.array(ResponsibleUnit),
  targets: z.array(Target),
  deadline: IsoDate.exactOptional(),
  deadlineText: z.string().min(1).exactOptional(),
});

/**
 * A task item of a work plan.
 *
 * @example
 * ```ts
 * const task: TaskItem = {
 *   number: "1",
 *   section: "一、加强法治政府部门建设统筹推进力度",
 *   title: "深入学习贯彻习近平法治思想",
 *   body: "",
 *   responsibleUnits: [{ name: "局机关党委", role: "responsible" }],
 *   targets: [],
 * };
 * ```
 */
export interface TaskItem extends z.infer<typeof TaskItem> {}
