import * as z from "zod";
import { ResponsibleUnit } from "./responsibleUnit.js";
import { IsoDate } from "./isoDate.js";
import { Span } from "./span.js";
import { Target } from "./target.js";

/**
 * Schema of a work-plan task item as read from a document (the gold
 * annotation format): its label, the heading it stands under, its lead
 * sentence without the trailing 。, and the units named in its 责任单位 note,
 * as written and in order. A parser may add the item's `body` and `span`, the
 * `units` with their roles (责任单位 → `responsible`, 牵头单位 → `lead`, 配合单位
 * → `cooperating`), the `targets` stated inside it, and its deadline: as
 * written in its note (`deadlineText`: `2024年12月底前完成`, `持续推进`) and, where
 * that names a day, as an ISO date (`deadline`: `2024-12-31`). An item whose
 * sub-items (`(1)`, `(2)`) carry notes of their own has every unit they and
 * it name, each once, and the latest day they name (see `readTasks`).
 *
 * @example
 * ```ts
 * ParsedTask.parse({
 *   number: "6",
 *   section: "二、积极构建职责明确、依法行政的政府部门治理体系",
 *   title: "加快推进“一网通办”,不断提高便民服务水平",
 *   responsibleUnits: ["局机关行政审批科", "行政执法队"],
 * });
 * ```
 */
export const ParsedTask = /* @__PURE__ */ z.object({
  number: z.string().min(1),
  section: z.string(),
  title: z.string(),
  responsibleUnits: z.array(z.string().min(1)),
  body: z.string().exactOptional(),
  span: Span.exactOptional(),
  units: z.array(ResponsibleUnit).exactOptional(),
  targets: z.array(Target).exactOptional(),
  deadline: IsoDate.exactOptional(),
  deadlineText: z.string().min(1).exactOptional(),
});

/**
 * A work-plan task item as read from a document.
 *
 * @example
 * ```ts
 * function units(task: ParsedTask): string {
 *   return task.responsibleUnits.join("、");
 * }
 * ```
 */
export interface ParsedTask extends z.infer<typeof ParsedTask> {}
