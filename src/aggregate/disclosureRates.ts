import { Decimal } from "../model/decimal.js";
import { disclosureRowTotal, disclosureSum } from "../model/disclosureCells.js";
import type { DisclosureReport } from "../model/disclosureReport.js";
import { exactEstimate, ratioEstimate } from "./estimate.js";

/**
 * The rates of 政府信息公开 reports: 实质公开率 (予以公开 + 部分公开) / 办理结果总计;
 * 不掌握率 本机关不掌握 / 办理结果总计; 复议纠错率 结果纠正 / 审结 (维持 + 纠正 + 其他);
 * 诉讼败诉率 结果纠正 / 审结, both litigation groups together.
 *
 * @example
 * ```ts
 * disclosureRateKinds[0]; //=> "substantiveDisclosure"
 * ```
 */
export const disclosureRateKinds = ["substantiveDisclosure", "notHeld", "reconsiderationCorrection", "litigationLoss"] as const;

/**
 * One of the disclosure rates.
 *
 * @example
 * ```ts
 * const kind: DisclosureRateKind = "litigationLoss";
 * ```
 */
export type DisclosureRateKind = (typeof disclosureRateKinds)[number];

/** Whether a higher rate is better (实质公开率) or worse (the others). */
const higherIsBetter: Readonly<Record<DisclosureRateKind, boolean>> = {
  substantiveDisclosure: true,
  notHeld: false,
  reconsiderationCorrection: false,
  litigationLoss: false,
};

/**
 * One report to rate: the agency (an `Agency.id` or any key) and, optionally,
 * a group it is summed into (a region, a level …).
 *
 * @example
 * ```ts
 * const input: DisclosureRateInput = { agency: "hongze-gov", group: "淮安市", report };
 * ```
 */
export interface DisclosureRateInput {
  /** The agency the report is of. */
  readonly agency: string;
  /** The group its figures are summed into (default: one group, `""`). */
  readonly group?: string;
  /** The report. */
  readonly report: DisclosureReport;
}

/**
 * A rate of one agency or one group: numerator and denominator (the N), the
 * rate in percent (rounded to 2 decimals, `null` when N is 0), whether N
 * reaches the minimum for ranking, and the rank among agencies (1 = best;
 * `null` when not ranked). Reports whose cells for this rate are blank are
 * left out of it (`skipped` counts them in a group row).
 *
 * @example
 * ```ts
 * const row: DisclosureRateRow = { key: "hongze-gov", kind: "notHeld", numerator: new Decimal(10), denominator: new Decimal(21), n: new Decimal(21), percent: new Decimal("47.62"), ranked: false, rank: null, reports: 1, skipped: 0 };
 * ```
 */
export interface DisclosureRateRow {
  /** The agency, or the group. */
  readonly key: string;
  /** Which rate. */
  readonly kind: DisclosureRateKind;
  /** Sum of the numerators. */
  readonly numerator: Decimal;
  /** Sum of the denominators. */
  readonly denominator: Decimal;
  /** The N the rate rests on (the denominator). */
  readonly n: Decimal;
  /** The rate in percent, 2 decimals, or `null` when N is 0. */
  readonly percent: Decimal | null;
  /** Whether N ≥ the minimum, so the rate is ranked. */
  readonly ranked: boolean;
  /** Rank among the ranked rows of this kind (1 = best), `null` when not ranked or a group. */
  readonly rank: number | null;
  /** How many reports went into it. */
  readonly reports: number;
  /** How many reports were left out because a cell it needs is blank. */
  readonly skipped: number;
}

/**
 * Options of `disclosureRates`.
 *
 * @example
 * ```ts
 * const options: DisclosureRateOptions = { minN: 30 };
 * ```
 */
export interface DisclosureRateOptions {
  /** The N below which a rate is shown but not ranked (default 30). */
  readonly minN?: number;
}

/**
 * What `disclosureRates` gives: a row per agency and rate, and a row per group
 * and rate, each group's rate a ratio of sums (Σ numerators / Σ denominators),
 * never a mean of rates.
 *
 * @example
 * ```ts
 * const { agencies, groups }: DisclosureRates = disclosureRates([{ agency: "a", report }]);
 * ```
 */
export interface DisclosureRates {
  /** One row per agency and rate, agencies in input order. */
  readonly agencies: readonly DisclosureRateRow[];
  /** One row per group and rate. */
  readonly groups: readonly DisclosureRateRow[];
}

