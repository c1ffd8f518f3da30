// fast-check arbitraries of valid model values, for the round-trip properties.
import fc from "fast-check";
import { Decimal } from "../../src/index.js";
import {
  creditCodeCheckCharacter,
  indicatorCodes,
  reportSectionKinds,
  sectors,
} from "../../src/model/index.js";

export const decimal = fc.oneof(
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => new Decimal(n.toString())),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), fc.boolean())
    .map(([digits, scale, negative]) => new Decimal(`${negative ? "-" : ""}${digits}e-${scale}`)),
  fc.constantFrom("12345678901234567890.123456789", "0.1", "1e+21", "-0.000000001").map((s) => new Decimal(s)),
);

export const isoDate = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const word = fc.string({ minLength: 1, maxLength: 12 });
const year = fc.integer({ min: 1949, max: 2100 });
const span = fc.tuple(fc.nat(100000), fc.nat(1000)).map(([start, length]) => ({ start, end: start + length }));
const qualifier = fc.constantFrom("exact", "approx", "atLeast", "atMost" as const);
const indicatorCode = fc.constantFrom(...indicatorCodes);
const sector = fc.constantFrom(...sectors);
const level = fc.constantFrom("province", "prefecture", "county" as const);
const kind = fc.constantFrom("government", "department" as const);

const creditCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
export const creditCode = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...creditCharset), minLength: 2, maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 6, maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...creditCharset), minLength: 9, maxLength: 9 }),
  )
  .map(([head, division, org]) => {
    const first17 = `${head}${division}${org}`;
    return `${first17}${creditCodeCheckCharacter(first17) ?? ""}`;
  });

export const divisionCode = fc
  .tuple(fc.constantFrom("11", "23", "33", "65", "82"), fc.integer({ min: 0, max: 9999 }))
  .map(([p, rest]) => `${p}${String(rest).padStart(4, "0")}`);

export const quantity = fc.record({ value: decimal, unit: fc.constantFrom("件", "元", "%", "学时", "平方米"), qualifier });

export const period = fc.oneof(
  year,
  fc.tuple(isoDate, isoDate).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
);

export const agency = fc.record(
  {
    id: word,
    name: word,
    kind,
    level,
    sector: fc.option(sector, { nil: null }),
    divisionCode,
    creditCode,
    parentId: word,
  },
  { requiredKeys: ["id", "name", "kind", "level", "sector", "divisionCode"] },
);

export const sourceRef = fc.record({ document: word, span, quote: fc.string() });

export const observation = fc.record(
  {
    agency: word,
    indicator: indicatorCode,
    period,
    quantity,
    modality: fc.constantFrom("actual", "target" as const),
    attribution: fc.constantFrom("own", "onBehalfOf", "joint" as const),
    source: sourceRef,
  },
  { requiredKeys: ["agency", "indicator", "period", "quantity", "modality", "attribution"] },
);

export const target = fc.record(
  {
    indicator: fc.option(indicatorCode, { nil: null }),
    comparator: fc.constantFrom(">=", "<=", "=", "≈" as const),
    tolerance: decimal.map((d) => d.abs()),
    quantity,
  },
  { requiredKeys: ["indicator", "comparator", "quantity"] },
);

export const responsibleUnit = fc.record({ name: word, role: fc.constantFrom("responsible", "lead", "cooperating" as const) });

export const taskItem = fc.record(
  {
    number: word,
    section: fc.string(),
    title: word,
    body: fc.string(),
    responsibleUnits: fc.array(responsibleUnit, { maxLength: 4 }),
    targets: fc.array(target, { maxLength: 3 }),
    deadline: isoDate,
  },
  { requiredKeys: ["number", "section", "title", "body", "responsibleUnits", "targets"] },
);

const dates = fc.record({ signed: fc.option(isoDate, { nil: null }), published: fc.option(isoDate, { nil: null }) });

