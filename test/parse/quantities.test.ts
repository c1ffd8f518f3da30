import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growth } from "../helpers/growth.js";
import { extractQuantities } from "../../src/parse/index.js";

function read(text: string, options = {}) {
  return extractQuantities(text, options).quantities.map((q) => ({
    number: q.number,
    value: q.value.toString(),
    unit: q.unit,
    qualifier: q.qualifier,
  }));
}

describe("extractQuantities", () => {
  it.each([
    ["罚款121万元", "121万元", "1210000", "元", "exact"],
    ["行政处罚140余万元", "140余万元", "1400000", "元", "atLeast"],
    ["投入30余万元", "30余万元", "300000", "元", "atLeast"],
    ["卸载货物16.85万吨", "16.85万吨", "168500", "吨", "exact"],
    // a tax bureau's transactions
    ["办理出口退税1.35万笔", "1.35万笔", "13500", "笔", "exact"],
    ["月上线率为85.98%", "85.98%", "85.98", "%", "exact"],
    ["公开率达到百分之百", "百分之百", "100", "%", "exact"],
    ["满意度为百分之九十五点三", "百分之九十五点三", "95.3", "%", "exact"],
    ["网上实办率达到70%左右", "70%", "70", "%", "approx"],
    ["电子证照增加50%以上", "50%", "50", "%", "atLeast"],
    ["每人每年接受不少于60学时的培训", "60学时", "60", "学时", "atLeast"],
    ["培训约300人次", "300人次", "300", "人次", "approx"],
    // 件次, 户次, 家次, 场次, 批次: counts of times, read whole as 人次 is (not 46件 and a stray 次)
    ["开展执法检查46件次", "46件次", "46", "件次", "exact"],
    ["检查经营户1,280户次", "1,280户次", "1280", "户次", "exact"],
    ["检查企业356家次", "356家次", "356", "家次", "exact"],
    ["开展普法宣传32场次", "32场次", "32", "场次", "exact"],
    ["抽检食品1,200批次", "1,200批次", "1200", "批次", "exact"],
    ["出庭应诉十二件次", "十二件次", "12", "件次", "exact"],
    ["检查渔船1,200艘次", "1,200艘次", "1200", "艘次", "exact"],
    ["办理时限不超过5个工作日", "5个工作日", "5", "工作日", "atMost"],
    ["均在7个工作日内公示", "7个工作日", "7", "工作日", "atMost"],
    ["经过6年多的不懈努力", "6年", "6", "年", "atLeast"],
    ["组织两次联合执法行动", "两次", "2", "次", "exact"],
    ["完成五个专项", "五个", "5", "个", "exact"],
    ["夏季、秋冬各一件", "一件", "1", "件", "exact"],
    ["受理申请1,286件", "1,286件", "1286", "件", "exact"],
    ["清理农作物420平米", "420平米", "420", "平方米", "exact"],
    ["记分2.3万分", "2.3万分", "23000", "分", "exact"],
    ["承办案件３２件", "３２件", "32", "件", "exact"],
    ["纠错率较上年下降2.3个百分点", "2.3个百分点", "2.3", "百分点", "exact"],
    ["纠错率较上年下降２.３个百分点", "２.３个百分点", "2.3", "百分点", "exact"],
    ["覆盖率提高两个百分点", "两个百分点", "2", "百分点", "exact"],
    ["网办率提升5百分点", "5百分点", "5", "百分点", "exact"],
  ])("reads %s", (text, number, value, unit, qualifier) => {
    expect(read(text)).toEqual([{ number, value, unit, qualifier }]);
  });

  it.each([
    ["a year", "2020年,我局深入推进依法行政"],
    ["a year in Chinese numerals", "二〇二一年是开局之年"],
    ["a date", "今年7月9日、10日集中培训"],
    ["a document number", "(中发〔2019〕28号)"],
    ["a hotline", "畅通12345热线"],
    ["an ordinal", "第3次会议"],
    ["a title in 《》", "落实《关于2项制度的通知》"],
    ["a slogan in quotes", "治理“两客一危”车辆"],
    ["a fixed phrase", "全面落实三项制度和八项规定"],
    ["a plan name", "编制十四五规划,出台五年行动方案"],
    ["a figure of speech", "从四个方面加强建设"],
    ["a bare 一", "推行一个窗口办理,一起研究"],
    ["bare large units", "千家万户,百项工程"],
    ["a number with no unit", "编号1116、1210的行动"],
    ["a page's visitor counter, its ordinal spaced from its number", "您是第 1,234,567 位访问者"],
    ["a page's visit counter", "本站总访问量：12345678次"],
    ["a page's view count", "浏览次数: 1234次 字号:大 中 小"],
    ["a page's cumulative visits", "累计访问：5,678,910 人次"],
  ])("reads nothing from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("reads a website's visits stated in prose, as a report of 政务公开 does", () => {
    expect(read("政府网站总访问量达1200万次,浏览量12万次")).toEqual([
      { number: "1200万次", value: "12000000", unit: "次", qualifier: "exact" },
      { number: "12万次", value: "120000", unit: "次", qualifier: "exact" },
    ]);
  });

  it("reads statements of zero, each thing its own quantity", () => {
    const { quantities } = extractQuantities("全年未发生行政复议案件被纠错、行政诉讼案件败诉,无应诉案卷。");
    expect(quantities.map((q) => [q.number, q.value.toString(), q.unit, q.indicator])).toEqual([
      ["未发生行政复议案件被纠错", "0", "件", "reconsideration.corrected"],
      ["行政诉讼案件败诉", "0", "件", "litigation.lost"],
      ["无应诉案卷", "0", "件", "litigation.cases"],
    ]);
  });

  it("reads no zero where a figure counts the phrase (after a link word too), even at a clause's start", () => {
    const numbers = (text: string) => extractQuantities(text).quantities.map((q) => q.number);
    expect(numbers("查处违法行为。无证经营案件15件")).toEqual(["15件"]);
    expect(numbers("查处违法行为；无证经营案件共１５件")).toEqual(["１５件"]);
    expect(numbers("全年未受理案件两起,无应诉案卷")).toEqual(["两起", "无应诉案卷"]);
    expect(numbers("未发生行政复议案件被纠错和行政诉讼案件败诉3件")).toEqual(["未发生行政复议案件被纠错", "3件"]);
    // 一律 is no figure (a bare 一 is read only after a count cue): the zero stands.
    expect(numbers("全年办结率100%;无超期案件一律按时办结")).toEqual(["100%", "无超期案件"]);
  });

  it("does not read a noun with 无 inside it as a zero", () => {
    expect(read("查处无证经营案件15件")).toEqual([{ number: "15件", value: "15", unit: "件", qualifier: "exact" }]);
  });

  it("gives spans of the number in the text", () => {
    const text = "一、主要成效\n共承办行政处罚2006件,罚没款总额6025426元。";
    for (const q of extractQuantities(text).quantities) expect(text.slice(q.span?.start, q.span?.end)).toBe(q.number);
  });

  it("reads targets in plans and announced targets in reports", () => {
    const plan = extractQuantities("行政机关出庭率达到100%。", { documentKind: "work-plan" }).quantities;
    expect(plan[0]?.modality).toBe("target");
    const report = extractQuantities("出庭率达到100%。明年力争网上可办率达到95%。").quantities;
    expect(report.map((q) => q.modality)).toEqual(["actual", "target"]);
  });

  it("classifies by the catalog's signals and the nearest words", () => {
    const { quantities } = extractQuantities("受理企业投诉案件10件、办结8件,经清理共保留5件、废止5件。");
    expect(quantities.map((q) => q.indicator)).toEqual([
      "oversight.complaintsReceived",
      "oversight.complaintsResolved",
      "normative.documentsRetained",
      "normative.documentsRepealed",
    ]);
  });

  it("does not count a breakdown, a joint figure or a figure for another agency as the agency's own", () => {
    const parts = extractQuantities("共受理投诉举报30件,其中受理企业投诉10件。").quantities;
    expect(parts.map((q) => q.indicator)).toEqual(["oversight.complaintsReceived", null]);
    const joint = extractQuantities("联合公安交警累计罚款721万元。").quantities;
    expect(joint[0]?.indicator).toBeNull();
    const behalf = extractQuantities("代表市政府参与行政诉讼1起。").quantities;
    expect(behalf[0]?.indicator).toBeNull();
  });

  it("reads a rate by its noun when no signal names it", () => {
    const { quantities } = extractQuantities("行政机关出庭率达到100%。");
    expect(quantities[0]?.indicator).toBe("litigation.headAppearanceRate");
  });

  it("refuses units that do not fit the indicator", () => {
    const { quantities } = extractQuantities("对22家企业进行执法检查。");
    expect(quantities[0]?.indicator).toBeNull();
  });
});

