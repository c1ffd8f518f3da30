import * as z from "zod";
import { Agency } from "./agency.js";
import { DocumentDates } from "./documentDates.js";
import { ReportingYear } from "./reportingYear.js";
import { TaskItem } from "./taskItem.js";

/**
 * Schema of a work plan (工作要点, 任务分工方案): the agency, the year it plans
 * for, its title and dates, and its numbered task items in order.
 *
 * @example
 * ```ts
 * const plan = WorkPlan.parse({
 *   agency: {
 *     id: "yk-transport", name: "营口市交通运输局", kind: "department",
 *     level: "prefecture", sector: "transport", divisionCode: "210800",
 *   },
 *   year: 2021,
 *   title: "2021年营口市交通运输局加快推进法治政府部门建设工作要点",
 *   dates: { signed: "2021-08-26", published: "2022-08-17" },
 *   tasks: [],
 * });
 * ```
 */
export const WorkPlan = /* @__PURE__ */ z.object({
  agency: Agency,
  year: ReportingYear,
  title: z.string().nullable(),
  dates: DocumentDates,
  tasks: z.array(TaskItem),
});

/**
 * A work plan.
 *
 * @example
 * ```ts
 * function taskCount(plan: WorkPlan): number {
 *   return plan.tasks.length;
 * }
 * ```
 */
export interface WorkPlan extends z.infer<typeof WorkPlan> {}
