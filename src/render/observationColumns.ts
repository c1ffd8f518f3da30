import { countable } from "../aggregate/attributed.js";
import { readObservations } from "../aggregate/checkInput.js";
import { agencyValues } from "../aggregate/dimensions.js";
import { findIndicator } from "../catalog/indicators.js";
import { sameMeasure } from "../catalog/units.js";
import type { Agency } from "../model/agency.js";
import type { Issue } from "../model/issue.js";
import type { Locale } from "../model/locale.js";
import type { Observation } from "../model/observation.js";
import { type ExportColumnSpec, type ExportDataset, datasetOf, emptyColumns, pushValue } from "./exportColumns.js";
import { scaledOfText } from "./exportDecimal.js";
import { valueOutOfRange } from "./exportIssue.js";

/**
 * The columns of the `observations` dataset (schema version 1), in order.
 * Agency columns after `agency` are filled from the `agencies` given
 * (`null` for an agency not among them), the province, prefecture and county
 * codes as `aggregate` groups by them; `aggregation` and `counted` say what
 * `aggregate` sums by default, so that a query can do the same.
 *
 * @example
 * ```ts
 * observationSchema.map((c) => c.name).slice(0, 3); //=> ["agency", "agency_name", "agency_kind"]
 * observationSchema.find((c) => c.name === "value"); //=> { name: "value", type: "decimal", nullable: true, … }
 * ```
 */
export const observationSchema = [
  { name: "agency", type: "string", nullable: false, zh: "机关标识", en: "agency id" },
  { name: "agency_name", type: "string", nullable: true, zh: "机关名称", en: "agency name" },
  { name: "agency_kind", type: "string", nullable: true, zh: "机关类别 government/department", en: "agency kind: government or department" },
  { name: "agency_level", type: "string", nullable: true, zh: "层级 province/prefecture/county", en: "administrative level: province, prefecture or county" },
  { name: "sector", type: "string", nullable: true, zh: "行业", en: "sector (transport …)" },
  { name: "division_code", type: "string", nullable: true, zh: "行政区划代码(6位)", en: "GB/T 2260 division code (6 digits)" },
  { name: "province", type: "string", nullable: true, zh: "所在省级区划代码", en: "province-level division code" },
  { name: "prefecture", type: "string", nullable: true, zh: "所在地级区划代码", en: "prefecture-level division code" },
  { name: "county", type: "string", nullable: true, zh: "县级区划代码(县级机关)", en: "county-level division code (county agencies)" },
  { name: "indicator", type: "string", nullable: false, zh: "指标代码", en: "indicator code (enforcement.fineAmount)" },
  { name: "indicator_name", type: "string", nullable: true, zh: "指标名称", en: "indicator name in Chinese (null: not in the catalog)" },
  { name: "aggregation", type: "string", nullable: true, zh: "汇总方式 sum/ratio/none", en: "how the indicator aggregates: sum, ratio or none" },
  { name: "year", type: "int32", nullable: true, zh: "年度(累计数为空)", en: "reporting year (null for a date range)" },
  { name: "period_from", type: "date", nullable: false, zh: "期间起", en: "first day of the period" },
  { name: "period_to", type: "date", nullable: false, zh: "期间止", en: "last day of the period" },
  { name: "value", type: "decimal", nullable: true, zh: "数值", en: "the value, exact (null only when it does not fit)" },
  { name: "value_text", type: "string", nullable: false, zh: "数值原文（十进制，不舍入）", en: "the value as an exact decimal string, always" },
  { name: "unit", type: "string", nullable: false, zh: "单位", en: "unit as written (元, 件, 起, %)" },
  { name: "measure_unit", type: "string", nullable: false, zh: "合计时的单位（与指标单位同类者取指标单位，如起、宗记作件）", en: "the unit it adds up in: the indicator's unit when its own measures the same (起 and 宗 of cases are 件), else its own" },
  { name: "qualifier", type: "string", nullable: false, zh: "限定 exact/approx/atLeast/atMost", en: "exact, approx (约), atLeast (余, 以上), atMost (以下)" },
  { name: "lower", type: "decimal", nullable: true, zh: "下限", en: "lower bound (null: unbounded or unknown)" },
  { name: "upper", type: "decimal", nullable: true, zh: "上限", en: "upper bound (null: unbounded or unknown)" },
  { name: "modality", type: "string", nullable: false, zh: "实际/目标 actual/target", en: "actual or target" },
  { name: "attribution", type: "string", nullable: false, zh: "归属 own/onBehalfOf/joint", en: "own, onBehalfOf or joint" },
  { name: "counted", type: "boolean", nullable: false, zh: "汇总时计入（本机关数据，或不与本机关数据重复的代报数据）", en: "aggregate counts it by default (own, or on behalf of another and not repeated as own)" },
  { name: "document", type: "string", nullable: true, zh: "来源文件", en: "source document" },
  { name: "span_start", type: "int32", nullable: true, zh: "原文位置起(UTF-16)", en: "start of the number in the document (UTF-16 offset)" },
  { name: "span_end", type: "int32", nullable: true, zh: "原文位置止", en: "end of the number in the document" },
  { name: "quote", type: "string", nullable: true, zh: "原文", en: "the quoted sentence" },
  { name: "notes", type: "string", nullable: true, zh: "备注代码(如 valueOutOfRange)", en: "row notes (valueOutOfRange), separated by ; " },
] as const satisfies readonly ExportColumnSpec[];

