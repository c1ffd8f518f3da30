import { describe, expect, it } from "vitest";
import { validate } from "../../../src/validate/validate.js";
import { agency, doc } from "./documents.js";

const findings = (value: unknown) => validate(value).filter((i) => i.code === "agency.divisionCodeInvalid");

describe("agency.divisionCodeInvalid", () => {
  it("flags a division code that names no division, of an agency or a parsed document", () => {
    expect(findings({ ...agency, divisionCode: "230199" }).map((i) => i.params["code"])).toEqual(["230199"]);
    expect(findings(doc({ agency: { name: null, kind: "department", level: "county", sector: null, region: null, divisionCode: "230199" } }))).toHaveLength(1);
  });

  it("stays silent on a code of the division table, and on none", () => {
    expect(findings(agency)).toEqual([]);
    expect(findings(doc({}))).toEqual([]);
    expect(findings(doc({ agency: { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null } }))).toEqual([]);
  });
});
