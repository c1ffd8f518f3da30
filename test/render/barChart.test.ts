import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { barChart } from "../../src/render/barChart.js";

const d = (v: string) => new Decimal(v);
const widths = (svg: string) => [...svg.matchAll(/<rect class="bar [a-zA-Z]+" x="[-\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe("barChart", () => {
  it("draws one bar per label, longer for a larger value", () => {
    const svg = barChart("罚款金额", [{ label: "甲局", value: d("100"), qualifier: "exact" }, { label: "乙局", value: d("50"), qualifier: "exact" }], "元");
    expect(svg.startsWith('<svg class="chart bar" role="img"')).toBe(true);
    const [a, b] = widths(svg);
    expect(a).toBeGreaterThan(0);
    expect(a).toBeCloseTo((b ?? 0) * 2, 0);
  });

  it("writes each value with its qualifier and draws an open end for a lower bound", () => {
    const svg = barChart("t", [{ label: "甲局", value: d("1400000"), qualifier: "atLeast" }], "元", { numbers: "wan" });
    expect(svg).toContain("<title>甲局: ≥ 140万元</title>");
    expect(svg).toContain('<rect class="bar atLeast"');
    expect(svg).toContain('<line class="open"');
    expect(barChart("t", [{ label: "甲局", value: d("1"), qualifier: "exact" }], null)).not.toContain('class="open"');
  });

  it("escapes the title and labels", () => {
    const svg = barChart('<script>"x"</script>', [{ label: "<b>&", value: d("1"), qualifier: "exact" }], null);
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("<b>");
    expect(svg).toContain('aria-label="&lt;script&gt;&quot;x&quot;&lt;/script&gt;"');
  });

  it("shortens a long label but keeps its trailing year, the full label in the title", () => {
    const label = "黑龙江省哈尔滨市交通运输综合行政执法支队 (2020)";
    const svg = barChart("t", [{ label, value: d("1"), qualifier: "exact" }], null);
    expect(svg).toMatch(/<text class="label"[^>]*>[^<]{1,15}… \(2020\)<\/text>/);
    expect(svg).toContain(`<title>${label}: 1</title>`);
  });

  it("draws nothing broken for no bars, all zeros or negative values", () => {
    expect(barChart("t", [], null)).not.toContain("NaN");
    expect(barChart("t", [{ label: "a", value: d("0"), qualifier: "exact" }], null)).not.toContain("NaN");
    const negative = barChart("t", [{ label: "a", value: d("-5"), qualifier: "exact" }, { label: "b", value: d("5"), qualifier: "exact" }], null);
    expect(negative).not.toContain("NaN");
    const [a, b] = widths(negative);
    expect(a).toBeCloseTo(b ?? 0, 1);
  });
});
