import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/model/decimal.js";
import { lineChart } from "../../src/render/lineChart.js";

const d = (v: string) => new Decimal(v);
const point = (year: number, value: string) => ({ year, value: d(value) });

describe("lineChart", () => {
  it("draws one polyline per label through its years, with a legend", () => {
    const svg = lineChart("案件数", [{ label: "甲局", points: [point(2021, "160"), point(2020, "152")] }, { label: "乙局", points: [point(2020, "10")] }], "件");
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain("<title>甲局 2020: 152 件</title>");
    expect(svg).toContain('class="label" x="82" y="275">乙局</text>');
    expect(svg).toMatch(/>2020<\/text>.*>2021<\/text>/);
  });

  it("draws a line left to right whatever order its points come in", () => {
    const svg = lineChart("t", [{ label: "a", points: [point(2022, "3"), point(2020, "1"), point(2021, "2")] }], null);
    const xs = (/points="([^"]+)"/.exec(svg)?.[1] ?? "").split(" ").map((pair) => Number(pair.split(",")[0]));
    expect(xs).toHaveLength(3);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
  });

  it("puts a larger value higher", () => {
    const svg = lineChart("t", [{ label: "a", points: [point(2020, "10"), point(2021, "100")] }], null);
    const ys = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(ys[1]).toBeLessThan(ys[0] ?? 0);
  });

  it("escapes the title and labels", () => {
    const svg = lineChart("<t>", [{ label: "<b>甲&乙</b>", points: [point(2020, "1")] }], null);
    expect(svg).not.toContain("<b>");
    expect(svg).toContain("&lt;b&gt;甲&amp;乙&lt;/b&gt;");
    expect(svg).toContain("<title>&lt;t&gt;</title>");
  });

  it("stays well formed with no lines, zeros or negative values", () => {
    expect(lineChart("t", [], null)).not.toContain("NaN");
    expect(lineChart("t", [{ label: "a", points: [point(2020, "0")] }], null)).not.toContain("NaN");
    expect(lineChart("t", [{ label: "a", points: [point(2020, "-5"), point(2021, "5")] }], null)).not.toContain("NaN");
  });

  it("writes ticks in 万 when asked", () => {
    expect(lineChart("t", [{ label: "a", points: [point(2020, "40000")] }], "元", { numbers: "wan" })).toContain(">4万</text>");
  });
});
