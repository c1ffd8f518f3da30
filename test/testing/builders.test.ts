// The builders of the testing kit: an observation and an agency with defaults, the fields given replaced.
import { describe, expect, it } from "vitest";
import { Agency } from "../../src/model/agency.js";
import { Decimal } from "../../src/model/decimal.js";
import { Observation } from "../../src/model/observation.js";
import { agency, observation } from "../../src/testing/builders.js";
import { decimalEquality } from "../../src/testing/decimalEquality.js";
import { validate } from "../../src/validate/validate.js";

expect.addEqualityTesters([decimalEquality]);

describe("observation", () => {
  it("fills an observation with defaults around what is given", () => {
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

  it("defaults to one penalty case, in the indicator's unit, valid for the schema", () => {
    const o = observation();
    expect([o.indicator, o.quantity.value.toString(), o.quantity.unit]).toEqual(["enforcement.penaltyCases", "1", "件"]);
    expect(Observation.safeParse(o).success).toBe(true);
  });

  it("takes the value as a decimal string, a number or a Decimal, exactly", () => {
    expect(observation({ value: "0.1" }).quantity.value.plus("0.2").toString()).toBe("0.3");
    expect(observation({ value: 12 }).quantity.value.toString()).toBe("12");
    const d = new Decimal("123456789012345678.25");
    expect(observation({ value: d }).quantity.value.toString()).toBe("123456789012345678.25");
  });

  it("lets the given fields win over the defaults, the indicator's unit following the indicator", () => {
    expect(observation({ modality: "target", attribution: "joint", period: 2020 })).toMatchObject({ modality: "target", attribution: "joint", period: 2020 });
    expect(observation({ indicator: "enforcement.fineAmount" }).quantity.unit).toBe("元");
  });
});

describe("agency", () => {
  it("makes a valid agency, with the fields given replaced", () => {
    expect(validate(agency())).toEqual([]);
    expect(agency({ id: "x", level: "prefecture" })).toMatchObject({ id: "x", level: "prefecture", divisionCode: "330203" });
    expect(validate(agency({ level: "prefecture" })).map((issue) => issue.code)).toEqual(["agency.levelMismatch"]);
  });

  it("defaults to 宁波市海曙区交通运输局, which the schema accepts", () => {
    expect(agency()).toEqual({
      id: "agency-1",
      name: "宁波市海曙区交通运输局",
      kind: "department",
      level: "county",
      sector: "transport",
      divisionCode: "330203",
      creditCode: "11330203MB1025728K",
    });
    expect(Agency.safeParse(agency()).success).toBe(true);
  });
});