/**
 * Options of `observationColumns`.
 *
 * @example
 * ```ts
 * const options: ObservationColumnsOptions = { agencies, locale: "en" };
 * ```
 */
export interface ObservationColumnsOptions {
  /** The agencies the observations refer to, for the agency columns. */
  readonly agencies?: readonly Agency[];
  /** The language of the issues (default `zh`). */
  readonly locale?: Locale;
}

/**
 * Observations as the `observations` dataset (`observationSchema`), one row
 * per observation in the given order, for `exportToCsv` and `toParquet`.
 * Values are exact `DECIMAL(38, 6)`; bounds follow the qualifier (exact: both
 * the value; atLeast: lower; atMost: upper; approx: neither). A value that
 * does not fit leaves `value`, `lower` and `upper` empty, notes
 * `valueOutOfRange` and gives an `export.valueOutOfRange` issue; `value_text`
 * always has it. Figures are read as `aggregate` reads them (a `TypeError`
 * names one it cannot use).
 *
 * @example
 * ```ts
 * const data = observationColumns(observations, { agencies });
 * const value = data.columns.find((c) => c.name === "value");
 * value?.values[0]; //=> 293000000n
 * data.issues; //=> []
 * ```
 */
export function observationColumns(observations: readonly Observation[], options: ObservationColumnsOptions = {}): ExportDataset {
  const figures = readObservations("observationColumns", observations);
  const locale = options.locale ?? "zh";
  const agencies = new Map((options.agencies ?? []).map((a) => [a.id, a]));
  const counts = countable(figures);
  const c = emptyColumns(observationSchema);
  const issues: Issue[] = [];
  // Each agency's columns worked out once, whatever the order of the figures.
  const entries = new Map<string, { agency: Agency | undefined; values: ReturnType<typeof agencyValues> }>();
  for (let i = 0; i < figures.length; i++) {
    const o = figures[i] as Observation;
    let last = entries.get(o.agency);
    if (last === undefined) {
      const agency = agencies.get(o.agency);
      last = { agency, values: agencyValues(agency, o.agency) };
      entries.set(o.agency, last);
    }
    const v = last.values;
    c.agency.push(o.agency);
    c.agency_name.push(last.agency?.name ?? null);
    c.agency_kind.push((v["kind"] as string | null) ?? null);
    c.agency_level.push((v["level"] as string | null) ?? null);
    c.sector.push((v["sector"] as string | null) ?? null);
    c.division_code.push(last.agency?.divisionCode ?? null);
    c.province.push((v["province"] as string | null) ?? null);
    c.prefecture.push((v["prefecture"] as string | null) ?? null);
    c.county.push((v["county"] as string | null) ?? null);
    const indicator = findIndicator(o.indicator);
    c.indicator.push(o.indicator);
    c.indicator_name.push(indicator?.nameZh ?? null);
    c.aggregation.push(indicator?.aggregation.kind ?? null);
    if (typeof o.period === "number") {
      c.year.push(o.period);
      c.period_from.push(`${o.period}-01-01`);
      c.period_to.push(`${o.period}-12-31`);
    } else {
      c.year.push(null);
      c.period_from.push(o.period.from);
      c.period_to.push(o.period.to);
    }
    const q = o.quantity;
    // A model value is finite and toFixed writes it in full: its text is the value_text and gives the scaled integer.
    const text = q.value.toFixed();
    const scaled = scaledOfText(text);
    pushValue(c, text, scaled, q.qualifier);
    c.unit.push(q.unit);
    c.measure_unit.push(indicator !== undefined && sameMeasure(q.unit, indicator.unit) ? indicator.unit : q.unit);
    c.qualifier.push(q.qualifier);
    c.modality.push(o.modality);
    c.attribution.push(o.attribution);
    c.counted.push(counts(o));
    c.document.push(o.source?.document ?? null);
    c.span_start.push(o.source?.span.start ?? null);
    c.span_end.push(o.source?.span.end ?? null);
    c.quote.push(o.source?.quote ?? null);
    if (scaled === null) {
      c.notes.push("valueOutOfRange");
      issues.push(valueOutOfRange([i, "quantity", "value"], q.value, "value", locale));
    } else c.notes.push(null);
  }
  return datasetOf("observations", observationSchema, c, figures.length, issues);
}
