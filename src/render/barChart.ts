import { scaleLinear } from "d3-scale";
import escapeHtml from "escape-html";
import type { Qualifier } from "../model/qualifier.js";
import { Decimal } from "../model/decimal.js";
import { formatDecimal } from "./formatDecimal.js";
import { formatQuantity } from "./formatEstimate.js";
import type { RenderOptions } from "./numberStyle.js";

/**
 * One bar of a bar chart: a label (an agency), its value and how exact it is.
 *
 * @example
 * ```ts
 * const bar: Bar = { label: "哈尔滨市交通运输局", value: new Decimal(152), qualifier: "exact" };
 * ```
 */
export interface Bar {
  /** What the bar stands for. */
  readonly label: string;
  /** Its value. */
  readonly value: Decimal;
  /** How exact it is: an `atLeast` bar is drawn open to the right. */
  readonly qualifier: Qualifier;
}

/**
 * A horizontal bar chart as inline SVG (no script, no network): one bar per
 * label, an axis with ticks and grid lines from `d3-scale` (`nice()` domain,
 * `ticks(4)`), each bar's value written at its end with its qualifier
 * (`≥ 140万元`); a bar that is only a lower bound is drawn with a dashed open
 * end. It scales to its container's width (`viewBox`) and has a `<title>`
 * and `role="img"` for screen readers.
 *
 * @example
 * ```ts
 * barChart("罚款金额", [{ label: "A局", value: new Decimal(1210000), qualifier: "exact" }], "元").startsWith("<svg"); //=> true
 * ```
 */
export function barChart(title: string, bars: readonly Bar[], unit: string | null, options: RenderOptions = {}): string {
  const labelWidth = 230;
  const valueWidth = 120;
  const width = 640;
  const rowHeight = 26;
  const top = 8;
  const height = top + bars.length * rowHeight + 24;
  const values = bars.map((b) => Number(b.value.toString()));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const x = scaleLinear()
    .domain([min, max === min ? min + 1 : max])
    .nice()
    .range([labelWidth, width - valueWidth]);
  const ticks = x.ticks(4);
  const tickFormat = (t: number) => formatDecimal(new Decimal(t), { style: options.numbers ?? "grouped", unit });
  const axisY = top + bars.length * rowHeight;
  const parts: string[] = [
    `<svg class="chart bar" role="img" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
  ];
  for (const t of ticks) {
    const px = x(t).toFixed(1);
    parts.push(`<line class="grid" x1="${px}" x2="${px}" y1="${top}" y2="${axisY}"/>`);
    parts.push(`<text class="tick" x="${px}" y="${axisY + 16}" text-anchor="middle">${escapeHtml(tickFormat(t))}</text>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const v = values[i] ?? 0;
    const x0 = x(Math.min(0, v));
    const w = Math.max(1, Math.abs(x(v) - x(0)));
    const text = formatQuantity(bar.value, unit, bar.qualifier, options);
    parts.push(`<g><title>${escapeHtml(`${bar.label}: ${text}`)}</title>`);
    parts.push(`<text class="label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(shorten(bar.label, 16))}</text>`);
    parts.push(`<rect class="bar ${bar.qualifier}" x="${x0.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}"/>`);
    if (bar.qualifier === "atLeast") parts.push(`<line class="open" x1="${(x0 + w).toFixed(1)}" x2="${(x0 + w + 16).toFixed(1)}" y1="${y + rowHeight / 2}" y2="${y + rowHeight / 2}"/>`);
    parts.push(`<text class="value" x="${(x0 + w + (bar.qualifier === "atLeast" ? 20 : 4)).toFixed(1)}" y="${y + 17}">${escapeHtml(text)}</text></g>`);
  });
  parts.push(`<line class="axis" x1="${labelWidth}" x2="${width - valueWidth}" y1="${axisY}" y2="${axisY}"/>`, "</svg>");
  return parts.join("");
}

/** A long label cut to `n` characters with an ellipsis, keeping a trailing year (the full label stays in the bar's `<title>`). */
function shorten(label: string, n: number): string {
  const chars = [...label];
  if (chars.length <= n) return label;
  // Keep a trailing "(2020)" whole: it says which year the bar is.
  const suffix = / \(\d{4}\)$/.exec(label)?.[0] ?? "";
  return `${chars.slice(0, n - 1 - [...suffix].length).join("")}…${suffix}`;
}
