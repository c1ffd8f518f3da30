import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentAgency } from "../../src/model/documentAgency.js";
import { sectors } from "../../src/model/sector.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

const haishu = {
  name: "宁波市海曙区交通运输局",
  kind: "department",
  level: "county",
  sector: "transport",
  region: "浙江省宁波市海曙区",
  divisionCode: "330203",
} as const;

const unknown = { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null };

const refusedAt = (input: unknown): string[] => (DocumentAgency.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));

describe("DocumentAgency", () => {
  it("accepts an agency read in full, and one the document tells nothing of", () => {
    expect(DocumentAgency.parse(haishu)).toEqual(haishu);
    expect(DocumentAgency.parse(unknown)).toEqual(unknown);
  });

  it("has no id, and drops one it is given", () => {
    expect(DocumentAgency.parse({ ...haishu, id: "330203-transport" })).toEqual(haishu);
  });

  it("requires every field: what the document does not tell is null, never absent", () => {
    const { region: _, ...noRegion } = haishu;
    expect(refusedAt(noRegion)).toEqual(["region"]);
    expect(refusedAt({})).toEqual(["name", "kind", "level", "sector", "region", "divisionCode"]);
  });

  it("refuses an empty name or region: unknown is null, not empty", () => {
    expect(refusedAt({ ...haishu, name: "", region: "" })).toEqual(["name", "region"]);
  });

  it("refuses a kind, level, sector or division code the model does not know", () => {
    expect(refusedAt({ ...haishu, kind: "bureau", level: "township", sector: "roads", divisionCode: "33020" })).toEqual([
      "kind",
      "level",
      "sector",
      "divisionCode",
    ]);
  });

  it("round-trips through JSON (property)", () => {
    const agency = fc.record({
      name: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      kind: fc.constantFrom(null, "government", "department" as const),
      level: fc.constantFrom(null, "province", "prefecture", "county" as const),
      sector: fc.constantFrom(null, ...sectors),
      region: fc.option(fc.string({ minLength: 1 }), { nil: null }),
      divisionCode: fc.option(arb.divisionCode, { nil: null }),
    });
    fc.assert(fc.property(agency, (value) => expectJsonRoundTrip(DocumentAgency, value)));
  });
});
