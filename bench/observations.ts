// The synthetic observations the aggregate, columnar and export benches share: county-level governments
// (2,978 counties, then prefectures) × the first 50 indicators × years, values from one seeded generator,
// so every bench measures the same rows (3,000 agencies × 7 years: 1,050,000 observations).
import type { Agency, Observation } from "../src/index.js";
import { fazhi } from "./library.js";

const { allDivisions, indicators, toDecimal } = fazhi;

/** The years of the benches' observations. */
export const benchYears: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021];

/** `count` county-level governments (counties first, then prefectures). */
export function benchAgencies(count = 3000): Agency[] {
  const all = allDivisions();
  const counties = [...all.filter((d) => d.level === "county"), ...all.filter((d) => d.level === "prefecture")].slice(0, count);
  return counties.map((d) => ({ id: `gov-${d.code}`, name: `${d.name}人民政府`, kind: "government", level: "county", sector: null, divisionCode: d.code }));
}

/** One observation per agency, indicator (the first 50) and year; 2 % of them "余" (at least). Same seed, same rows. */
export function benchObservations(agencies: readonly Agency[], years: readonly number[] = benchYears): Observation[] {
  const codes = indicators.slice(0, 50);
  const observations: Observation[] = [];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  for (const agency of agencies) {
    for (const indicator of codes) {
      for (const year of years) {
        const raw =
          indicator.valueType === "amount" ? (random() * 1e7).toFixed(2) : indicator.unit === "%" ? (random() * 100).toFixed(2) : String(Math.floor(random() * 5000));
        observations.push({
          agency: agency.id,
          indicator: indicator.code,
          period: year,
          quantity: { value: toDecimal(raw), unit: indicator.unit, qualifier: random() < 0.02 ? "atLeast" : "exact" },
          modality: "actual",
          attribution: "own",
        });
      }
    }
  }
  return observations;
}
