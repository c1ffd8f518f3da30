// A user's analytics script: the average fine per penalty case of each agency and year,
// from observations read out of many reports. examples/testing/finesPerCase.test.ts tests it
// with fazhi/testing.
import { type Decimal, type Observation, aggregate } from "fazhi";

/** One agency's fines per penalty case in one year. */
export interface FinePerCase {
  readonly agency: string;
  readonly year: number;
  readonly finePerCase: Decimal;
}

/**
 * The average fine per penalty case (元) of every agency and year that reports both figures
 * and at least one case, in agency and year order.
 */
export function finesPerCase(observations: readonly Observation[]): FinePerCase[] {
  const rows = aggregate(observations, { by: ["agency", "year", "indicator"] });
  const fines = new Map<string, Decimal>();
  const cases = new Map<string, Decimal>();
  for (const row of rows) {
    const key = `${String(row.key["agency"])}|${String(row.key["year"])}`;
    if (row.sum === undefined || row.sum === null) continue;
    if (row.key["indicator"] === "enforcement.fineAmount") fines.set(key, row.sum.value);
    if (row.key["indicator"] === "enforcement.penaltyCases") cases.set(key, row.sum.value);
  }
  return [...fines]
    .flatMap(([key, fine]) => {
      const count = cases.get(key);
      if (count === undefined || count.isZero()) return [];
      const [agency = "", year = ""] = key.split("|");
      return [{ agency, year: Number(year), finePerCase: fine.div(count) }];
    })
    .sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : a.year - b.year));
}