describe("extractQuantities on figures as PDF and web text write them", () => {
  const read = (text: string) => {
    const { quantities, issues } = extractQuantities(text);
    return { figures: quantities.map((q) => [q.number, q.value.toString(), q.unit]), issues: issues.map((i) => [i.code, i.span]) };
  };

  it.each([
    ["共1 520件", [["1 520件", "1520", "件"]]],
    ["共1 234 567元", [["1 234 567元", "1234567", "元"]]],
    ["罚款121 万元", [["121 万元", "1210000", "元"]]],
    ["受理政府信息公开申请 21 件", [["21 件", "21", "件"]]],
    ["受理政府信息公开申请\u300021\u3000件", [["21\u3000件", "21", "件"]]],
    ["收到一万二件", [["一万二件", "12000", "件"]]],
    ["培训三千五人次", [["三千五人次", "3500", "人次"]]],
    ["同比增长-3.5%", [["-3.5%", "-3.5", "%"]]],
    ["同比增长−3.5％", [["−3.5％", "-3.5", "%"]]],
    ["负五件", [["负五件", "-5", "件"]]],
    ["同比下降3.5%", [["3.5%", "3.5", "%"]]],
    ["2020-2021年共3件", [["3件", "3", "件"]]],
    ["共１，２８６件", [["１，２８６件", "1286", "件"]]],
    ["领导职数1０正2副", [["1０正", "10", "人"], ["2副", "2", "人"]]],
    ["在5日内办结", [["5日", "5", "日"]]],
    ["于7月9日召开,15日以内答复", [["15日", "15", "日"]]],
  ])("reads %j", (text, figures) => {
    expect(read(text)).toEqual({ figures, issues: [] });
  });

  it.each([
    ["附件1 人员名单", "a label set off by a space on one side only"],
    ["2025 年 政府信息公开工作年度报告", "a year"],
    ["落实省委十届十次全会精神", "a session of a congress"],
    ["领导职数1,000正2副", "no number of posts"],
  ])("reads no figure in %j (%s)", (text) => {
    expect(read(text)).toEqual({ figures: [], issues: [] });
  });

  it.each([
    ["三万四万件", "number.unreadable", { start: 0, end: 4 }],
    ["共1,2345件", "number.ambiguousGrouping", { start: 1, end: 8 }],
    ["办理案件12 34件", "number.ambiguousGrouping", { start: 4, end: 10 }],
    [`共${"9".repeat(70)}件`, "number.unreadable", { start: 1, end: 71 }],
    [`共${"9".repeat(55)}亿元`, "number.unreadable", { start: 1, end: 58 }],
  ])("reports %j as an issue with its span, never as another number", (text, code, span) => {
    expect(read(text)).toEqual({ figures: [], issues: [[code, span]] });
  });

  it.each([
    ["办理行政许可事项30-50件", { start: 8, end: 14 }],
    ["办理行政许可事项３０－５０件", { start: 8, end: 14 }],
    ["罚款10~20万元", { start: 2, end: 9 }],
    ["罚款１０～２０万元", { start: 2, end: 9 }],
    ["罚款10万-20万元", { start: 2, end: 10 }],
    ["罚款１０万－２０万元", { start: 2, end: 10 }],
    ["处罚5至8起", { start: 2, end: 6 }],
    ["查处3件至5件", { start: 2, end: 7 }],
    ["查处３件到５件", { start: 2, end: 7 }],
    ["占比5%-8%", { start: 2, end: 7 }],
    ["占比５％－８％", { start: 2, end: 7 }],
    ["查处一至三件", { start: 2, end: 6 }],
  ])("reads no figure from the range %j, with an issue over the whole range", (text, span) => {
    expect(read(text)).toEqual({ figures: [], issues: [["number.unreadable", span]] });
  });

  it.each([
    ["办理三四件", "三四"],
    ["涉及两三人", "两三"],
  ])("reads no figure from %j, a rough count of two digits said together", (text) => {
    const { figures, issues } = read(text);
    expect(figures).toEqual([]);
    expect(issues.map(([code]) => code)).toEqual(["number.unreadable"]);
  });

  it.each([["办理数十件,查处几百起,挽回损失数十万元"], ["办理数十件，查处几百起，挽回损失数十万元"]])("reads no figure from vague amounts (数十, 几百): %j", (text) => {
    expect(read(text)).toEqual({ figures: [], issues: [] });
  });

  it.each([
    ["案件数十二件,同比增长-3.5%,2020-2023年累计罚款300万元", [["十二件", "12", "件"], ["-3.5%", "-3.5", "%"], ["300万元", "3000000", "元"]]],
    ["案件数十二件，同比增长－3.5％，2020－2023年累计罚款300万元", [["十二件", "12", "件"], ["－3.5％", "-3.5", "%"], ["300万元", "3000000", "元"]]],
  ])("still reads a count after 数, a sign, and a figure after a span of years: %j", (text, figures) => {
    expect(read(text)).toEqual({ figures, issues: [] });
  });

  it("reads the same figures from full-width and ASCII punctuation", () => {
    const ascii = read("全年办理行政许可(含备案)1,286件;罚款121万元,同比增长-3.5%;收到一万二件。");
    const wide = read("全年办理行政许可（含备案）1,286件；罚款１２１万元，同比增长－3.5％；收到一万二件。");
    expect(wide.figures.map(([, value, unit]) => [value, unit])).toEqual(ascii.figures.map(([, value, unit]) => [value, unit]));
  });
});

