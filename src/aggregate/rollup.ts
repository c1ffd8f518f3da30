import { divisionOf } from "../catalog/divisions.js";
import { findIndicator, indicators } from "../catalog/indicators.js";
import { commonUnit } from "../catalog/units.js";
import type { Agency } from "../model/agency.js";
import { divisionLevelOf, prefectureCodeOf, provinceCodeOf } from "../model/divisionCode.js";
import type { IndicatorCode } from "../model/indicatorCode.js";
import type { Observation } from "../model/observation.js";
import { type ObservationInput, readInput } from "./observationInput.js";
import type { Sector } from "../model/sector.js";
import { type AttributionOptions, attributed } from "./attributed.js";
import { ratioEstimate, statedEstimate, sumEstimate } from "./estimate.js";
import { checkAgencies } from "./checkInput.js";
import { checkBooleanOption, checkOptionsObject, optionNames } from "../model/checkOptionsObject.js";
import { checkOption } from "./dimensions.js";

/**
 * Options of `rollup`.
 *
 * @example
 * ```ts
 * const options: RollupOptions = { agencies, to: "prefecture" };
 * ```
 */
export interface RollupOptions extends AttributionOptions {
  /** The agencies the observations refer to; figures of unknown agencies are dropped. */
  readonly agencies: readonly Agency[];
  /** The level to roll up to. */
  readonly to: "prefecture" | "province";
}

const rollupOptionNames = /* @__PURE__ */ optionNames<RollupOptions>()(["agencies", "to", "includeJoint"]);

/**
 * What `rollup` gives: the figures of each division and sector, the agencies
 * that stand for them (`230100:transport`, `230100:government`), and what
 * could not be rolled up, with the reason.
 *
 * @example
 * ```ts
 * const { observations, agencies, dropped }: RollupResult = rollup(figures, { agencies: all, to: "province" });
 * ```
 */
export interface RollupResult {
  /** One figure per division, sector, indicator, period and modality. */
  readonly observations: readonly Observation[];
  /** The agencies the new figures belong to: one per division and sector. */
  readonly agencies: readonly Agency[];
  /** Figures left out: `unknownAgency`, `notAdditive`, `mixedUnits`, `rateWithoutComponents`, or `rateRecomputed` (a stated rate replaced by the one its rolled-up components give). */
  readonly dropped: readonly { readonly observation: Observation; readonly reason: string }[];
}

/** The id of the agency that stands for a division and sector after a roll-up (`230100:transport`, `230100:government`). */
function rolledUpId(code: string, sector: Sector | null): string {
  return `${code}:${sector ?? "government"}`;
}

/**
 * Rolls figures up the administrative hierarchy, county to prefecture to
 * province, by the division codes of their agencies, separately for each
 * sector (governments apart from each department's sector). Additive
 * indicators are summed exactly with their bounds; a ratio indicator is
 * recomputed from its summed components; rates stated without components and
 * non-additive figures are dropped with the reason. A figure reported on
 * another's behalf counts once; joint figures only when asked. Rolling up to
 * prefecture and then to province gives the same as rolling up to province.
 * Throws a `RangeError` for a level it does not know (`to: "city"`), as
 * `aggregate` does for its options.
 *
 * @example
 * ```ts
 * const byCity = rollup(observations, { agencies, to: "prefecture" });
 * aggregate(byCity.observations, { by: ["indicator", "agency"], agencies: byCity.agencies });
 * ```
 */
