import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/parse/index.js";
import { foldText } from "../../src/parse/foldText.js";
import { isParallelClause } from "../../src/parse/parallelClause.js";
import { growth } from "../helpers/growth.js";
import { toFullWidth } from "../helpers/fullWidth.js";

/** Whether the figure written `second` continues the clause of the figure written `first` in `text`. */
const parallel = (text: string, first: string, second: string) => {
  const folded = foldText(text);
  const a = text.indexOf(first);
  const b = text.indexOf(second, a + first.length);
  return isParallelClause(folded, { start: a, end: a + first.length }, b);
};

/** The figures of a text read for a 2023 report, as [number, indicator, year]. */
const figures = (text: string) => extractQuantities(text, { reportingYear: 2023 }).quantities.map((q) => [q.number, q.indicator, q.year ?? null]);

describe("isParallelClause: a clause of another year that leaves out what the clause before counts", () => {
  it("reads a clause that opens with a period and has the verb of the clause before, or none, and no object", () => {
    expect(parallel("2022年办理行政复议案件18件,2023年办理23件。", "18件", "23件")).toBe(true);
    expect(parallel("2022年,全区办理行政复议案件18件,2023年23件。", "18件", "23件")).toBe(true);
    expect(parallel("2022年全区共受理行政复议申请18件;2023年共受理23件。", "18件", "23件")).toBe(true);
    expect(parallel("全区办理行政复议案件23件,上年同期为18件。", "23件", "18件")).toBe(true);
    expect(parallel("2023年办理行政复议案件23件,2022年同期为18件。", "23件", "18件")).toBe(true);
    expect(parallel("在2022年办理行政复议案件18件,在2023年办理了23件。", "18件", "23件")).toBe(true);
    expect(parallel("2022年全局受理行政复议申请14件,2023年受理21件。", "14件", "21件")).toBe(true);
    expect(parallel("我镇2022年调处矛盾纠纷86件,2023年我镇调处95件。", "86件", "95件")).toBe(true);
    // The first clause's year after its subject (我支队2022年办理…): what it counts follows the year.
    expect(parallel("我支队2022年办理行政处罚案件86件,2023年办理102件。", "86件", "102件")).toBe(true);
    expect(parallel("县市场监管局2022年共查处违法案件236件,2023年查处281件。", "236件", "281件")).toBe(true);
    // The first clause's subject after its year (2022年全市税务系统共受理…): the verb stands inside what it counts.
    expect(parallel("2022年全市税务系统共受理纳税人投诉326件,2023年共受理281件。", "326件", "281件")).toBe(true);
  });

  it("reads none where the clause names another verb or object, opens with no period, or is not next to the first", () => {
    expect(parallel("2022年办理行政复议案件18件,2023年审结23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件,2023年办理行政应诉案件23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年全区行政复议案件办理18件,2023年办理23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件,办理23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件,审结16件,2023年办理23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件。2023年办理23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件,2023年以来办理23件。", "18件", "23件")).toBe(false);
    expect(parallel("2022年办理行政复议案件18件,2023年3月办理23件。", "18件", "23件")).toBe(false);
  });

  it("is linear: a long run of clauses that open with years", () => {
    const text = (n: number) => `办理行政复议案件18件${",2022年办理办理".repeat(n)}23件`;
    const run = (t: string) => isParallelClause(t, { start: 8, end: 11 }, t.length - 3);
    expect(growth(run, text(5000), text(20000))).toBeLessThan(10);
  });
});

describe("extractQuantities: the second of two parallel clauses measures what the first does", () => {
  it.each([
    ["2022年办理行政复议案件18件,2023年办理23件。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null]]],
    ["2022年,全区办理行政复议案件18件,2023年23件,同比增长27.8%。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null], ["27.8%", null, null]]],
    ["全区办理行政应诉案件31件,上年同期为29件。", [["31件", "litigation.cases", null], ["29件", "litigation.cases", 2022]]],
    ["2023年查处违法案件1,286起,2022年同期为1,102起。", [["1,286起", "enforcement.penaltyCases", null], ["1,102起", "enforcement.penaltyCases", 2022]]],
    ["受理行政复议申请:2022年18件,2023年23件。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null]]],
    ["2022年败诉率为8.1%,2023年为5.2%。", [["8.1%", "litigation.lossRate", 2022], ["5.2%", "litigation.lossRate", null]]],
    ["2022年罚款金额326.4万元,2023年412.3万元。", [["326.4万元", "enforcement.fineAmount", 2022], ["412.3万元", "enforcement.fineAmount", null]]],
  ])("%s", (text, expected) => {
    expect(figures(text)).toEqual(expected);
    expect(figures(toFullWidth(text)).map(([, code, year]) => [code, year])).toEqual(expected.map(([, code, year]) => [code, year]));
  });

  it("carries nothing where the years are the same, the units differ or the clause names another verb", () => {
    expect(figures("办理行政复议案件18件,2023年23件。")[1]).toEqual(["23件", null, null]);
    expect(figures("2022年办理行政复议案件18件,2023年23人。")[1]).toEqual(["23人", null, null]);
    expect(figures("2022年办理行政复议案件18件,2023年审结23件。")[1]).toEqual(["23件", null, null]);
  });
});

describe("isParallelClause's example", () => {
  it("holds", () => {
    const text = "2022年办理行政复议案件18件,2023年办理23件。";
    expect(isParallelClause(text, { start: 13, end: 16 }, 24)).toBe(true);
  });
});