export const workPlan = fc.record({
  agency,
  year,
  title: fc.option(fc.string(), { nil: null }),
  dates,
  tasks: fc.array(taskItem, { maxLength: 3 }),
});

const section = fc.record({ heading: fc.string(), text: fc.string(), span }, { requiredKeys: ["heading", "text"] });

export const annualReport = fc.record({
  agency,
  reportingYear: year,
  title: fc.option(fc.string(), { nil: null }),
  dates,
  sections: fc.record(Object.fromEntries(reportSectionKinds.map((k) => [k, section])), { requiredKeys: [] }),
  observations: fc.array(observation, { maxLength: 4 }),
});

export const issue = fc.record(
  {
    code: fc.constantFrom("date.reportLate", "schema.invalidType", "quantity.rateOutOfRange"),
    severity: fc.constantFrom("error", "warning", "info" as const),
    path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 4 }),
    message: fc.string(),
    params: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
    span,
  },
  { requiredKeys: ["code", "severity", "path", "message", "params"] },
);

export const parsedQuantity = fc.record(
  {
    quote: word,
    number: word,
    value: decimal,
    unit: fc.constantFrom("件", "元", "%"),
    qualifier,
    modality: fc.constantFrom("actual", "target" as const),
    subject: fc.string(),
    indicator: fc.option(indicatorCode, { nil: null }),
    span,
    since: year,
    line: fc.nat(10000),
    following: fc.string({ maxLength: 16 }),
    partOf: fc.nat(100),
  },
  { requiredKeys: ["quote", "number", "value", "unit", "qualifier", "modality", "subject", "indicator"] },
);

export const parsedDocument = fc.record(
  {
    document: fc.string(),
    documentKind: fc.constantFrom("annual-report", "work-plan" as const),
    title: fc.option(fc.string(), { nil: null }),
    agency: fc.record({
      name: fc.option(word, { nil: null }),
      kind: fc.option(kind, { nil: null }),
      level: fc.option(level, { nil: null }),
      sector: fc.option(sector, { nil: null }),
      region: fc.option(word, { nil: null }),
      divisionCode: fc.option(divisionCode, { nil: null }),
    }),
    reportingYear: fc.option(year, { nil: null }),
    dates: fc.record({
      signed: fc.option(isoDate, { nil: null }),
      signedRaw: fc.option(fc.string(), { nil: null }),
      published: fc.option(isoDate, { nil: null }),
      publishedRaw: fc.option(fc.string(), { nil: null }),
      signedSpan: span,
      publishedSpan: span,
    }, { requiredKeys: ["signed", "signedRaw", "published", "publishedRaw"] }),
    anomalies: fc.array(fc.string(), { maxLength: 3 }),
    quantities: fc.array(parsedQuantity, { maxLength: 4 }),
    tasks: fc.array(
      fc.record(
        { number: word, section: fc.string(), title: fc.string(), responsibleUnits: fc.array(word), body: fc.string(), span, units: fc.array(responsibleUnit, { maxLength: 3 }), targets: fc.array(target, { maxLength: 2 }) },
        { requiredKeys: ["number", "section", "title", "responsibleUnits"] },
      ),
      { maxLength: 3 },
    ),
    text: fc.string(),
    issues: fc.array(issue, { maxLength: 2 }),
  },
  { requiredKeys: ["document", "documentKind", "title", "agency", "reportingYear", "dates", "anomalies", "quantities", "tasks"] },
);

/** An estimate whose bounds, where known, hold its value (lower ≤ value ≤ upper), as the schema requires. */
export const estimate = fc
  .record({
    value: decimal,
    qualifier,
    below: fc.option(decimal.map((d) => d.abs()), { nil: null }),
    above: fc.option(decimal.map((d) => d.abs()), { nil: null }),
  })
  .map(({ value, qualifier, below, above }) => ({
    value,
    qualifier,
    lower: below === null ? null : value.minus(below),
    upper: above === null ? null : value.plus(above),
  }));
