// Builders for the rule tests: parsed documents made by hand (no text: the rules read the fields the parser stores),
// and a full-width copy of a text, to check that a parsed text gives the same findings in either width.
import { Decimal } from "../../../src/model/decimal.js";
import type { ParsedDocument } from "../../../src/model/parsedDocument.js";
import type { ParsedQuantity } from "../../../src/model/parsedQuantity.js";

/** An annual report of a county department for 2021, signed and published on time, with the fields given. */
export function doc(overrides: Partial<ParsedDocument>): ParsedDocument {
  return {
    document: "x.txt",
    documentKind: "annual-report",
    title: null,
    agency: { name: null, kind: "department", level: "county", sector: null, region: null, divisionCode: "230104" },
    reportingYear: 2021,
    dates: { signed: "2022-02-10", signedRaw: "2022年2月10日", published: "2022-02-20", publishedRaw: "2022-02-20" },
    anomalies: [],
    quantities: [],
    tasks: [],
    ...overrides,
  };
}

/** A figure at `start`, as the parser gives it (its number spans five characters). */
export function figure(value: string, unit: string, start: number, extra: Partial<ParsedQuantity> = {}): ParsedQuantity {
  return {
    quote: `${value}${unit}`,
    number: `${value}${unit}`,
    value: new Decimal(value),
    unit,
    qualifier: "exact",
    modality: "actual",
    subject: "",
    indicator: null,
    span: { start, end: start + 5 },
    ...extra,
  };
}

/** The text with full-width punctuation and digits, as pages publish it. */
export function fullWidth(text: string): string {
  return text
    .replace(/,/g, "，")
    .replace(/;/g, "；")
    .replace(/:/g, "：")
    .replace(/\(/g, "（")
    .replace(/\)/g, "）")
    .replace(/%/g, "％")
    .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}

/** The two widths a text is checked in: as the corpus has it (ASCII) and as pages publish it. */
export const widths: readonly (readonly [string, (text: string) => string])[] = [
  ["ASCII", (text: string) => text],
  ["full-width", fullWidth],
];

/** An agency of the model: a county department of 哈尔滨市道外区. */
export const agency = { id: "a", name: "某县交通运输局", kind: "department", level: "county", sector: "transport", divisionCode: "230104" };

/** An observation of agency `a` for 2021, actual and its own, with the fields given. */
export function observation(indicator: string, value: string, unit: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { agency: "a", indicator, period: 2021, quantity: { value, unit, qualifier: "exact" }, modality: "actual", attribution: "own", ...extra };
}
