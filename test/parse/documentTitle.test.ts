import { describe, expect, it } from "vitest";
import { findTitle, readTitle } from "../../src/parse/documentTitle.js";

describe("readTitle", () => {
  it("reads the first title line of a report, after a breadcrumb", () => {
    expect(readTitle("首页>政务公开\n某市司法局2022年度法治政府建设工作情况报告\n发布时间:2023-03-01")).toBe(
      "某市司法局2022年度法治政府建设工作情况报告",
    );
  });

  it("reads a title in full-width digits and brackets, sliced from the original", () => {
    expect(readTitle("某县人民政府（县政府办）２０２２年法治政府建设情况报告\n发布时间：２０２３－０３－０１")).toBe(
      "某县人民政府（县政府办）２０２２年法治政府建设情况报告",
    );
  });

  it("drops spaces inside the title and joins a title broken across two lines", () => {
    expect(readTitle("某区 2023年度法治政府建设工作报告和\n2024年工作思路\n正文")).toBe("某区2023年度法治政府建设工作报告和2024年工作思路");
  });

  it("skips headings, sentences and label lines", () => {
    expect(readTitle("一、2022年法治政府建设工作报告\n标题:某县2022年法治政府建设情况报告")).toBeNull();
    expect(readTitle("我县2022年法治政府建设工作报告如下。")).toBeNull();
    expect(readTitle("某县2022年法治政府建设工作报告，现报告如下：")).toBeNull();
  });

  it("takes the plan a covering notice issues when no title line stands alone", () => {
    expect(readTitle("某府发〔2022〕9号关于印发《某县2022年法治政府建设工作要点》的通知\n各乡镇")).toBe("某县2022年法治政府建设工作要点");
  });

  it("reads a page's <title> without the site and column names it joins to the title (_, |, a spaced dash)", () => {
    const head = (title: string) => `${title}\n嘉兴市人民政府门户网站\n当前位置：首页 > 政务公开`;
    expect(readTitle(head("嘉兴市南湖区交通运输局2023年度法治政府建设工作报告_南湖区人民政府门户网站"))).toBe("嘉兴市南湖区交通运输局2023年度法治政府建设工作报告");
    expect(readTitle(head("2023年度法治政府建设情况报告 - 嘉兴市人民政府"))).toBe("2023年度法治政府建设情况报告");
    expect(readTitle(head("某县2023年法治政府建设年度报告＿年度报告＿某县人民政府"))).toBe("某县2023年法治政府建设年度报告");
    expect(readTitle(head("某县2023年法治政府建设年度报告 | 某县人民政府网"))).toBe("某县2023年法治政府建设年度报告");
    // A range's dash is part of the title.
    expect(readTitle("某市法治政府建设实施方案(2021-2025年)\n正文")).toBe("某市法治政府建设实施方案(2021-2025年)");
  });

  it("takes no item of a list of links, a title with its date, for the title", () => {
    const page = "相关链接\n鹤岗市人民政府2022年度法治政府建设情况报告 2023-03-30\n[2024/03/20] 南湖区司法局2023年法治政府建设年度报告\n某县2023年度法治政府建设情况报告 2024年3月28日\n正文";
    expect(readTitle(page)).toBeNull();
    expect(readTitle(`${page}\n某县2023年度法治政府建设情况报告\n正文`)).toBe("某县2023年度法治政府建设情况报告");
  });

  it("gives null for empty text or text with no title", () => {
    expect(readTitle("")).toBeNull();
    expect(readTitle("今年全县经济运行平稳，财政收入增长５％。")).toBeNull();
  });
});

describe("findTitle", () => {
  it("gives where the title starts and ends in the text", () => {
    const source = "首页\n某县2022年法治政府建设情况报告\n正文";
    const title = findTitle(source);
    expect(title).toEqual({ text: "某县2022年法治政府建设情况报告", start: 3, end: 3 + "某县2022年法治政府建设情况报告".length });
    expect(source.slice(title?.start, title?.end)).toBe(title?.text);
  });
});
