import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import {
  type Agency,
  Decimal,
  type Dimension,
  Observation,
} from "../../src/index.js";
import type { Qualifier } from "../../src/model/index.js";
import type { ParsedReport } from "../../src/model/parsedReport.js";
import { agencyOf } from "../../src/parse/agencyOf.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { parseReport } from "../../src/parse/parseReport.js";
import * as arb from "../model/arbitraries.js";

/** Every dimension `aggregate` groups by. */
export const allDimensions: Dimension[] = ["indicator", "year", "period", "agency", "kind", "level", "sector", "province", "prefecture", "county", "area"];

/** Any valid observations, up to 30 of them. */
export const anyObservations = fc.array(arb.observation, { maxLength: 30 }).map((raw) => raw.map((o) => Observation.parse(o)));

export const agencies: Agency[] = [
  { id: "daowai", name: "道外区人民政府", kind: "government", level: "county", sector: null, divisionCode: "230104" },
  { id: "daoli", name: "道里区人民政府", kind: "government", level: "county", sector: null, divisionCode: "230102" },
  { id: "nangang", name: "南岗区人民政府", kind: "government", level: "county", sector: null, divisionCode: "230103" },
  { id: "hrb", name: "哈尔滨市人民政府", kind: "government", level: "prefecture", sector: null, divisionCode: "230100" },
  { id: "haishu", name: "海曙区人民政府", kind: "government", level: "county", sector: null, divisionCode: "330203" },
  { id: "hrb-transport", name: "哈尔滨市交通运输局", kind: "department", level: "prefecture", sector: "transport", divisionCode: "230100" },
];

export function obs(
  agency: string,
  indicator: Observation["indicator"],
  value: string | number,
  extra: { year?: number; qualifier?: Qualifier; unit?: string; modality?: Observation["modality"]; attribution?: Observation["attribution"]; period?: Observation["period"] } = {},
): Observation {
  const unit = extra.unit ?? (indicator.endsWith("Rate") ? "%" : indicator.endsWith("Amount") ? "元" : "件");
  return {
    agency,
    indicator,
    period: extra.period ?? extra.year ?? 2021,
    quantity: { value: new Decimal(value), unit, qualifier: extra.qualifier ?? "exact" },
    modality: extra.modality ?? "actual",
    attribution: extra.attribution ?? "own",
  };
}

/** The example reports of examples/reports parsed in file order, with the agencies and figures read from them. */
export function exampleReports(): { docs: ParsedReport[]; agencies: Agency[]; observations: Observation[] } {
  const dir = new URL("../../examples/reports/", import.meta.url);
  const docs = readdirSync(dir)
    .sort()
    .map((f) => parseReport(readFileSync(new URL(f, dir), "utf8"), { document: f }));
  return {
    docs,
    agencies: docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []),
    observations: docs.flatMap((doc) => observationsOf(doc, doc.document)),
  };
}
