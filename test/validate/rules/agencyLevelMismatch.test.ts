import { describe, expect, it } from "vitest";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc } from "./documents.js";

const codes = (value: unknown) => validate(value).map((i) => i.code);

describe("agency.levelMismatch", () => {
  it("flags a level that does not fit the division code (a county agency with a prefecture's code)", () => {
    expect(codes({ ...agency, divisionCode: "230100" })).toEqual(["agency.levelMismatch"]);
    expect(codes(doc({ agency: { name: null, kind: "department", level: "county", sector: null, region: null, divisionCode: "230100" } }))).toEqual(["agency.levelMismatch"]);
  });

  it("stays silent when the level is the code's", () => {
    expect(codes(agency)).toEqual([]);
    expect(codes({ ...agency, level: "prefecture", divisionCode: "230100" })).toEqual([]);
  });
});
