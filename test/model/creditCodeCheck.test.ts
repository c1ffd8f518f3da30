import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCreditCode } from "../../src/index.js";
import { creditCodeCheckCharacter, readCreditCode } from "../../src/model/index.js";
import { creditCode } from "./arbitraries.js";

describe("isCreditCode", () => {
  it("accepts a real code and refuses it with a changed check character", () => {
    expect(isCreditCode("11330203MB1025728K")).toBe(true);
    expect(isCreditCode("11330203MB1025728J")).toBe(false);
    expect(isCreditCode("11330203MB1025728")).toBe(false);
    expect(isCreditCode("11330203mb1025728k")).toBe(false);
    expect(isCreditCode("11330203MB1025728KK")).toBe(false);
  });

  it("refuses the letters GB 32100 leaves out (I, O, S, V, Z)", () => {
    expect(isCreditCode("I1330203MB1025728K")).toBe(false);
  });

  it("accepts every code with a computed check character and refuses every other last character", () => {
    fc.assert(
      fc.property(creditCode, fc.constantFrom(..."0123456789ABCDEFGHJKLMNPQRTUWXY"), (code, last) => {
        expect(isCreditCode(code)).toBe(true);
        const changed = code.slice(0, 17) + last;
        expect(isCreditCode(changed)).toBe(changed === code);
      }),
    );
  });

  it("detects any single changed character among the first 17", () => {
    fc.assert(
      fc.property(creditCode, fc.nat(16), fc.constantFrom(..."0123456789ABCDEFGHJKLMNPQRTUWXY"), (code, at, char) => {
        fc.pre(code[at] !== char && (at < 2 || at > 7 || /\d/.test(char)));
        expect(isCreditCode(code.slice(0, at) + char + code.slice(at + 1))).toBe(false);
      }),
    );
  });
});

describe("creditCodeCheckCharacter", () => {
  it("computes the check character", () => {
    expect(creditCodeCheckCharacter("11330203MB1025728")).toBe("K");
  });
  it("gives null for a wrong length or alphabet", () => {
    expect(creditCodeCheckCharacter("1133")).toBeNull();
    expect(creditCodeCheckCharacter("11330203MB102572O")).toBeNull();
  });
});

describe("readCreditCode", () => {
  it("reads the embedded division code and the other parts", () => {
    expect(readCreditCode("11330203MB1025728K")).toEqual({
      registrationAuthority: "1",
      organisationCategory: "1",
      divisionCode: "330203",
      organisationCode: "MB1025728",
      checkCharacter: "K",
    });
  });
  it("gives null for an invalid code", () => {
    expect(readCreditCode("11330203MB1025728J")).toBeNull();
  });
});
