import { describe, expect, it } from "vitest";
import { observationsOf, parseReport } from "../../src/index.js";
import { foldText } from "../../src/parse/foldText.js";
import { figureYear } from "../../src/parse/figureYear.js";
import { growth } from "../helpers/growth.js";

/** The year `figureYear` gives the figure written `number` in `text`, for a 2023 report. */
const yearOf = (text: string, number: string, reportingYear: number | null = 2023) => figureYear(foldText(text), text.indexOf(number), reportingYear);

const title = "渭南市临渭区人民政府2023年法治政府建设年度报告\n";
/** The figures of a 2023 report with an indicator, as [number, indicator, year, since]. */
const figures = (body: string) =>
  parseReport(title + body).quantities.map((q) => [q.number, q.indicator, q.year ?? null, q.since ?? null]);

describe("figureYear: the year the text names for a figure", () => {
  it("reads a period right before the figure, after a link word (2022年为18件, 上年同期为, 由上年的)", () => {
    expect(yearOf("行政复议案件23件(2022年为18件)", "18")).toBe(2022);
    expect(yearOf("行政复议案件23件（2022年度为18件）", "18")).toBe(2022);
    expect(yearOf("行政应诉案件31件(上年为29件)", "29")).toBe(2022);
    expect(yearOf("办理23件,上年同期为18件", "18")).toBe(2022);
    expect(yearOf("败诉率由上年的15%降至8%", "15")).toBe(2022);
    expect(yearOf("比上年的18件增加5件", "18")).toBe(2022);
    expect(yearOf("行政复议案件由2022年的18件增加到23件", "18")).toBe(2022);
    expect(yearOf("查处案件326件,较2022年同期的281件增长16%", "281")).toBe(2022);
    expect(yearOf("行政复议案件由上年的18件", "18", null)).toBeNull();
  });

  it("reads a year written right before the figure (行政复议案件2022年18件), not a span's end (2019-2022年86件)", () => {
    expect(yearOf("行政复议案件2022年18件,2023年23件。", "18")).toBe(2022);
    expect(yearOf("罚没款2022年度326.4万元。", "326.4")).toBe(2022);
    expect(yearOf("办理案件2019-2022年86件。", "86")).toBeNull();
    expect(yearOf("办理案件2019年至2022年86件。", "86")).toBeNull();
    expect(yearOf("办理案件12022年86件。", "86")).toBeNull();
  });

  it("reads a year that opens the figure's clause or an earlier clause of its sentence", () => {
    expect(yearOf("2022年全区办理行政复议案件18件,2023年办理23件。", "18")).toBe(2022);
    expect(yearOf("2022年全区办理行政复议案件18件,2023年办理23件。", "23件")).toBe(2023);
    expect(yearOf("2022年,全区办理行政复议案件18件,行政应诉案件20件。", "20件")).toBe(2022);
    expect(yearOf("在2022年,全区办理行政复议案件18件。", "18")).toBe(2022);
    expect(yearOf("2022年底,全区共有执法人员520名。", "520")).toBe(2022);
    // A clause of the same months of another year (2022年同期为…) states a level compared with, not the period of the clauses after it.
    expect(yearOf("2023年查处违法案件1,286起,2022年同期为1,102起,同比增长16.7%。", "1,102")).toBe(2022);
    expect(yearOf("2023年查处违法案件1,286起,2022年同期为1,102起,同比增长16.7%。", "16.7")).toBe(2023);
    expect(yearOf("2023年查处违法案件1,286起,2022年同期为1,102起,罚款32万元。", "32")).toBe(2023);
  });

  it("reads a year that stands after the clause's subject, before its verb (全区2022年共…, 我局2022年…)", () => {
    expect(yearOf("全区2022年共收到行政复议申请18件。", "18")).toBe(2022);
    expect(yearOf("我局2022年办理行政处罚案件156件,罚款32.5万元。", "32.5")).toBe(2022);
    expect(yearOf("县市场监管局2022年共查处违法案件236件。", "236")).toBe(2022);
    expect(yearOf("全市各级行政机关在2022年共办理行政应诉案件31件。", "31")).toBe(2022);
    expect(yearOf("全镇2022年度排查化解矛盾纠纷128件。", "128")).toBe(2022);
    expect(yearOf("我局2022年底共有执法人员86名。", "86")).toBe(2022);
    expect(yearOf("全市法院2022年审结一审行政案件326件。", "326")).toBe(2022);
    expect(yearOf("城关派出所2022年办理治安案件412起。", "412")).toBe(2022);
    expect(yearOf("全县各乡镇2022年共调处矛盾纠纷1,286件。", "1,286")).toBe(2022);
    expect(yearOf("县综合行政执法局执法中队2022年查处案件96件。", "96")).toBe(2022);
    // The clause's subject and year name the period of the figures of the clauses after it, as an opening year does.
    expect(yearOf("全区2022年共收到行政复议申请18件,审结16件。", "16")).toBe(2022);
  });

  it("reads no year after a subject where the year starts a span, is a date's or stands after a verb (2022年以来, 自2022年起, 2022年3月)", () => {
    expect(yearOf("全区2022年以来累计办理行政复议案件86件。", "86")).toBeNull();
    expect(yearOf("我局自2022年起累计办理案件86件。", "86")).toBeNull();
    expect(yearOf("我局2022年3月出台办法,办理案件86件。", "86")).toBeNull();
    expect(yearOf("我局2022年三月出台办法,办理案件86件。", "86")).toBeNull();
    expect(yearOf("印发全市2022年法治政府建设工作要点,明确任务56项。", "56")).toBeNull();
    expect(yearOf("较全市2022年的18件增加5件。", "5件")).toBeNull();
    expect(yearOf("我局对照2022年目标,办理案件86件。", "86")).toBeNull();
    expect(yearOf("“全市2022年”专项行动查处案件86件。", "86")).toBeNull();
  });

  it("reads no year from a span or a start (2020年以来, 2019-2023年), a year inside a clause, or another sentence", () => {
    expect(yearOf("2020年以来,累计检查52667次。", "52667")).toBeNull();
    expect(yearOf("2019-2023年共办理案件86件。", "86")).toBeNull();
    expect(yearOf("2022年起,累计办理案件86件。", "86")).toBeNull();
    expect(yearOf("全区贯彻2022年出台的条例,办理案件86件。", "86")).toBeNull();
    expect(yearOf("2022年全区办理案件18件。办理复议23件。", "23")).toBeNull();
    expect(yearOf("办理复议案件23件。", "23")).toBeNull();
    expect(yearOf("12022年全区办理案件18件。", "18")).toBeNull();
  });

  it("is linear: a long run of clauses and digits", () => {
    const text = (n: number) => `${"2022年,1,".repeat(n)}18件`;
    expect(growth((t: string) => figureYear(t, t.length - 3, 2023), text(5000), text(20000))).toBeLessThan(10);
    // Clauses that each hold a subject and a year: each is read once, its subject within a bound.
    const subjects = (n: number) => `${"全区局2022年3月,".repeat(n)}18件`;
    expect(growth((t: string) => figureYear(t, t.length - 3, 2023), subjects(5000), subjects(20000))).toBeLessThan(10);
  });
});

