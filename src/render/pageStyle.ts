/**
 * The inline style sheet of an HTML report: system CJK fonts (no web fonts),
 * readable on a phone (fluid width, tables scroll sideways inside their box,
 * charts scale with `viewBox`), print-friendly (no backgrounds, no breaks
 * inside a table row or chart, links written out).
 *
 * @example
 * ```ts
 * pageStyle.includes("@media print"); //=> true
 * ```
 */
export const pageStyle = `
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6775; --line: #d5dbe3; --accent: #1f5fa8; --warn: #9a6700; --error: #b42318; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1040px; padding: 16px; color: var(--ink); background: #fff;
  font: 15px/1.6 system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--accent); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
.en { color: var(--muted); font-size: .85em; font-weight: normal; margin-left: .35em; overflow-wrap: anywhere; }
h1, h2, h3, summary, p, li { overflow-wrap: anywhere; }
th .en { display: block; margin-left: 0; }
.lead { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 8px; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.card b { display: block; font-size: 1.4rem; }
figure { margin: 1rem 0; } figcaption { font-size: .85rem; color: var(--muted); }
.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
table { border-collapse: collapse; min-width: 60%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 10px; vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--ink); }
th[scope="row"] { min-width: 9em; }
td.estimate, td.rate, td.count, th.estimate, th.rate, th.count { text-align: right; white-space: nowrap; }
td[title] { text-decoration: underline dotted var(--muted); cursor: help; }
ol.footnotes { margin: .3rem 0; padding-left: 1.4rem; }
.chart { width: 100%; max-width: 640px; height: auto; display: block; }
.chart text { font-size: 13px; fill: var(--ink); } .chart .tick { fill: var(--muted); font-size: 11px; }
.chart .grid { stroke: #eef1f5; } .chart .axis { stroke: var(--ink); }
.chart rect.bar { fill: var(--accent); } .chart rect.bar.approx { fill: #7ea6d6; } .chart rect.bar.atLeast { fill: var(--accent); }
.chart line.open { stroke: var(--accent); stroke-width: 3; stroke-dasharray: 3 3; }
.issues li { margin: .2rem 0; } .sev-error { color: var(--error); font-weight: 600; } .sev-warning { color: var(--warn); font-weight: 600; } .sev-info { color: var(--muted); }
code, .where { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85em; }
q { color: var(--muted); }
.missing { color: var(--error); }
details { margin: .5rem 0; } summary { cursor: pointer; font-weight: 600; }
nav ol { columns: 2; } @media (max-width: 600px) { nav ol { columns: 1; } body { padding: 10px; font-size: 14px; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  h2 { break-after: avoid; } tr, figure, svg { break-inside: avoid; }
  .scroll { overflow: visible; } details { display: block; } details > summary { list-style: none; }
  a[href^="#"] { color: inherit; text-decoration: none; }
}
`;
