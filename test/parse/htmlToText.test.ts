import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { htmlToText, looksLikeHtml } from "../../src/parse/index.js";

describe("htmlToText", () => {
  it("decodes every named entity of HTML5, numeric ones, and legacy ones without a semicolon", () => {
    expect(htmlToText("<p>收费&yen;5,气温25&deg;C,&times;2&hellip;&mdash;&middot;&sect;1&permil;</p>")).toBe(
      "收费¥5,气温25°C,×2…—·§1‰",
    );
    expect(htmlToText("<p>&ldquo;双随机&rdquo;&#25253;&#x544A;&lsquo;&rsquo;&amp;&lt;&gt;&quot;&apos;</p>")).toBe(
      "“双随机”报告‘’&<>\"'",
    );
    expect(htmlToText("<p>罚款121&nbsp;万元 &amp 滞纳金&copy</p>")).toBe("罚款121\u00a0万元 & 滞纳金©");
    expect(htmlToText("<p>&zzz; &#xZZ; &</p>")).toBe("&zzz; &#xZZ; &");
  });

  it("drops scripts, styles, noscript, template and comments, and an unclosed one to the end", () => {
    const html =
      "<html><head><style>p{color:red}</style><script>var x = '<p>罚款9元</p>';</script></head><body>" +
      "<!-- 罚款8元 --><noscript><p>罚款7元</p></noscript><template><p>罚款6元</p></template><p>罚款5元</p></body></html>";
    expect(htmlToText(html)).toBe("罚款5元");
    expect(htmlToText("<p>a</p><script>罚款9元")).toBe("a");
    expect(htmlToText("<p>a</p><!-- 罚款9元")).toBe("a");
    expect(htmlToText("<p>a</p><noscript><p>罚款9元</p>")).toBe("a");
  });

  it("turns blocks and <br> into line breaks, with at most one blank line in a row", () => {
    expect(htmlToText("<h1>标题</h1><div><div><p>第一段</p></div></div><ul><li>一</li><li>二</li></ul>")).toBe(
      "标题\n第一段\n一\n二",
    );
    expect(htmlToText("<p>甲<br>乙<br/><br><br><br>丙</p>")).toBe("甲\n乙\n\n丙");
  });

  it("collapses white space as a browser does: none between Chinese characters across a source line break", () => {
    expect(htmlToText("<p>\n  政府信息\n  公开工作\n</p><p>Annual\n   report</p>")).toBe("政府信息公开工作\nAnnual report");
    expect(htmlToText("<p>受理  申请\t21 件</p>")).toBe("受理 申请 21 件");
    expect(htmlToText("<pre>  第一列   第二列\n  1        2</pre>")).toBe("第一列   第二列\n1        2");
    expect(htmlToText("<p>\u3000\u3000一、总体情况</p>")).toBe("一、总体情况");
  });

  it("gives one line per table row with the cells kept apart, blank cells kept blank", () => {
    const html =
      "<p>二、主动公开政府信息情况</p><table><caption>第二十条第（一）项</caption>" +
      "<tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th></tr>" +
      "<tr><td>规章</td><td>0</td><td></td></tr><tr><td>行政规范性文件</td><td>3</td><td>0</td></tr></table><p>三、</p>";
    expect(htmlToText(html).split("\n")).toEqual([
      "二、主动公开政府信息情况",
      "第二十条第（一）项",
      "| 信息内容 | 本年制发件数 | 本年废止件数 |",
      "| 规章 | 0 |  |",
      "| 行政规范性文件 | 3 | 0 |",
      "三、",
    ]);
  });

  it("puts each cell in its column as the page draws it: a blank cell for each further column a cell spans and under a cell spanning rows", () => {
    const html =
      "<table><tr><th rowspan='2'>年度</th><th colspan=\"2\">行政复议</th><th colspan=2>行政诉讼</th><th rowspan=2>备注</th></tr>" +
      "<tr><th>收案</th><th>结案</th><th>收案</th><th>结案</th></tr><tr><td>2023年</td><td>56</td><td>50</td><td>36</td><td>33</td><td>无</td></tr>" +
      "<tr><td colspan='6'>一、行政执法</td></tr></table>";
    expect(htmlToText(html).split("\n")).toEqual([
      "| 年度 | 行政复议 |  | 行政诉讼 |  | 备注 |",
      "|  | 收案 | 结案 | 收案 | 结案 |  |",
      "| 2023年 | 56 | 50 | 36 | 33 | 无 |",
      "一、行政执法",
    ]);
  });

  it("follows spans only so far: a page's colspan or rowspan of thousands writes no thousands of blank cells", () => {
    const text = htmlToText(`<table><tr><td colspan="5000" rowspan="9999">合计</td><td>8</td></tr>${"<tr><td>1</td></tr>".repeat(2000)}</table>`);
    expect(text.length).toBeLessThan(2000 * 110 + 200);
    expect(text.split("\n")[0]?.split("|").length).toBe(35);
  });

  it("keeps a row's cells on its line when the markup breaks lines inside a cell, and rows without </tr> apart", () => {
    expect(htmlToText("<table><tr><td><p>行政</p><p>许可</p><td>9487<tr><td>行政处罚<td>2776</table>")).toBe(
      "| 行政许可 | 9487 |\n| 行政处罚 | 2776 |",
    );
  });

  it("reads nested tables: the inner rows as rows, the outer table used for layout as blocks", () => {
    const inner = "<table><tr><td>行政复议</td><td>33</td></tr><tr><td>行政诉讼</td><td>3</td></tr></table>";
    const page = `<table><tr><td>导航</td><td><p>一、总体情况</p>${inner}<p>二、其他</p></td></tr></table>`;
    expect(htmlToText(page).split("\n")).toEqual(["导航", "一、总体情况", "| 行政复议 | 33 |", "| 行政诉讼 | 3 |", "二、其他"]);
    const deep = `${"<table><tr><td>".repeat(20)}最里${"</td></tr></table>".repeat(20)}<p>后</p>`;
    expect(htmlToText(deep)).toBe("最里\n后");
  });

  it("is linear on an unterminated <p repeated, which was quadratic (30 s for 100 KB)", () => {
    expect(htmlToText(`<p>报告</p>${"<p".repeat(100_000)}`)).toBe("报告");
    expect(htmlToText(`<p>报告</p>${"<p ".repeat(70_000)}`)).toBe("报告");
  });

  it("does not hang on other unclosed or deeply nested markup", () => {
    const n = 50_000;
    expect(htmlToText(`<p>a</p>${"<!--".repeat(n)}`)).toBe("a");
    expect(htmlToText(`<p>a</p>${"<script>".repeat(n)}`)).toBe("a");
    expect(htmlToText(`${"<div>".repeat(n)}正文`)).toBe("正文");
    expect(htmlToText(`${"<b>".repeat(n)}正文${"</i>".repeat(n)}`)).toBe("正文");
    expect(htmlToText(`${"<table><tr><td>".repeat(n / 5)}正文`)).toBe("正文");
    expect(htmlToText(`<table>${"<td>".repeat(n)}</table>`)).toBe("");
    expect(htmlToText("&#".repeat(n))).toBe("&#".repeat(n));
  });

  it("cuts scripts where they are after an İ (lower-casing it changes its length), so script text is not read", () => {
    const html = `${"İ".repeat(100_000)}<script>document.write("罚款9元")</script><p>罚款1元</p>`;
    const text = htmlToText(html);
    expect(text).not.toContain("罚款9元");
    expect(text.endsWith("\n罚款1元")).toBe(true);
    const doc = parseReport(`<html><body><p>İ</p><script>var fine = "罚款9元";</script><p>罚款1元</p></body></html>`);
    expect(doc.quantities.map((q) => q.number)).toEqual(["1元"]);
  });

  it("never throws on strings full of <, &, tags and entities", () => {
    const unit = fc.constantFrom(
      ..."<>&;#/=\"' \nab一、罚款5元İ",
      "<p>",
      "</p>",
      "<table>",
      "<tr>",
      "<td>",
      "</td>",
      "</table>",
      "<script>",
      "</script>",
      "<!--",
      "-->",
      "<br>",
      "&nbsp;",
      "&yen;",
      "&#25253;",
      "<pre>",
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (html) => {
        const text = htmlToText(html);
        expect(text).not.toMatch(/\n\n\n/);
        expect(text).toBe(text.trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe("looksLikeHtml", () => {
  it("tells a page from plain text", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body><p>报告</p></body></html>")).toBe(true);
    expect(looksLikeHtml("  <div>报告</div>")).toBe(true);
    expect(looksLikeHtml("一、主要举措和成效")).toBe(false);
    expect(looksLikeHtml("<2021年>报告")).toBe(false);
  });
});