export function rollup(input: ObservationInput, options: RollupOptions): RollupResult {
  const observations = readInput("rollup", input);
  checkOptionsObject("rollup", options, true, rollupOptionNames);
  checkBooleanOption("rollup", "includeJoint", options.includeJoint);
  checkAgencies("rollup", options.agencies);
  if (options.agencies === undefined) throw new TypeError("rollup: option agencies must be an array of Agency objects");
  checkOption("rollup", "level", [options.to], ["prefecture", "province"]);
  const agencyById = new Map(options.agencies.map((a) => [a.id, a]));
  const dropped: { observation: Observation; reason: string }[] = [];
  const groups = new Map<string, { code: string; sector: Sector | null; indicator: IndicatorCode; figures: Observation[] }>();
  // The division an agency rolls up into, and the id of the agency that stands for it and the agency's sector.
  const targetOf = (agency: Agency) => {
    const code =
      options.to === "province" ? provinceCodeOf(agency.divisionCode) : (prefectureCodeOf(agency.divisionCode) ?? provinceCodeOf(agency.divisionCode));
    return { code, id: rolledUpId(code, agency.sector) };
  };
  const statedRates: { observation: Observation; id: string }[] = [];
  for (const o of attributed(observations, options.includeJoint === undefined ? {} : { includeJoint: options.includeJoint })) {
    const agency = agencyById.get(o.agency);
    if (!agency) {
      dropped.push({ observation: o, reason: "unknownAgency" });
      continue;
    }
    const { code, id } = targetOf(agency);
    const indicator = findIndicator(o.indicator);
    if (indicator?.aggregation.kind === "ratio") {
      statedRates.push({ observation: o, id }); // recomputed from components below
      continue;
    }
    if (indicator?.aggregation.kind !== "sum") {
      dropped.push({ observation: o, reason: "notAdditive" });
      continue;
    }
    const key = JSON.stringify([id, o.indicator, o.period, o.modality]);
    const group = groups.get(key) ?? { code, sector: agency.sector, indicator: o.indicator, figures: [] };
    group.figures.push(o);
    groups.set(key, group);
  }
  const result: Observation[] = [];
  const newAgencies = new Map<string, Agency>();
  const agencyFor = (code: string, sector: Sector | null): string => {
    const id = rolledUpId(code, sector);
    if (!newAgencies.has(id)) {
      newAgencies.set(id, {
        id,
        name: `${divisionOf(code)?.name ?? code}${sector === null ? "" : ` ${sector}`}`,
        kind: sector === null ? "government" : "department",
        level: divisionLevelOf(code),
        sector,
        divisionCode: code,
      });
    }
    return id;
  };
  for (const group of groups.values()) {
    const first = group.figures[0];
    if (!first) continue;
    const unit = commonUnit(
      group.figures.map((f) => f.quantity.unit),
      findIndicator(group.indicator)?.unit,
    );
    if (unit === null) {
      for (const f of group.figures) dropped.push({ observation: f, reason: "mixedUnits" });
      continue;
    }
    const sum = sumEstimate(group.figures.map((f) => f.quantity));
    result.push({
      agency: agencyFor(group.code, group.sector),
      indicator: group.indicator,
      period: first.period,
      quantity: { value: sum.value, unit, qualifier: sum.qualifier },
      modality: first.modality,
      attribution: "own",
    });
  }
  // Ratio indicators: recomputed from the rolled-up components; stated rates without them are dropped.
  const byKey = new Map(result.map((o) => [JSON.stringify([o.agency, o.indicator, o.period, o.modality]), o]));
  const recomputed = new Set<string>();
  for (const indicator of indicators) {
    if (indicator.aggregation.kind !== "ratio") continue;
    const { numerator, denominator } = indicator.aggregation;
    for (const n of result.filter((o) => o.indicator === numerator)) {
      const d = byKey.get(JSON.stringify([n.agency, denominator, n.period, n.modality]));
      const rate = d ? ratioEstimate(statedEstimate(n.quantity), statedEstimate(d.quantity)) : null;
      if (rate === null) continue;
      result.push({
        agency: n.agency,
        indicator: indicator.code,
        period: n.period,
        quantity: { value: rate.value, unit: "%", qualifier: rate.qualifier },
        modality: n.modality,
        attribution: "own",
      });
      recomputed.add(JSON.stringify([n.agency, indicator.code, n.period, n.modality]));
    }
  }
  for (const { observation: o, id } of statedRates) {
    const key = JSON.stringify([id, o.indicator, o.period, o.modality]);
    dropped.push({ observation: o, reason: recomputed.has(key) ? "rateRecomputed" : "rateWithoutComponents" });
  }
  return { observations: result, agencies: [...newAgencies.values()], dropped };
}