describe("extractQuantities on any input", () => {
  const alphabet = [..."0123456789.,，%万亿余多约近以上下左右内件次项元人名个“”《》()()、,。;\n 第年月日未发生无案件一二两三十百千零点百分之"];

  it("never throws, and every span holds its number", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 200 }), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), (text) => {
        const { quantities } = extractQuantities(text);
        for (const q of quantities) {
          expect(q.span).toBeDefined();
          expect(text.slice(q.span?.start, q.span?.end)).toBe(q.number);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("copes with lone surrogates, a megabyte of digits and 100,000 nested brackets", () => {
    expect(() => extractQuantities("\ud800罚款\udfff121万元\ud800")).not.toThrow();
    const digits = extractQuantities(`${"9".repeat(1_000_000)}件`);
    expect(digits.quantities).toEqual([]);
    expect(digits.issues[0]?.code).toBe("number.unreadable");
    const nested = `${"《".repeat(100_000)}罚款5元${"》".repeat(100_000)}共罚款6元`;
    expect(extractQuantities(nested).quantities.map((q) => q.number)).toEqual(["6元"]);
    const parens = `${"(".repeat(100_000)}共罚款6元${")".repeat(100_000)}`;
    expect(extractQuantities(parens).quantities.map((q) => q.number)).toEqual(["6元"]);
  });
});

