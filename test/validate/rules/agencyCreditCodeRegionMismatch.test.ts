import { describe, expect, it } from "vitest";
import { validate } from "../../../src/validate/validate.js";
import { agency } from "./documents.js";

const codes = (value: unknown) => validate(value).map((i) => i.code);

describe("agency.creditCodeRegionMismatch", () => {
  it("flags a valid credit code registered in another division than the agency's", () => {
    expect(codes({ ...agency, creditCode: "11330203MB1025728K" })).toEqual(["agency.creditCodeRegionMismatch"]);
  });

  it("stays silent when the code is registered in the agency's division", () => {
    expect(codes({ ...agency, divisionCode: "330203", creditCode: "11330203MB1025728K" })).toEqual([]);
  });
});
