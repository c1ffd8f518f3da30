import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../eval/score.js";
import { corpusDir } from "../helpers/corpus.js";
import { indicators } from "../../src/index.js";
import { extractQuantities } from "../../src/parse/index.js";
import type { IndicatorCode } from "../../src/index.js";
import { fullWidthOf } from "../helpers/fullWidth.js";

/** The punctuation published pages use, one for one, every mark (digits stay ASCII here). */
const toFullWidth = (text: string): string => [...text].map((ch) => fullWidthOf[ch] ?? ch).join("");
const toFullWidthDigits = (text: string): string =>
  text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));

/** The figures of a text with their indicator (and whether a target), as `number → code`. */
function codes(text: string): string[] {
  return extractQuantities(text).quantities.map(
    (q) => `${q.number} → ${q.indicator ?? "null"}${q.modality === "target" ? " [target]" : ""}`,
  );
}

/** Checks a text as written (ASCII punctuation), with full-width punctuation, and with full-width digits too. */
function expectCodes(text: string, expected: string[]): void {
  expect(codes(text)).toEqual(expected);
  const fullWidth = toFullWidth(text);
  expect(codes(fullWidth)).toEqual(expected.map(toFullWidth));
  const wide = toFullWidthDigits(fullWidth);
  expect(codes(wide).map((line) => line.replace(/ → .*/, ""))).toEqual(expected.map((line) => toFullWidthDigits(toFullWidth(line.replace(/ → .*/, "")))));
  expect(codes(wide).map((line) => line.replace(/^.* → /, ""))).toEqual(expected.map((line) => line.replace(/^.* → /, "")));
}

/** The indicator code of the figure written `number` in `text` (`undefined` when no such figure is read). */
function codeOf(text: string, number: string): IndicatorCode | null | undefined {
  return extractQuantities(text).quantities.find((q) => q.number === number)?.indicator;
}

