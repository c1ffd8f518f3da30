// How a user tests an analytics script with fazhi/testing: builders for the cases worked out
// by hand, arbitraries for the properties, and Decimal-aware equality. Run by `npm test`.
import fc from "fast-check";
import { Decimal } from "fazhi";
import { decimalEquality, observation, observations } from "fazhi/testing";
import { describe, expect, it } from "vitest";
import { finesPerCase } from "./finesPerCase.js";

expect.addEqualityTesters([decimalEquality]);

describe("finesPerCase", () => {
  it("divides an agency's fines by its cases, year by year", () => {
    const figures = [
      observation({ indicator: "enforcement.fineAmount", value: "1210000", period: 2020 }),
      observation({ indicator: "enforcement.penaltyCases", value: 152, period: 2020 }),
      observation({ indicator: "enforcement.fineAmount", value: "1.5", period: 2021 }),
      observation({ indicator: "enforcement.penaltyCases", value: 3, period: 2021 }),
    ];
    expect(finesPerCase(figures)).toEqual([
      { agency: "agency-1", year: 2020, finePerCase: new Decimal("1210000").div(152) },
      { agency: "agency-1", year: 2021, finePerCase: new Decimal("0.50") },
    ]);
  });

  it("leaves out an agency without cases", () => {
    expect(finesPerCase([observation({ indicator: "enforcement.fineAmount", value: "100" })])).toEqual([]);
    const none = observation({ indicator: "enforcement.penaltyCases", value: 0 });
    expect(finesPerCase([observation({ indicator: "enforcement.fineAmount", value: "100" }), none])).toEqual([]);
  });

  it("gives back the total fines when multiplied by the cases (any valid figures)", () => {
    const figures = fc.array(
      observations({ agencies: ["a", "b"], years: [2020, 2021], indicators: ["enforcement.fineAmount", "enforcement.penaltyCases"] }),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(figures, (list) => {
        for (const row of finesPerCase(list)) {
          const mine = list.filter((o) => o.agency === row.agency && o.period === row.year);
          const sum = (code: string) => mine.filter((o) => o.indicator === code).reduce((s, o) => s.plus(o.quantity.value), new Decimal(0));
          expect(row.finePerCase.times(sum("enforcement.penaltyCases")).toDecimalPlaces(6)).toEqual(
            sum("enforcement.fineAmount").toDecimalPlaces(6),
          );
        }
      }),
    );
  });
});
