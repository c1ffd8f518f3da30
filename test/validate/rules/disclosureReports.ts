// Builders for the disclosure rule tests: the shared reports, read as published (full-width) or folded to ASCII.
import { Decimal } from "../../../src/model/decimal.js";
import type { DisclosureReport } from "../../../src/model/disclosureReport.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { foldText } from "../../../src/parse/foldText.js";
import { type ValidateDisclosureOptions, validateDisclosure } from "../../../src/validate/disclosure/index.js";
import { disclosureText } from "../../helpers/disclosure.js";

/** A disclosure report of the shared set, by the start of its name (`d01` …), parsed from its text. */
export function report(name: "d01" | "d04" | "d06" | "d07"): DisclosureReport {
  return parseDisclosureReport(disclosureText(fullNames[name]));
}

const fullNames = {
  d01: "d01_shanghai_zfbgt_xxgk_2019",
  d04: "d04_shuyang_xian_zhengfu_xxgk_2025",
  d06: "d06_hongze_qu_zhengfu_xxgk_2023",
  d07: "d07_hongze_qu_zhengfu_xxgk_2024",
} as const;

/** The text of a shared report. */
export function text(name: "d01" | "d04" | "d06" | "d07"): string {
  return disclosureText(fullNames[name]);
}

/** The two widths a text is read in: as published (full-width) and folded to ASCII. */
export const disclosureWidths: readonly (readonly [string, (text: string) => string])[] = [
  ["full-width", (t: string) => t],
  ["ASCII", foldText],
];

/** A decimal. */
export const dec = (value: string | number): Decimal => new Decimal(value);

/** The issues of one code that `validateDisclosure` gives. */
export function issuesOf(code: string, value: DisclosureReport, options: ValidateDisclosureOptions = {}) {
  return validateDisclosure(value, options).filter((i) => i.code === code);
}

/** The report with cells of one row of table 三 changed (`{ 0: dec(96) }`: 自然人 becomes 96), and no text figures, so only the tables speak. */
export function withRequestCells(
  value: DisclosureReport,
  row: "received" | "carriedOver" | "granted",
  cells: Readonly<Record<number, Decimal>>,
): DisclosureReport {
  const changed = value.requests[row].map((cell, i) => cells[i] ?? cell) as DisclosureReport["requests"][typeof row];
  return { ...value, textFigures: [], requests: { ...value.requests, [row]: changed } };
}

/** The findings of `validateDisclosure` as the gold writes them: rule (without `disclosure.`), cells sorted, left and right; sorted. */
export function goldLikeFindings(value: DisclosureReport): { rule: string; cells: string; left: string; right: string }[] {
  return validateDisclosure(value)
    .map((i) => ({
      rule: i.code.replace(/^disclosure\./, ""),
      cells: String(i.params["cells"] ?? "").split(",").sort().join(","),
      left: typeof i.params["left"] === "string" ? i.params["left"] : "",
      right: typeof i.params["right"] === "string" ? i.params["right"] : "",
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