describe("classifyIndicators: the measured noun, its synonyms and verb forms", () => {
  it.each([
    // enforcement by procedure: both are penalty cases, their fines are fine amounts
    ["我局共办理简易程序案件55603件,处罚金额共696.645万元。", ["55603件 → enforcement.penaltyCases", "696.645万元 → enforcement.fineAmount"]],
    ["一般程序案件共办理2326件,罚款金额918.9981万元。", ["2326件 → enforcement.penaltyCases", "918.9981万元 → enforcement.fineAmount"]],
    ["全年立案查处违法案件356起,罚没款56.7万元。", ["356起 → enforcement.penaltyCases", "56.7万元 → enforcement.confiscationAmount"]],
    // reconsideration and litigation received, whatever the verb
    ["受理行政诉讼13件,收到行政复议5件。", ["13件 → litigation.cases", "5件 → reconsideration.cases"]],
    ["共应诉8件,收到复议申请5件。", ["8件 → litigation.cases", "5件 → reconsideration.cases"]],
    ["全年行政应诉案件23起,行政机关负责人出庭应诉23起,出庭率100%。", ["23起 → litigation.cases", "23起 → litigation.headAppearances", "100% → litigation.headAppearanceRate"]],
    ["行政诉讼败诉3件,败诉率5%。", ["3件 → litigation.lost", "5% → litigation.lossRate"]],
    ["行政复议纠错2件,纠错率10%。", ["2件 → reconsideration.corrected", "10% → reconsideration.correctionRate"]],
    // certification
    ["全局执法人员持证比例98%以上,持证执法人员120名。", ["98% → enforcement.certificationRate", "120名 → enforcement.certifiedOfficers"]],
    ["组织行政执法证年审,2020年审验48人次、新办2人次。", ["48人次 → enforcement.certifiedOfficers", "2人次 → enforcement.certifiedOfficers"]],
    // training
    ["举办法治培训班3期,培训执法人员260人次。", ["3期 → leadership.lawTrainingSessions", "260人次 → enforcement.officersTrained"]],
    // disclosure
    ["全年主动公开政府信息1520条,受理政府信息公开申请21件。", ["1520条 → disclosure.activeDisclosures", "21件 → disclosure.applicationsReceived"]],
    // legality reviews
    ["开展合法性审查56件,重大执法决定法制审核12件。", ["56件 → decisions.legalityReviews", "12件 → enforcement.majorDecisionReviews"]],
    // random inspections and their publicity
    ["双随机抽查企业120家,抽查结果公示率100%。", ["120家 → enforcement.randomInspectionSubjects", "100% → disclosure.inspectionPublicityRate"]],
    // mediation
    ["调解矛盾纠纷120件,调解成功率98%。", ["120件 → mediation.cases", "98% → mediation.successRate"]],
    ["出台规范性文件3件。", ["3件 → normative.documentsIssued"]],
    ["全年开展“双随机、一公开”抽查86次,检查市场主体432户。", ["86次 → enforcement.randomInspections", "432户 → enforcement.randomInspectionSubjects"]],
    ["全年作出行政处罚决定230件,查封扣押12次。", ["230件 → enforcement.penaltyCases", "12次 → enforcement.coerciveMeasures"]],
    ["办理人大代表建议36件、政协提案42件。", ["36件 → oversight.proposalsHandled", "42件 → oversight.proposalsHandled"]],
    ["报送备案规范性文件5件,宣布失效规范性文件3件。", ["5件 → normative.documentsFiled", "3件 → normative.documentsRepealed"]],
    ["组建应急救援队伍12支,完成审计项目8项。", ["12支 → emergency.rescueTeams", "8项 → oversight.auditProjects"]],
    ["查处超限超载车辆320台次,出动执法人员3200人次。", ["320台次 → transport.overloadVehiclesHandled", "3200人次 → transport.enforcementDeployments"]],
    // a label and its colon name the figure after them
    ["行政处罚案件数:856件;罚没款:共计1,234.5万元;行政复议案件:约23件。", ["856件 → enforcement.penaltyCases", "1,234.5万元 → enforcement.confiscationAmount", "23件 → reconsideration.cases"]],
    // fines and confiscations together are 罚没款
    ["共处罚款及没收违法所得合计345.6万元,罚款20万元。", ["345.6万元 → enforcement.confiscationAmount", "20万元 → enforcement.fineAmount"]],
    ["罚款与没收违法所得共计1,234万元。", ["1,234万元 → enforcement.confiscationAmount"]],
    // a public security bureau's administrative cases are its enforcement cases; the filing review rate is the filing rate
    ["全年办理行政案件1.86万起,查处违法人员1200人。", ["1.86万起 → enforcement.penaltyCases", "1200人 → null"]],
    ["共查处各类治安行政案件3,456起。", ["3,456起 → enforcement.penaltyCases"]],
    ["规范性文件备案审查率达100%。", ["100% → normative.filingRate"]],
    ["报送备案审查规范性文件5件,备案审查率100%。", ["5件 → normative.documentsFiled", "100% → normative.filingRate"]],
    // a legality review rate is no filing rate (both end in 审查率); 立案处罚 counts penalty cases
    ["全年审查行政规范性文件8件,合法性审查率100%。", ["8件 → null", "100% → decisions.legalityReviewRate"]],
    ["重大行政决策合法性审核率达100%,规范性文件备案审查率100%。", ["100% → decisions.legalityReviewRate", "100% → normative.filingRate"]],
    ["检查生产经营单位1,856家次,立案处罚82起,罚款298.5万元。", ["1,856家次 → null", "82起 → enforcement.penaltyCases", "298.5万元 → enforcement.fineAmount"]],
    // a legal review rate of enforcement decisions is no legality review rate of documents and decisions
    ["行政执法公示率100%,重大执法决定法制审核率100%。", ["100% → disclosure.enforcementPublicityRate", "100% → null"]],
    // the lenient-penalty list named as 包容免罚清单
    ["全面推行“首违不罚”,纳入包容免罚清单事项56项。", ["56项 → enforcement.lenientListItems"]],
    // a bare rate word at the end of a long sentence about reconsideration
    [
      "全区共收到行政复议申请43件,依法受理38件,不予受理5件;审结35件,其中维持24件,撤销3件,确认违法2件,驳回6件,直接纠错率14.3%。",
      ["43件 → reconsideration.cases", "38件 → null", "5件 → null", "35件 → null", "24件 → null", "3件 → null", "2件 → null", "6件 → null", "14.3% → reconsideration.correctionRate"],
    ],
    // the level a change starts from is another period's figure
    ["全年行政诉讼败诉率由上年的15%降至8%。", ["15% → null", "8% → litigation.lossRate"]],
    ["行政复议纠错率从12%下降到6%,行政复议案件由原来的18件", ["12% → null", "6% → reconsideration.correctionRate", "18件 → null"]],
    // an agency's own reconsideration and litigation rates are not those of its information-disclosure cases
    ["全年行政复议纠错率为5%,行政诉讼败诉率为8%。", ["5% → reconsideration.correctionRate", "8% → litigation.lossRate"]],
    ["力争行政复议纠错率控制在5%以内。", ["5% → reconsideration.correctionRate [target]"]],
    ["因政府信息公开引发的行政复议纠错率为0%,政府信息公开行政诉讼败诉率为0%。", ["0% → disclosure.reconsiderationCorrectionRate", "0% → disclosure.litigationLossRate"]],
  ])("%s", (text, expected) => expectCodes(text, expected));

  it("has a test sentence above for each indicator added beyond the shared catalog", () => {
    const added = ["decisions.legalityReviews", "decisions.legalityReviewRate", "enforcement.majorDecisionReviews", "disclosure.activeDisclosures", "leadership.lawTrainingSessions"];
    for (const code of added) expect(indicators.map((i) => i.code)).toContain(code);
  });
});

