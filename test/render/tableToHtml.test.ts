import { describe, expect, it } from "vitest";
import { tableToHtml } from "../../src/render/tableToHtml.js";
import { fines } from "./fixtures.js";

describe("tableToHtml", () => {
  const html = tableToHtml(fines);

  it("wraps a captioned table in a scrolling figure", () => {
    expect(html.startsWith('<figure class="table"><div class="scroll"><table><caption>罚款金额 <span class="en">Fines</span></caption>')).toBe(true);
    expect(html.endsWith("</figure>")).toBe(true);
  });

  it("escapes every text: no raw markup from a label reaches the page", () => {
    expect(html).not.toContain("<b>");
    expect(html).toContain("=乙局|&lt;b&gt;");
  });

  it("makes the first dimension the row header, with its code as title", () => {
    expect(html).toContain('<th scope="row" class="dimension" title="a">甲局</th>');
    expect(html).toContain('<th scope="col" class="estimate">合计<span class="en">total</span></th>');
  });

  it("footnotes bounds of an estimate and components of a rate, and row notes", () => {
    expect(html).toContain('title="1,216 / 1,417 · Σ分子/Σ分母 · 1 个机关 agencies"');
    expect(html).toContain("<li>合计，第2行：下限 lower -2 元 · 上限 upper 未知 unknown</li>");
    expect(html).toMatch(/<li>第2行：[^<]+<\/li>/);
    expect(html).toContain('<tr data-sources="a.txt@3-7">');
    expect(html).toContain('<p class="note">注 <span class="en">Note</span></p>');
  });

  it("writes an empty cell as a dash and honours the number style", () => {
    expect(html).toContain('<td class="rate">—</td>');
    expect(tableToHtml(fines, { numbers: "wan" })).toContain("121万元");
  });

  it("has no figcaption when there is nothing to note", () => {
    const bare = tableToHtml({ ...fines, rows: [], notes: [] });
    expect(bare).not.toContain("<figcaption>");
    expect(bare).toContain("<tbody>\n\n</tbody>");
  });

  it("escapes quotes in titles and captions", () => {
    const quoted = tableToHtml({ ...fines, title: { zh: '"甲"&乙', en: "<i>" }, rows: [] });
    expect(quoted).toContain("<caption>&quot;甲&quot;&amp;乙 <span class=\"en\">&lt;i&gt;</span></caption>");
  });
});
