import { describe, expect, it } from "vitest";
import { disclosureCells } from "../../../src/model/disclosureCells.js";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { disclosureGold, goldCells } from "../../helpers/disclosure.js";

const gold = disclosureGold("d04_shuyang_xian_zhengfu_xxgk_2025");
const requests = gold.requests as Record<string, unknown>;
const row = (path: string): (string | null)[] => {
  let node: unknown = requests;
  for (const part of path.split(".")) node = (node as Record<string, unknown>)[part];
  return node as (string | null)[];
};

/** Table 三 as government sites publish it: merged group cells (rowspan), the (六) sub-rows of the 2021 template. */
const rows: readonly (readonly [readonly string[], string])[] = [
  [["一、本年新收政府信息公开申请数量"], "received"],
  [["二、上年结转政府信息公开申请数量"], "carriedOver"],
  [["三、本年度办理结果", "（一）予以公开"], "granted"],
  [["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"], "partlyGranted"],
  [["（三）不予公开", "1.属于国家秘密"], "refused.stateSecret"],
  [["2.其他法律行政法规禁止公开"], "refused.otherLaw"],
  [["3.危及“三安全一稳定”"], "refused.security"],
  [["4.保护第三方合法权益"], "refused.thirdParty"],
  [["5.属于三类内部事务信息"], "refused.internalAffairs"],
  [["6.属于四类过程性信息"], "refused.processInfo"],
  [["7.属于行政执法案卷"], "refused.enforcementFile"],
  [["8.属于行政查询事项"], "refused.queryMatter"],
  [["（四）无法提供", "1.本机关不掌握相关政府信息"], "unavailable.notHeld"],
  [["2.没有现成信息需要另行制作"], "unavailable.needsCreation"],
  [["3.补正后申请内容仍不明确"], "unavailable.unclear"],
  [["（五）不予处理", "1.信访举报投诉类申请"], "notProcessed.complaint"],
  [["2.重复申请"], "notProcessed.repeated"],
  [["3.要求提供公开出版物"], "notProcessed.publication"],
  [["4.无正当理由大量反复申请"], "notProcessed.massRepeated"],
  [["5.要求行政机关确认或重新出具已获取信息"], "notProcessed.confirmation"],
  [["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], "other.noCorrection"],
  [["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], "other.feeUnpaid"],
  [["3.其他"], "other.other"],
  [["（七）总计"], "resultsTotal"],
  [["四、结转下年度继续办理"], "carriedForward"],
];

function htmlPage(blankAs: string): string {
  const td = (v: string | null) => `<td>${v ?? blankAs}</td>`;
  const body = rows.map(([labels, key]) => `<tr>${labels.map((l) => `<td>${l}</td>`).join("")}${row(key).map(td).join("")}</tr>`);
  return [
    "<html><body><h1>沭阳县人民政府2025年政府信息公开工作年度报告</h1>",
    "<p>一、总体情况</p><p>……</p>",
    "<p>二、主动公开政府信息情况</p><table>",
    '<tr><td colspan="4">第二十条第（一）项</td></tr>',
    "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>",
    "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr>",
    "<tr><td>行政规范性文件</td><td>6</td><td>1</td><td>32</td></tr>",
    "<tr><td>行政许可</td><td>517645</td></tr><tr><td>行政处罚</td><td>693957</td></tr><tr><td>行政强制</td><td>2154</td></tr>",
    "<tr><td>信息内容</td><td>本年收费金额（单位：万元）</td></tr><tr><td>行政事业性收费</td><td>4068.208</td></tr></table>",
    "<p>三、收到和处理政府信息公开申请情况</p><table>",
    '<tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>',
    '<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>',
    "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>",
    ...body,
    "</table>",
    "<p>四、政府信息公开行政复议、行政诉讼情况</p><table>",
    '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>',
    "<tr><td>27</td><td>10</td><td>9</td><td>15</td><td>61</td><td>3</td><td>0</td><td>0</td><td>0</td><td>3</td><td>8</td><td>0</td><td>1</td><td>1</td><td>10</td></tr></table>",
    "<p>五、存在的主要问题及改进情况</p><p>一是政策解读方式有待丰富。二是依申请办件质量需进一步提升。</p>",
    "<p>六、其他需要报告的事项</p><p>收取信息处理费共计380元。</p></body></html>",
  ].join("\n");
}

describe("a 2021-template HTML page with merged cells and (六) in three rows", () => {
  for (const blank of ["", "-", "/"]) {
    it(`reads every cell (blank cells written as “${blank}”)`, () => {
      const report = parseDisclosureReport(htmlPage(blank));
      const ours = new Map(disclosureCells(report).map((c) => [c.path, c.value === null ? null : c.value.toString()]));
      expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(goldCells(gold)));
      expect(report.template).toBe("2021");
      expect(report.fee?.value.toString()).toBe("380");
    });
  }
});

describe("a 2019-template report through pdftotext -layout", () => {
  const text = [
    "        2019年某某市交通运输局政府信息公开工作年度报告",
    "  一、总体情况",
    "  2019年，我局受理政府信息公开申请 12 件。",
    "  二、主动公开政府信息情况",
    "                 第二十条第（一）项",
    "     信息内容      本年新制作数量    本年新公开数量    对外公开总数量",
    "规章                  0               0               3",
    "规范性文件            2               2              15",
    "                 第二十条第（五）项",
    "     信息内容      上一年项目数量    本年增/减    处理决定数量",
    "行政许可              41              -3             3087",
    "其他对外管理服务事项    0               0               0",
    "                 第二十条第（六）项",
    "行政处罚              12              +1              552",
    "行政强制               3               0               18",
    "                 第二十条第（八）项",
    "行政事业性收费          2               0",
    "                 第二十条第（九）项",
    "     信息内容      采购项目数量    采购总金额",
    "政府集中采购            4           86.5万元",
    "  三、收到和处理政府信息公开申请情况",
    "一、本年新收政府信息公开申请数量     12   0   0   0   0   0   12",
    "二、上年结转政府信息公开申请数量      0   0   0   0   0   0    0",
    "              （一）予以公开           8   0   0   0   0   0    8",
    "              （二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "                                     1   0   0   0   0   0    1",
    "三、本年度办理结果",
    "              （三）不予公开   1.属于国家秘密   0   0   0   0   0   0   0",
    "                        2.其他法律行政法规禁止公开  0  0  0  0  0  0  0",
    "                        3.危及“三安全一稳定”     0  0  0  0  0  0  0",
    "                        4.保护第三方合法权益      0  0  0  0  0  0  0",
    "                        5.属于三类内部事务信息     0  0  0  0  0  0  0",
    "                        6.属于四类过程性信息      0  0  0  0  0  0  0",
    "                        7.属于行政执法案卷       0  0  0  0  0  0  0",
    "                        8.属于行政查询事项       0  0  0  0  0  0  0",
    "              （四）无法提供   1.本机关不掌握相关政府信息  3  0  0  0  0  0  3",
    "                        2.没有现成信息需要另行制作   0  0  0  0  0  0  0",
    "                        3.补正后申请内容仍不明确    0  0  0  0  0  0  0",
    "              （五）不予处理   1.信访举报投诉类申请   0  0  0  0  0  0  0",
    "                        2.重复申请             0  0  0  0  0  0  0",
    "                        3.要求提供公开出版物       0  0  0  0  0  0  0",
    "                        4.无正当理由大量反复申请    0  0  0  0  0  0  0",
    "                        5.要求行政机关确认或重新出具已获取信息  0  0  0  0  0  0  0",
    "              （六）其他处理                0  0  0  0  0  0  0",
    "              （七）总计                   12  0  0  0  0  0  12",
    "四、结转下年度继续办理                       0  0  0  0  0  0  0",
    "  四、政府信息公开行政复议、行政诉讼情况",
    "  1  0  0  0  1  0  0  0  0  0  0  0  0  0  0",
    "  五、存在的主要问题及改进情况",
    "  主动公开的深度和广度还需拓展，下一步将加强培训。",
    "  六、其他需要报告的事项",
    "  本年度未收取信息处理费。",
  ].join("\n");

  it("reads table 二's 2019 columns, signed changes and a procurement amount with its unit", () => {
    const report = parseDisclosureReport(text);
    expect(report.template).toBe("2019");
    expect(JSON.parse(JSON.stringify(report.active))).toEqual({
      regulations: { made: "0", published: "0", total: "3" },
      normativeDocuments: { made: "2", published: "2", total: "15" },
      licensing: { lastYear: "41", change: "-3", decisions: "3087" },
      otherServices: { lastYear: "0", change: "0", decisions: "0" },
      penalties: { lastYear: "12", change: "1", decisions: "552" },
      coercion: { lastYear: "3", change: "0", decisions: "18" },
      fees: { lastYear: "2", change: "0" },
      procurement: { items: "4", amount: "86.5", unit: "万元" },
    });
    expect(JSON.parse(JSON.stringify(report.requests.other))).toEqual(["0", "0", "0", "0", "0", "0", "0"]);
    expect(report.requests.resultsTotal[6]?.toString()).toBe("12");
    expect(report.requests.partlyGranted[6]?.toString()).toBe("1");
    expect(report.requests.unavailable.notHeld[6]?.toString()).toBe("3");
    expect(report.reviews.reconsideration.total?.toString()).toBe("1");
    expect(report.fee?.value.toString()).toBe("0");
    expect(report.issues).toEqual([]);
  });
});

describe("prose figures", () => {
  const figures = (prose: string) =>
    parseDisclosureReport(`2023年某某县人民政府政府信息公开工作年度报告\n一、总体情况\n${prose}\n`).textFigures.map((f) => [
      f.value.toString(),
      "cells" in f ? f.cells.join(",") : `${f.numerator.length}/${f.denominator.join(",")}`,
    ]);

  it("reads counts restated in the prose, with the cells they restate", () => {
    expect(figures("全年共收到政府信息公开申请56件，上年结转3件，办结54件，结转下年度5件。")).toEqual([
      ["56", "requests.received.total"],
      ["3", "requests.carriedOver.total"],
      ["54", "requests.resultsTotal.total"],
      ["5", "requests.carriedForward.total"],
    ]);
    expect(figures("其中予以公开30件，占55.6%；不予公开2件。")).toEqual([
      ["30", "requests.granted.total"],
      ["55.6", "1/requests.resultsTotal.total"],
      ["2", expect.stringMatching(/^requests\.refused\.stateSecret\.total,.*requests\.refused\.queryMatter\.total$/)],
    ]);
  });

  it("counts reviews and generic totals only in a sentence about disclosure", () => {
    expect(figures("全县共办理行政复议案件15件（含上年结转2件），行政诉讼案件8件。共办理人大代表建议12件。")).toEqual([]);
    expect(figures("本年度发生政府信息公开行政复议案件2件、行政诉讼案件1件，均获维持。")).toEqual([
      ["2", "reviews.reconsideration.total"],
      ["1", "reviews.litigationDirect.total,reviews.litigationAfterReconsideration.total"],
      ["0", "reviews.reconsideration.corrected,reviews.reconsideration.other,reviews.reconsideration.pending"],
      [
        "0",
        "reviews.litigationDirect.corrected,reviews.litigationDirect.other,reviews.litigationDirect.pending,reviews.litigationAfterReconsideration.corrected,reviews.litigationAfterReconsideration.other,reviews.litigationAfterReconsideration.pending",
      ],
    ]);
  });
});