describe("classifyIndicators: a change from one level to another (由…的X增加到Y)", () => {
  /** The figures of a text read for a 2023 report, as [number, indicator, year]. */
  const levels = (text: string) =>
    extractQuantities(text, { reportingYear: 2023 }).quantities.map((q) => [q.number, q.indicator, q.year ?? null]);

  it.each([
    ["行政复议案件由2022年的18件增加到23件。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null]]],
    ["行政复议案件由上年的18件增加到23件。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null]]],
    ["行政复议案件由18件增加到23件。", [["18件", null, null], ["23件", "reconsideration.cases", null]]],
    ["行政诉讼案件从去年同期的12起下降至7起。", [["12起", "litigation.cases", 2022], ["7起", "litigation.cases", null]]],
    ["全年行政诉讼败诉率由上年的15%降至8%。", [["15%", "litigation.lossRate", 2022], ["8%", "litigation.lossRate", null]]],
    ["行政处罚案件由2021年的1,200件减少到了980件。", [["1,200件", "enforcement.penaltyCases", 2021], ["980件", "enforcement.penaltyCases", null]]],
    ["行政复议案件由2022年的18件增加到23件，增长27.8%。", [["18件", "reconsideration.cases", 2022], ["23件", "reconsideration.cases", null], ["27.8%", null, null]]],
  ])("%s", (text, expected) => {
    expect(levels(text)).toEqual(expected);
    expect(levels(toFullWidth(text)).map(([, code, year]) => [code, year])).toEqual(expected.map(([, code, year]) => [code, year]));
  });

  it("gives the level of another period no indicator when its year is not known (原来, 年初, no report year)", () => {
    expect(levels("覆盖率由原来的37.55%提升到95.65%。").map(([, code]) => code)).toEqual([null, null]);
    expect(levels("行政复议案件由年初的18件增加到23件。")).toEqual([["18件", null, null], ["23件", "reconsideration.cases", null]]);
    expect(codeOf("全年行政诉讼败诉率由上年的15%降至8%。", "15%")).toBeNull();
  });
});

describe("classifyIndicators: the level a comparison starts from (较2022年的9件增长…)", () => {
  /** The figures of a text read for a 2023 report, as [number, indicator, year]. */
  const levels = (text: string) =>
    extractQuantities(text, { reportingYear: 2023 }).quantities.map((q) => [q.number, q.indicator, q.year ?? null]);

  it.each([
    ["受理政府信息公开申请15件,较2022年的9件增长66.7%。", [["15件", "disclosure.applicationsReceived", null], ["9件", "disclosure.applicationsReceived", 2022], ["66.7%", null, null]]],
    ["办理行政复议案件23件,同比2022年的18件增长27.8%。", [["23件", "reconsideration.cases", null], ["18件", "reconsideration.cases", 2022], ["27.8%", null, null]]],
    ["罚款金额12.8万元,较上年的9.6万元增长33.3%。", [["12.8万元", "enforcement.fineAmount", null], ["9.6万元", "enforcement.fineAmount", 2022], ["33.3%", null, null]]],
    ["查处违法案件1,286起,比上年的1,102件增加184件。", [["1,286起", "enforcement.penaltyCases", null], ["1,102件", "enforcement.penaltyCases", 2022], ["184件", null, null]]],
    ["查处食品安全案件326件,较2022年同期的281件增长16%。", [["326件", "enforcement.penaltyCases", null], ["281件", "enforcement.penaltyCases", 2022], ["16%", null, null]]],
    ["行政应诉案件31件,与2022年的29件相比增加2件。", [["31件", "litigation.cases", null], ["29件", "litigation.cases", 2022], ["2件", null, null]]],
    ["行政诉讼败诉率为5.2%,较2022年度的8.1%下降2.9个百分点。", [["5.2%", "litigation.lossRate", null], ["8.1%", "litigation.lossRate", 2022], ["2.9个百分点", null, null]]],
  ])("%s", (text, expected) => {
    expect(levels(text)).toEqual(expected);
    expect(levels(toFullWidth(text)).map(([, code, year]) => [code, year])).toEqual(expected.map(([, code, year]) => [code, year]));
  });

  it("gives the compared level no indicator where no period is named, the units differ, or another sentence holds the figure", () => {
    // No year named: as the level of a change from no named period (由18件增加到23件).
    expect(levels("受理政府信息公开申请15件,较原来的9件增长66.7%。")[1]).toEqual(["9件", null, null]);
    // 9人 counts people, not applications.
    expect(levels("受理政府信息公开申请15件,较2022年的9人增加。")[1]).toEqual(["9人", null, 2022]);
    // The figure it would be compared with stands in another sentence.
    expect(levels("受理政府信息公开申请15件。较2022年的9件增长66.7%。")[1]).toEqual(["9件", null, 2022]);
  });
});

describe("classifyIndicators: guards", () => {
  it("gives a code only when the unit is in the indicator's unit group", () => {
    // 家 counts enterprises, not inspections (次); 日 is a time limit; % of change is no count
    expectCodes("开展执法检查230次,检查企业560家。", ["230次 → enforcement.inspections", "560家 → null"]);
    expect(codeOf("查处行政处罚案件平均用时3个月", "3个月")).toBeNull();
    expect(codeOf("罚款办理时限缩短至3个工作日", "3个工作日")).toBeNull();
    expect(codeOf("查处案件12辆", "12辆")).toBeNull();
    expect(codeOf("查处案件12起", "12起")).toBe("enforcement.penaltyCases");
    expect(codeOf("行政处罚案件数量同比增长15%", "15%")).toBeNull();
  });

  it("does not take N日内 or N个工作日内 limits as measures", () => {
    for (const text of ["行政处罚决定在7个工作日内公示,行政复议申请在5日内受理。", "投诉举报件在15日内办结,行政处罚案件30日内结案。"]) {
      for (const form of [text, toFullWidth(text), toFullWidthDigits(toFullWidth(text))]) {
        expect(extractQuantities(form).quantities.every((q) => q.indicator === null), form).toBe(true);
      }
    }
  });

  it("does not take session labels as measures", () => {
    expect(extractQuantities("召开执法检查工作会议,贯彻十届十次全会精神。").quantities.every((q) => q.indicator === null)).toBe(true);
    expect(extractQuantities("开展执法检查,学习三次全会精神。").quantities.every((q) => q.indicator === null)).toBe(true);
  });

  it("reads a bare rate word only with its object in the sentence", () => {
    expectCodes("人大代表建议、政协委员提案办结率100%。", ["100% → oversight.proposalCompletionRate"]);
    expectCodes("舆情办结率达到100%。", ["100% → null"]);
    expectCodes("办结率100%。", ["100% → null"]);
    expectCodes("受理投诉举报560件,办结率100%。", ["560件 → oversight.complaintsReceived", "100% → null"]);
    expectCodes("行政复议决定履行率100%。", ["100% → null"]);
    expectCodes("生效行政裁判履行率100%。", ["100% → litigation.judgmentComplianceRate"]);
  });

  it("reads a bare verb (办结…件) only with its object in the sentence", () => {
    expectCodes("受理投诉举报230件,办结228件。", ["230件 → oversight.complaintsReceived", "228件 → oversight.complaintsResolved"]);
    expectCodes("受理行政许可申请1563件,办结1560件。", ["1563件 → licensing.decisions", "1560件 → null"]);
  });

  it("gives a figure shared by a list of rates the nearest catalog rate of the list, one indicator per figure", () => {
    expectCodes("规范性文件报备率、报备及时率均达100%。", ["100% → normative.filingTimelinessRate"]);
    expectCodes("规范性文件报备及时率、报备率均为100%。", ["100% → normative.filingRate"]);
    // the nearest rate is not in the catalog: the figure takes the nearest one that is
    expectCodes("规范性文件报备率、规范率均达100%。", ["100% → normative.filingRate"]);
    // none of the rates is in the catalog
    expectCodes("全局实现参考率、通过率和优秀率100%。", ["100% → null"]);
  });

  it("pairs figures with a list of rates in order after 分别", () => {
    expectCodes("行政复议纠错率、行政诉讼败诉率分别为5%、3%。", ["5% → reconsideration.correctionRate", "3% → litigation.lossRate"]);
    // a rate outside the catalog keeps its place in the list; 报备及时率 is one rate, not two
    expectCodes("报备率、规范率和报备及时率分别为100%、98%、95%。", [
      "100% → normative.filingRate",
      "98% → null",
      "95% → normative.filingTimelinessRate",
    ]);
    // a bare rate word still needs its object
    expectCodes("办结率、满意率分别为100%、98%。", ["100% → null", "98% → null"]);
  });

  it("reads the measure of an object construction (对N件…进行V) from its verb", () => {
    expectCodes("对3起重大行政处罚案件进行了集体讨论。", ["3起 → null"]);
    expectCodes("对36件规范性文件进行合法性审查。", ["36件 → decisions.legalityReviews"]);
    expectCodes("对当事人作出行政处罚决定12件。", ["12件 → enforcement.penaltyCases"]);
  });

  it("reads an object construction whose objects are a list (对N件A、B等进行V) from its verb, past the list's 、", () => {
    expectCodes("对215件重大行政决策、合同等进行合法性审查。", ["215件 → decisions.legalityReviews"]);
    expectCodes("对96件规范性文件、重大行政决策、行政合同等进行合法性审查。", ["96件 → decisions.legalityReviews"]);
    expectCodes("对3起重大行政处罚案件、行政强制案件进行了集体讨论。", ["3起 → null"]);
    // a figure in the list is a list of figures: each keeps its own clause
    expectCodes("对5件规范性文件、3件合同进行合法性审查。", ["5件 → null", "3件 → decisions.legalityReviews"]);
  });

  it("does not code differences from another period", () => {
    expectCodes("办理行政处罚案件1200件,同比增加200件,较上年减少了3件。", [
      "1200件 → enforcement.penaltyCases",
      "200件 → null",
      "3件 → null",
    ]);
  });

  it("does not count the parts of a breakdown after 其中, in the sentence or the next", () => {
    expectCodes("全年办理行政处罚案件356件。其中,简易程序案件300件,一般程序案件56件。", [
      "356件 → enforcement.penaltyCases",
      "300件 → null",
      "56件 → null",
    ]);
  });

  it("reads statements of zero by the catalog's zero words, the last one naming the head", () => {
    expect(extractQuantities("未发生行政复议案件被纠错情况。").quantities[0]?.indicator).toBe("reconsideration.corrected");
    expect(extractQuantities("未发生行政诉讼案件败诉情况。").quantities[0]?.indicator).toBe("litigation.lost");
    expect(extractQuantities("未发生行政复议案件。").quantities[0]?.indicator).toBe("reconsideration.cases");
  });

  it("does not code figures reported on another's behalf or jointly", () => {
    expectCodes("代表市政府参与行政诉讼1起,联合公安交警累计罚款721万元。", [
      "1起 → null",
      "721万元 → null",
    ]);
  });
});

describe("classifyIndicators: next-year plan headings", () => {
  it.each([
    ["一、2023年工作成效\n罚款10万元。\n三、2024年工作安排\n罚款20万元。"],
    ["一、工作成效\n罚款10万元。\n(四)下一步打算:\n罚款20万元。"],
    ["一、工作成效\n罚款10万元。\n四、存在的问题和下一步工作计划\n罚款20万元。"],
    ["一、工作成效\n罚款10万元。\n第三部分 明年工作思路\n罚款20万元。"],
  ])("takes figures under the report's own plan heading as targets: %s", (text) => {
    expectCodes(text, ["10万元 → enforcement.fineAmount", "20万元 → enforcement.fineAmount [target]"]);
  });

  it("does not take a title line or a past-year heading for a plan heading", () => {
    expectCodes("2022年度工作报告和\n2023年工作思路\n罚款10万元。", ["10万元 → enforcement.fineAmount"]);
    expectCodes("一、2022年度工作开展情况\n罚款10万元。", ["10万元 → enforcement.fineAmount"]);
    // A sentence that opens with 下一步 is no heading: the figure after it in its sentence is announced as a
    // target (下一步 is a cue of targetCues), the next line's is an actual.
    expectCodes("一、工作成效\n下一步,我局将严格执法,罚款10万元。\n罚款5万元。", ["10万元 → enforcement.fineAmount [target]", "5万元 → enforcement.fineAmount"]);
  });
});

describe("classifyIndicators: any input", () => {
  it("never throws and gives only catalog codes to figures in their unit group", () => {
    const words = ["罚款", "行政处罚", "案件", "办结率", "均为", "其中", "十届", "全会", "日内", "下一步打算\n", "三、2024年工作安排\n", "，", "、", "。", "\n", "100%", "12件", "3万元", "７日", "正", "副"];
    const codesOf = new Map(indicators.map((i) => [i.code, i]));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 40 }), (parts) => {
        const { quantities } = extractQuantities(parts.join(""));
        for (const q of quantities) if (q.indicator !== null) expect(codesOf.has(q.indicator)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("classifyIndicators on the gold sets (npm run eval), ASCII and full-width punctuation", () => {
  for (const fullWidth of [false, true]) {
    it(`codes the five documents with precision and recall ≥ 0.985${fullWidth ? ", full-width" : ""}`, () => {
      const { indicator } = scoreCorpus(corpusDir, { fullWidth });
      expect(indicator.precision).toBeGreaterThanOrEqual(0.985);
      expect(indicator.recall).toBeGreaterThanOrEqual(0.985);
    });

    it(`codes the twelve excerpts with precision and recall ≥ 0.9${fullWidth ? ", full-width" : ""}`, () => {
      const { indicator } = scoreCorpus(`${corpusDir}excerpts`, { fullWidth });
      expect(indicator.precision).toBeGreaterThanOrEqual(0.9);
      expect(indicator.recall).toBeGreaterThanOrEqual(0.9);
    });
  }
});
