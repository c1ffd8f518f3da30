import { disclosureCells } from "../../model/disclosureCells.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";

/**
 * `disclosure.cells.blank`: the blank cells of tables 二–四, listed once per
 * report. A blank is missing, not zero; relations that depend on it are not
 * reported unless the filled cells already break them.
 *
 * @example
 * ```ts
 * disclosureCellsBlank.code; //=> "disclosure.cells.blank"
 * ```
 */
export const disclosureCellsBlank: DisclosureRule = {
  code: "disclosure.cells.blank",
  severity: "info",
  messages: {
    zh: "表格中有{count}个单元格空白（缺失，不按零计）",
    en: "{count} table cells are blank (missing, not zero)",
  },
  check(report) {
    const blanks = disclosureCells(report)
      .filter((c) => c.value === null)
      .map((c) => c.path);
    return blanks.length === 0 ? [] : [{ path: ["cells"], params: { cells: blanks.join(","), count: blanks.length } }];
  },
};