describe("parseReport: figures of another year than the report's", () => {
  it("gives a figure of a year the text names that year, not the report's", () => {
    // 23件 names no noun of its own: it counts what the parallel clause before it does.
    expect(figures("2022年全区办理行政复议案件18件,2023年办理23件。").map(([n, code, year]) => [n, code, year])).toEqual([
      ["18件", "reconsideration.cases", 2022],
      ["23件", "reconsideration.cases", null],
    ]);
    expect(figures("全区办理行政复议案件23件（2022年为18件），行政应诉案件31件（上年为29件）。")).toEqual([
      ["23件", "reconsideration.cases", null, null],
      ["18件", "reconsideration.cases", 2022, null],
      ["31件", "litigation.cases", null, null],
      ["29件", "litigation.cases", 2022, null],
    ]);
  });

  it("counts a figure of the report's year inside a span of years as that year's (近三年来…,2023年办理82件)", () => {
    expect(figures("近三年来,全区共办理行政复议案件215件,2023年办理82件。").filter(([n]) => n !== "三年").map(([n, , year, since]) => [n, year, since])).toEqual([
      ["215件", null, 2021],
      ["82件", null, null],
    ]);
  });

  it("makes an observation of the report's year only: a figure of an earlier year keeps its year among the figures", () => {
    const doc = parseReport(`${title}全区办理行政复议案件23件（2022年为18件）。`);
    expect(doc.quantities.map((q) => [q.value.toString(), q.year ?? null])).toEqual([
      ["23", null],
      ["18", 2022],
    ]);
    // The 2022 report states its own 18件: both reports together count it once.
    expect(observationsOf(doc, "linwei").map((o) => [o.period, o.quantity.value.toString()])).toEqual([[2023, "23"]]);
  });
});
