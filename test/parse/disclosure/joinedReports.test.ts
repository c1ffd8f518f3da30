import { describe, expect, it } from "vitest";
import { parseDisclosureReport } from "../../../src/parse/disclosure/index.js";
import { validateDisclosure } from "../../../src/validate/disclosure/index.js";
import { disclosureText } from "../../helpers/disclosure.js";

/** A short report of the 2021 template, as a web page's text reaches us (`|` rows). */
function report(agency: string, year: number, received: number, signed: string, fee: string): string {
  const zero = "| 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    "一、总体情况",
    `${year}年，本机关共受理政府信息公开申请${received}件。`,
    "二、主动公开政府信息情况",
    "| 规章 | 0 | 0 | 0 |",
    "三、收到和处理政府信息公开申请情况",
    `| 一、本年新收政府信息公开申请数量 | ${received} | 0 | 0 | 0 | 0 | 0 | ${received} |`,
    `| 二、上年结转政府信息公开申请数量 ${zero}`,
    `| （一）予以公开 | ${received} | 0 | 0 | 0 | 0 | 0 | ${received} |`,
    `| （七）总计 | ${received} | 0 | 0 | 0 | 0 | 0 | ${received} |`,
    `| 四、结转下年度继续办理 ${zero}`,
    "四、政府信息公开行政复议、行政诉讼情况",
    "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
    "五、存在的主要问题及改进情况",
    "一是政策解读形式较为单一。",
    "六、其他需要报告的事项",
    fee,
    agency,
    signed,
    "",
  ].join("\n");
}

describe("two reports joined in one text", () => {
  const first = report("泗洪县城头乡人民政府", 2024, 55, "2025年1月15日", "无。");
  const second = report("泗洪县魏营镇人民政府", 2023, 99, "2024年1月20日", "全年收取信息处理费共计120元。");
  const joined = `${first}\n\n${second}`;

  it("reads the first report alone, and says that another report follows", () => {
    const alone = parseDisclosureReport(first);
    const both = parseDisclosureReport(joined);
    expect(both.requests.received[6]?.toString()).toBe("55");
    expect(both.textFigures.map((f) => f.value.toString())).toEqual(alone.textFigures.map((f) => f.value.toString()));
    expect(both.fee).toEqual(alone.fee);
    expect(both.dates).toEqual(alone.dates);
    expect(both.agency.name).toBe("泗洪县城头乡人民政府");
    const issue = both.issues.find((i) => i.code === "disclosure.reportsJoined");
    expect(issue?.severity).toBe("warning");
    expect(issue?.span?.start).toBe(first.length + 2);
    expect(issue?.message).toContain("泗洪县魏营镇人民政府2023年政府信息公开工作年度报告");
    expect(alone.issues.some((i) => i.code === "disclosure.reportsJoined")).toBe(false);
  });

  it("does not check the first report's tables against the second report's prose", () => {
    expect(validateDisclosure(parseDisclosureReport(joined)).filter((i) => i.code === "disclosure.text.mismatch")).toEqual([]);
  });

  it("finds the second report after a real report (pdftotext) too, cut at its title", () => {
    const d06 = disclosureText("d06_hongze_qu_zhengfu_xxgk_2023");
    const d07 = disclosureText("d07_hongze_qu_zhengfu_xxgk_2024");
    const both = parseDisclosureReport(`${d06}\n\f${d07}`);
    const alone = parseDisclosureReport(d06);
    expect(both.textFigures).toEqual(alone.textFigures);
    expect(both.fee).toEqual(alone.fee);
    expect(both.dates).toEqual(alone.dates);
    const issue = both.issues.find((i) => i.code === "disclosure.reportsJoined");
    expect(issue?.message).toContain("2024 年政府信息公开工作年度报告");
  });
});
