import { scaleLinear, scalePoint } from "d3-scale";
import escapeHtml from "escape-html";
import { Decimal } from "../model/decimal.js";
import { formatDecimal } from "./formatDecimal.js";
import { formatQuantity } from "./formatEstimate.js";
import type { RenderOptions } from "./numberStyle.js";

/**
 * One line of a line chart: a label (an agency) and its values by year.
 *
 * @example
 * ```ts
 * const line: Line = { label: "A局", points: [{ year: 2020, value: new Decimal(152) }, { year: 2021, value: new Decimal(160) }] };
 * ```
 */
export interface Line {
  /** What the line stands for. */
  readonly label: string;
  /** Its values, one per year. */
  readonly points: readonly { readonly year: number; readonly value: Decimal }[];
}

const palette = ["#1f5fa8", "#c0392b", "#2e8b57", "#b8860b", "#6a3d9a", "#008b8b", "#8b4513", "#555"];

/**
 * A line chart of values over years as inline SVG: years on a point scale,
 * values on a linear scale with `nice()` ticks from `d3-scale`, one coloured
 * line with dots per label, a legend, and each dot's value in its `<title>`.
 *
 * @example
 * ```ts
 * lineChart("行政处罚案件数", [{ label: "A局", points: [{ year: 2020, value: new Decimal(152) }] }], "件").includes("<polyline"); //=> true
 * ```
 */
export function lineChart(title: string, lines: readonly Line[], unit: string | null, options: RenderOptions = {}): string {
  const width = 640;
  const height = 240;
  const margin = { top: 12, right: 16, bottom: 28, left: 64 };
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = lines.flatMap((l) => l.points.map((p) => Number(p.value.toString())));
  const max = Math.max(0, ...values);
  const x = scalePoint<number>().domain(years).range([margin.left, width - margin.right]).padding(0.5);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), max === 0 ? 1 : max])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const tickFormat = (t: number) => formatDecimal(new Decimal(t), { style: options.numbers ?? "grouped", unit });
  const legendHeight = 20 * lines.length;
  const parts = [
    `<svg class="chart line" role="img" viewBox="0 0 ${width} ${height + legendHeight}" xmlns="http://www.w3.org/2000/svg" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  for (const t of y.ticks(4)) {
    const py = y(t).toFixed(1);
    parts.push(`<line class="grid" x1="${margin.left}" x2="${width - margin.right}" y1="${py}" y2="${py}"/>`);
    parts.push(`<text class="tick" x="${margin.left - 6}" y="${py}" dy="4" text-anchor="end">${escapeHtml(tickFormat(t))}</text>`);
  }
  for (const year of years) parts.push(`<text class="tick" x="${(x(year) ?? 0).toFixed(1)}" y="${height - 8}" text-anchor="middle">${year}</text>`);
  lines.forEach((line, i) => {
    const color = palette[i % palette.length] ?? "#333";
    // Drawn left to right whatever order the points come in.
    const points = [...line.points].sort((a, b) => a.year - b.year).map((p) => [(x(p.year) ?? 0).toFixed(1), y(Number(p.value.toString())).toFixed(1), p] as const);
    parts.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${points.map(([px, py]) => `${px},${py}`).join(" ")}"/>`);
    for (const [px, py, p] of points) {
      parts.push(`<circle cx="${px}" cy="${py}" r="3.5" fill="${color}"><title>${escapeHtml(`${line.label} ${p.year}: ${formatQuantity(p.value, unit, "exact", options)}`)}</title></circle>`);
    }
    const ly = height + 14 + i * 20;
    parts.push(`<rect x="${margin.left}" y="${ly - 9}" width="12" height="12" fill="${color}"/><text class="label" x="${margin.left + 18}" y="${ly + 1}">${escapeHtml(line.label)}</text>`);
  });
  parts.push(`<line class="axis" x1="${margin.left}" x2="${width - margin.right}" y1="${height - margin.bottom}" y2="${height - margin.bottom}"/>`, "</svg>");
  return parts.join("");
}