describe("extractQuantities on a run of link words", () => {
  // 办理共计共计…了856件: the subject's pattern of link words backtracked through every split of the run
  // (2^n for n 共计 before 了; sixty took longer than any test runs).
  const text = (n: number) => `办理${"共计".repeat(n)}了856件。`;

  it("reads the figure after the run, its subject the clause before it", () => {
    const [figure] = extractQuantities(text(24)).quantities;
    expect([figure?.number, figure?.subject]).toEqual(["856件", `办理${"共计".repeat(24)}了`]);
  });

  it("in time linear in the run: 24 共计 in less than 10 times the time of 6 (2^18 times it when it backtracked)", () => {
    expect(growth((t: string) => extractQuantities(t), text(6), text(24))).toBeLessThan(10);
    // After a label's colon, where the words between it and the figure are asked to be link words alone.
    const labelled = (n: number) => `行政处罚案件数:${"共计".repeat(n)}了856件。`;
    expect(growth((t: string) => extractQuantities(t), labelled(6), labelled(24))).toBeLessThan(10);
  });
});

describe("extractQuantities on long numbers", () => {
  it("reads a long run of thousands groups in linear time", () => {
    const groups = `1${",234".repeat(200_000)}件`;
    // A quadratic pass over the 200,000 groups would run into the test's time limit.
    const { quantities, issues } = extractQuantities(groups);
    expect(quantities).toEqual([]);
    expect(issues[0]?.code).toBe("number.unreadable");
  });
});

