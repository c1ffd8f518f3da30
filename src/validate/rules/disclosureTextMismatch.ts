import { Decimal } from "../../model/decimal.js";
import { issueMessages } from "../../model/issueMessages.js";
import { disclosureSum } from "../../model/disclosureCells.js";
import type { DisclosureReport, DisclosureTextFigure } from "../../model/disclosureReport.js";
import type { Finding } from "../rule.js";
import type { DisclosureRule } from "../disclosure/disclosureRule.js";

function sumFinding(report: DisclosureReport, figure: Extract<DisclosureTextFigure, { cells: string[] }>, index: number): Finding | null {
  const { sum, blanks, absent } = disclosureSum(report, figure.cells);
  if (absent > 0 || blanks === figure.cells.length) return null;
  const fails = blanks > 0 ? figure.value.lessThan(sum) : !figure.value.equals(sum);
  if (!fails) return null;
  return {
    path: ["textFigures", index],
    params: { cells: figure.cells.join(","), left: figure.value.toString(), right: `${blanks > 0 ? "≥" : ""}${sum.toString()}`, quote: figure.quote },
    ...(figure.span ? { span: figure.span } : {}),
  };
}

function shareFinding(report: DisclosureReport, figure: Extract<DisclosureTextFigure, { unit: "%" }>, index: number): Finding | null {
  const numerator = disclosureSum(report, figure.numerator);
  const denominator = disclosureSum(report, figure.denominator);
  if (numerator.absent > 0 || denominator.absent > 0 || denominator.blanks > 0 || denominator.sum.isZero()) return null;
  const places = figure.value.decimalPlaces();
  const share = numerator.sum.dividedBy(denominator.sum).times(100);
  const truncated = share.toDecimalPlaces(places, Decimal.ROUND_DOWN);
  const rounded = share.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  // With blanks the share is at least `share`; the stated one can be any rounding of a larger value.
  const fails = numerator.blanks > 0 ? figure.value.lessThan(truncated) : !figure.value.equals(truncated) && !figure.value.equals(rounded);
  if (!fails) return null;
  const shown = share.toDecimalPlaces(3, Decimal.ROUND_HALF_UP).toString();
  return {
    path: ["textFigures", index],
    params: {
      cells: [...figure.numerator, ...figure.denominator].join(","),
      left: figure.value.toString(),
      right: `${numerator.blanks > 0 ? "≥" : ""}${shown}`,
      quote: figure.quote,
    },
    ...(figure.span ? { span: figure.span } : {}),
  };
}

/**
 * `disclosure.text.mismatch`: a figure of the prose differs from the cells it
 * restates (受理申请17件 against 本年新收 95). A share holds when it equals the
 * exact share rounded half-up or truncated to its decimals; with blank cells
 * the figure is reported only when no values of the blanks can make it hold.
 *
 * @example
 * ```ts
 * disclosureTextMismatch.code; //=> "disclosure.text.mismatch"
 * ```
 */
export const disclosureTextMismatch: DisclosureRule = {
  code: "disclosure.text.mismatch",
  severity: "warning",
  messages: issueMessages["disclosure.text.mismatch"],
  check(report) {
    return report.textFigures.flatMap((figure, i) => {
      const finding = "unit" in figure ? shareFinding(report, figure, i) : sumFinding(report, figure, i);
      return finding ? [finding] : [];
    });
  },
};
