import type { Agency } from "../../model/agency.js";
import type { IndicatorCode } from "../../model/indicatorCode.js";
import type { Observation } from "../../model/observation.js";
import { type AgencyEntry, type Dimension, type DimensionValue, agencyEntry, observationValue } from "../dimensions.js";
import type { DimensionReader } from "./dimensionReader.js";

/**
 * Reads a figure's dimensions for one grouping: its own (indicator, year,
 * period, area) and its agency's, worked out once per agency (`AgencyEntry`).
 *
 * @internal
 */
export class ObservationReader implements DimensionReader<Observation> {
  private readonly entries = new Map<string, AgencyEntry>();
  private readonly agencyById: ReadonlyMap<string, Agency>;
  /** Figures usually come agency by agency: the last agency's entry is kept at hand. */
  private last: AgencyEntry | null = null;

  constructor(
    private readonly by: readonly Dimension[],
    agencies: readonly Agency[],
  ) {
    this.agencyById = new Map(agencies.map((agency) => [agency.id, agency]));
  }

  /** The entry of an agency id (described by the caller or not). */
  entryOf(id: string): AgencyEntry {
    const last = this.last;
    if (last !== null && last.id === id) return last;
    let entry = this.entries.get(id);
    if (entry === undefined) {
      entry = agencyEntry(this.agencyById.get(id), id, this.by);
      this.entries.set(id, entry);
    }
    this.last = entry;
    return entry;
  }

  /** Ranks the agencies seen so far in id order (`AgencyEntry.rank`). */
  rankAgencies(): void {
    const ranked = [...this.entries.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (let i = 0; i < ranked.length; i++) (ranked[i] as AgencyEntry).rank = i;
  }

  read(o: Observation, position: number, indicator: IndicatorCode | null): DimensionValue {
    const d = this.by[position] as Dimension;
    switch (d) {
      case "indicator":
        return indicator ?? o.indicator;
      case "year":
        return typeof o.period === "number" ? o.period : null;
      case "period":
      case "area":
        return observationValue(indicator === null || indicator === o.indicator ? o : { ...o, indicator }, d);
      default:
        return this.entryOf(o.agency).positions[position] ?? null;
    }
  }
}