function parts(report: DisclosureReport, kind: DisclosureRateKind): { numerator: Decimal; denominator: Decimal } | null {
  const exact = (path: string) => {
    const total = disclosureRowTotal(report, path);
    return total?.exact ? total.value : null;
  };
  const cells = (paths: readonly string[]) => {
    const sum = disclosureSum(report, paths);
    return sum.blanks + sum.absent === 0 ? sum.sum : null;
  };
  const concluded = (groups: readonly string[]) => cells(groups.flatMap((g) => ["upheld", "corrected", "other"].map((c) => `reviews.${g}.${c}`)));
  const corrected = (groups: readonly string[]) => cells(groups.map((g) => `reviews.${g}.corrected`));
  let numerator: Decimal | null = null;
  let denominator: Decimal | null = null;
  if (kind === "substantiveDisclosure" || kind === "notHeld") {
    denominator = exact("requests.resultsTotal");
    if (kind === "notHeld") numerator = exact("requests.unavailable.notHeld");
    else {
      const granted = exact("requests.granted");
      const partly = exact("requests.partlyGranted");
      numerator = granted && partly ? granted.plus(partly) : null;
    }
  } else {
    const groups = kind === "reconsiderationCorrection" ? ["reconsideration"] : ["litigationDirect", "litigationAfterReconsideration"];
    numerator = corrected(groups);
    denominator = concluded(groups);
  }
  return numerator && denominator ? { numerator, denominator } : null;
}

function row(key: string, kind: DisclosureRateKind, numerator: Decimal, denominator: Decimal, minN: number, reports: number, skipped: number): DisclosureRateRow {
  return {
    key,
    kind,
    numerator,
    denominator,
    n: denominator,
    percent: ratioEstimate(exactEstimate(numerator), exactEstimate(denominator))?.value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) ?? null,
    ranked: !denominator.isZero() && denominator.greaterThanOrEqualTo(minN),
    rank: null,
    reports,
    skipped,
  };
}

/**
 * The disclosure rates of many reports — 实质公开率, 不掌握率, 复议纠错率,
 * 诉讼败诉率 — per agency and per group, each stating its N. A group's rate is
 * the ratio of its sums. An agency whose N is below `minN` (default 30) is
 * shown but not ranked; ranks go 1 = best (highest 实质公开率, lowest of the
 * others), ties sharing a rank. A report whose cells for a rate are blank is
 * left out of that rate. Linear in the number of reports (plus the sort of ranks).
 *
 * @example
 * ```ts
 * const { agencies } = disclosureRates([{ agency: "hongze-2024", report }], { minN: 30 });
 * agencies.find((r) => r.kind === "substantiveDisclosure")?.percent?.toString(); //=> "62.11"
 * ```
 */
export function disclosureRates(inputs: readonly DisclosureRateInput[], options: DisclosureRateOptions = {}): DisclosureRates {
  const minN = typeof options.minN === "number" && Number.isFinite(options.minN) ? options.minN : 30;
  const agencies: DisclosureRateRow[] = [];
  const groups: DisclosureRateRow[] = [];
  for (const kind of disclosureRateKinds) {
    const byAgency = new Map<string, { numerator: Decimal; denominator: Decimal; reports: number; skipped: number }>();
    const byGroup = new Map<string, { numerator: Decimal; denominator: Decimal; reports: number; skipped: number }>();
    for (const input of inputs) {
      const p = parts(input.report, kind);
      for (const [map, key] of [
        [byAgency, input.agency],
        [byGroup, input.group ?? ""],
      ] as const) {
        const sum = map.get(key) ?? { numerator: new Decimal(0), denominator: new Decimal(0), reports: 0, skipped: 0 };
        map.set(
          key,
          p
            ? { numerator: sum.numerator.plus(p.numerator), denominator: sum.denominator.plus(p.denominator), reports: sum.reports + 1, skipped: sum.skipped }
            : { ...sum, skipped: sum.skipped + 1 },
        );
      }
    }
    const rows = [...byAgency].map(([key, s]) => row(key, kind, s.numerator, s.denominator, minN, s.reports, s.skipped));
    const ranked = rows
      .filter((r) => r.ranked && r.percent !== null)
      .sort((a, b) => ((a.percent as Decimal).comparedTo(b.percent as Decimal)) * (higherIsBetter[kind] ? -1 : 1));
    const ranks = new Map<DisclosureRateRow, number>();
    ranked.forEach((r, i) => {
      const previous = ranked[i - 1];
      ranks.set(r, previous?.percent?.equals(r.percent as Decimal) ? (ranks.get(previous) ?? i + 1) : i + 1);
    });
    agencies.push(...rows.map((r) => ({ ...r, rank: ranks.get(r) ?? null })));
    groups.push(...[...byGroup].map(([key, s]) => ({ ...row(key, kind, s.numerator, s.denominator, minN, s.reports, s.skipped), rank: null })));
  }
  return { agencies, groups };
}
