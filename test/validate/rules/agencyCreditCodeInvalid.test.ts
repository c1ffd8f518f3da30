import { describe, expect, it } from "vitest";
import { validate } from "../../../src/validate/validate.js";
import { agency } from "./documents.js";

const codes = (value: unknown) => validate(value).map((i) => i.code);

describe("agency.creditCodeInvalid", () => {
  it("flags a credit code whose check character is wrong", () => {
    expect(codes({ ...agency, creditCode: "11330203MB1025728J" })).toEqual(["agency.creditCodeInvalid"]);
  });

  it("stays silent on a well-formed code of the agency's division, and on none", () => {
    expect(codes({ ...agency, divisionCode: "330203", creditCode: "11330203MB1025728K" })).toEqual([]);
    expect(codes(agency)).toEqual([]);
  });
});
