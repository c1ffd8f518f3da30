// The testing kit (fazhi/testing): what it generates is what it says, checked by fazhi's own
// schemas and validate; and fazhi's aggregate checked with it.
import fc from "fast-check";
import {
  Agency,
  Decimal,
  Observation,
  ParsedDocument,
  aggregate,
  getIndicator,
  validate,
} from "fazhi";
import {
  type AgencyDefect,
  type ObservationDefect,
  agencies,
  agenciesWith,
  agency,
  decimalEquality,
  observation,
  observations,
  observationsWith,
  parsedDocuments,
} from "fazhi/testing";
import { Decimal as DecimalJs } from "decimal.js";
import { describe, expect, it } from "vitest";

expect.addEqualityTesters([decimalEquality]);

describe("arbitraries valid by construction", () => {
  it("agencies pass the schema and every rule, at every level", () => {
    fc.assert(
      fc.property(agencies(), (a) => {
        expect(Agency.safeParse(a).success).toBe(true);
        expect(validate(a)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("agencies keep to the levels and kinds asked for", () => {
    fc.assert(
      fc.property(agencies({ levels: ["prefecture"], kinds: ["government"] }), (a) => {
        expect([a.level, a.kind, a.sector, a.name.endsWith("人民政府")]).toEqual(["prefecture", "government", null, true]);
      }),
    );
  });

  it("observations pass the schema and every rule, in their indicator's unit", () => {
    fc.assert(
      fc.property(observations(), (o) => {
        expect(Observation.safeParse(o).success).toBe(true);
        expect(o.quantity.unit).toBe(getIndicator(o.indicator).unit);
        expect(validate([o])).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("parsed documents pass the schema and every rule, with spans on their quotes", () => {
    fc.assert(
      fc.property(parsedDocuments(), (doc) => {
        expect(ParsedDocument.safeParse(doc).success).toBe(true);
        for (const q of doc.quantities) expect(doc.text.slice(q.span?.start, q.span?.end)).toBe(q.quote);
        expect(validate(doc)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe("arbitraries with a chosen defect", () => {
  const observationDefects: ObservationDefect[] = ["negativeCount", "nonIntegerCount", "rateOutOfRange", "unitMismatch"];
  for (const defect of observationDefects) {
    it(`observations with ${defect} give quantity.${defect} and nothing else`, () => {
      fc.assert(
        fc.property(observationsWith(defect), (o) => {
          expect(validate([o]).map((issue) => issue.code)).toEqual([`quantity.${defect}`]);
        }),
        { numRuns: 100 },
      );
    });
  }
  const agencyDefects: AgencyDefect[] = ["creditCodeInvalid", "creditCodeRegionMismatch", "levelMismatch"];
  for (const defect of agencyDefects) {
    it(`agencies with ${defect} give agency.${defect} and nothing else`, () => {
      fc.assert(
        fc.property(agenciesWith(defect), (a) => {
          expect(validate(a).map((issue) => issue.code)).toEqual([`agency.${defect}`]);
        }),
        { numRuns: 100 },
      );
    });
  }
});

describe("builders", () => {
  it("fill an observation with defaults around what is given", () => {
    const o = observation({ indicator: "enforcement.fineAmount", value: "1.5" });
    expect(o).toEqual({
      agency: "agency-1",
      indicator: "enforcement.fineAmount",
      period: 2021,
      quantity: { value: new Decimal("1.5"), unit: "元", qualifier: "exact" },
      modality: "actual",
      attribution: "own",
    });
    expect(observation({ agency: "b", period: 2019, unit: "万元", qualifier: "atLeast" })).toMatchObject({
      agency: "b",
      period: 2019,
      quantity: { unit: "万元", qualifier: "atLeast" },
    });
    expect(validate([observation()])).toEqual([]);
  });

  it("make a valid agency, with the fields given replaced", () => {
    expect(validate(agency())).toEqual([]);
    expect(agency({ id: "x", level: "prefecture" })).toMatchObject({ id: "x", level: "prefecture", divisionCode: "330203" });
    expect(validate(agency({ level: "prefecture" })).map((issue) => issue.code)).toEqual(["agency.levelMismatch"]);
  });
});

describe("decimalEquality", () => {
  it("equates Decimals of equal value, from any decimal.js constructor and either zero", () => {
    expect(new Decimal("0")).toEqual(new Decimal("-0"));
    expect({ total: new Decimal("1.5") }).toEqual({ total: new DecimalJs("1.50") });
    expect(new Decimal("1.5")).not.toEqual(new Decimal("1.6"));
    expect(decimalEquality("1.5", new Decimal("1.5"))).toBeUndefined();
  });
});

describe("fazhi checked with its own kit", () => {
  it("aggregate sums per indicator and year what a plain loop sums", () => {
    fc.assert(
      fc.property(fc.array(observations({ indicators: ["enforcement.penaltyCases", "enforcement.fineAmount"] }), { maxLength: 40 }), (figures) => {
        const expected = new Map<string, Decimal>();
        for (const o of figures) {
          const key = `${o.indicator} ${String(o.period)}`;
          expected.set(key, (expected.get(key) ?? new Decimal(0)).plus(o.quantity.value));
        }
        const rows = aggregate(figures, { by: ["indicator", "year"] });
        expect(new Map(rows.map((row) => [`${String(row.key["indicator"])} ${String(row.key["year"])}`, row.sum?.value]))).toEqual(expected);
      }),
    );
  });
});
