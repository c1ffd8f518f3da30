import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Agency } from "../../src/model/agency.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

const daowai = {
  id: "230104-gov",
  name: "哈尔滨市道外区人民政府",
  kind: "government",
  level: "county",
  sector: null,
  divisionCode: "230104",
} as const;

const bureau = {
  id: "hrb-transport",
  name: "哈尔滨市交通运输局",
  kind: "department",
  level: "prefecture",
  sector: "transport",
  divisionCode: "230100",
  creditCode: "11330203MB1025728K",
  parentId: "230100-gov",
} as const;

/** The paths of the issues of a refused value. */
const refusedAt = (input: unknown): string[] => (Agency.safeParse(input).error?.issues ?? []).map((i) => i.path.join("."));

describe("Agency", () => {
  it("accepts a government with no sector, and a department with a credit code and a parent", () => {
    expect(Agency.parse(daowai)).toEqual(daowai);
    expect(Agency.parse(bureau)).toEqual(bureau);
  });

  it("drops fields it does not know", () => {
    expect(Agency.parse({ ...daowai, region: "黑龙江省哈尔滨市道外区" })).toEqual(daowai);
  });

  it("requires the sector, null for a whole government, never absent", () => {
    const { sector: _, ...noSector } = daowai;
    expect(refusedAt(noSector)).toEqual(["sector"]);
    expect(refusedAt({ ...daowai, sector: "roads" })).toEqual(["sector"]);
  });

  it("refuses an empty id, name or parent id", () => {
    expect(refusedAt({ ...daowai, id: "" })).toEqual(["id"]);
    expect(refusedAt({ ...daowai, name: "" })).toEqual(["name"]);
    expect(refusedAt({ ...bureau, parentId: "" })).toEqual(["parentId"]);
  });

  it("refuses an unknown kind or level", () => {
    expect(refusedAt({ ...daowai, kind: "bureau" })).toEqual(["kind"]);
    expect(refusedAt({ ...daowai, level: "township" })).toEqual(["level"]);
  });

  it("refuses a division code that is no GB/T 2260 code, with the model's own check", () => {
    for (const code of ["23010", "2301040", "990104", "２３０１０４", 230104]) {
      expect(refusedAt({ ...daowai, divisionCode: code }), String(code)).toEqual(["divisionCode"]);
    }
    const issue = Agency.safeParse({ ...daowai, divisionCode: "990104" }).error?.issues[0];
    expect(issue?.code).toBe("custom");
    expect(issue && "params" in issue ? issue.params : undefined).toEqual({ fazhi: "divisionCode.invalid" });
  });

  it("refuses a credit code with a wrong check character, with the model's own check", () => {
    const issue = Agency.safeParse({ ...bureau, creditCode: "11330203MB1025728J" }).error?.issues[0];
    expect(issue?.path).toEqual(["creditCode"]);
    expect(issue && "params" in issue ? issue.params : undefined).toEqual({ fazhi: "creditCode.invalid" });
  });

  it("takes the optional fields as absent, never as undefined", () => {
    expect(refusedAt({ ...daowai, creditCode: undefined })).toEqual(["creditCode"]);
    expect(refusedAt({ ...daowai, parentId: undefined })).toEqual(["parentId"]);
    expect("creditCode" in Agency.parse(daowai)).toBe(false);
  });

  it("round-trips through JSON (property)", () => {
    fc.assert(fc.property(arb.agency, (value) => expectJsonRoundTrip(Agency, value)), { numRuns: 150 });
  });
});
