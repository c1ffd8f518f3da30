import { disclosureCells } from "../../model/disclosureCells.js";
import { issueMessages } from "../../model/issueMessages.js";
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
  messages: issueMessages["disclosure.cells.blank"],
  check(report) {
    const blanks = disclosureCells(report)
      .filter((c) => c.value === null)
      .map((c) => c.path);
    return blanks.length === 0 ? [] : [{ path: ["cells"], params: { cells: blanks.join(","), count: blanks.length } }];
  },
};
