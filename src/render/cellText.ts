import type { TableCell } from "../model/table.js";
import { formatEstimate } from "./formatEstimate.js";
import { formatRate } from "./formatRate.js";
import type { RenderOptions } from "./numberStyle.js";

/**
 * A cell as readers see it in Markdown and HTML: a dimension's label where
 * it has one (`罚款金额` for `enforcement.fineAmount`; the code stays in
 * CSV, JSON and the HTML cell's `title`), else its value; an estimate with its
 * qualifier and unit, a rate in %, a count, ids joined by `、`; `—` for an
 * empty cell.
 *
 * @example
 * ```ts
 * cellText({ kind: "dimension", value: "230100", label: "哈尔滨市" }); //=> "哈尔滨市"
 * cellText(null); //=> "—"
 * ```
 */
export function cellText(cell: TableCell | null | undefined, options: RenderOptions = {}): string {
  if (cell === null || cell === undefined) return "—";
  switch (cell.kind) {
    case "dimension":
      return cell.label ?? (cell.value === null ? "—" : String(cell.value));
    case "estimate":
      return formatEstimate(cell, options);
    case "rate":
      return formatRate(cell, options);
    case "count":
      return String(cell.value);
    case "ids":
      return cell.value.length === 0 ? "—" : cell.value.join("、");
  }
}