describe("extractQuantities on numbers written in parts", () => {
  const values = (text: string) => extractQuantities(text).quantities.map((q) => [q.value.toString(), q.unit, q.qualifier, text.slice(q.span?.start, q.span?.end)]);
  it.each([
    ["罚款12万3千元", "123000", "12万3千元"],
    ["罚款1万2千3百元", "12300", "1万2千3百元"],
    ["罚款1亿2000万元", "120000000", "1亿2000万元"],
    ["罚款3千5百万元", "35000000", "3千5百万元"],
    ["罚款3千5百元", "3500", "3千5百元"],
    ["罚款12万3000元", "123000", "12万3000元"],
    ["罚款1亿20000000元", "120000000", "1亿20000000元"],
    ["罚款１２万３千元", "123000", "１２万３千元"],
  ])("reads %s as one value, as a page means it", (text, value, quote) => {
    expect(values(text)).toEqual([[value, "元", "exact", quote]]);
    expect(values(text.replace("罚款", "罚款-"))[0]?.[0]).toBe(`-${value}`);
  });

  it("keeps 余 after the last part, and reads 121万元 and 1.5万元 as before", () => {
    expect(values("服务5万3千余人次")).toEqual([["53000", "人次", "atLeast", "5万3千余人次"]]);
    expect(values("罚款121万元,1.5万元")).toEqual([
      ["1210000", "元", "exact", "121万元"],
      ["15000", "元", "exact", "1.5万元"],
    ]);
  });

  it("reads no parts where they break the order of Chinese numerals, or are other figures", () => {
    // 50万 (its unit left out) and 3个: the digits after 万 do not fill its four places.
    expect(values("投入资金50万3个项目")).toEqual([["3", "个", "exact", "3个"]]);
    expect(values("罚款2万1万元")).toEqual([["10000", "元", "exact", "1万元"]]);
    // 5百分点 is 5 percentage points, never 500.
    expect(values("增长5百分点,查处12件3起")).toEqual([
      ["5", "百分点", "exact", "5百分点"],
      ["12", "件", "exact", "12件"],
      ["3", "起", "exact", "3起"],
    ]);
  });
});

describe("extractQuantities on a number split by an invisible character", () => {
  it.each([
    ["罚款12\u200b1万元", "200B"],
    ["罚款121\u200b万元", "200B"],
    ["查处案件1\u200c52件", "200C"],
    ["查处案件15\u00ad2件", "00AD"],
    ["查处案件1\ufeff5件", "FEFF"],
    ["罚款12\u00001万元", "0000"],
    ["罚款12\ud8001万元", "D800"],
    ["罚款一百\u200b二十一万元", "200B"],
  ])("%j gives no figure, and an issue naming the character", (text, code) => {
    const { quantities, issues } = extractQuantities(text);
    expect(quantities).toEqual([]);
    expect(issues.map((i) => [i.code, i.params["reason"]])).toEqual([["number.unreadable", `an invisible character (U+${code}) inside the number`]]);
    expect(issues[0]?.params["reasonZh"]).toBe(`数字中间有不可见字符（U+${code}）`);
  });

  it("reads a figure after an invisible character that splits no number, and one across a line break as two", () => {
    expect(extractQuantities("罚款\u200b121万元").quantities.map((q) => q.value.toString())).toEqual(["1210000"]);
    expect(extractQuantities("共12\n1件").issues).toEqual([]);
  });
});
