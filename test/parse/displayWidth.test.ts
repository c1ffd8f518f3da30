import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayWidth, isWideCode } from "../../src/parse/displayWidth.js";

describe("displayWidth", () => {
  it.each([
    ["办结32件,结案率100%", 6 * 2 + 7],
    ["办结３２件，结案率１００％", 13 * 2],
    ["（一）“放管服”改革", 10 * 2],
    ["", 0],
    ["abc 123", 7],
  ])("counts two columns a full-width character and one for others: %s", (line, width) => {
    expect(displayWidth(line)).toBe(width);
  });

  it("counts an astral character once, two columns wide", () => {
    expect(displayWidth("𠀾县")).toBe(4);
  });

  it("counts a half of an astral character standing alone one column: a string is never narrower than it is long", () => {
    expect(displayWidth("\ud840")).toBe(1);
    expect(displayWidth("\udc3e县")).toBe(3);
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => displayWidth(s) >= s.length));
  });

  it("gives every UTF-16 code its columns: two for wide ones, one for each half of an astral character, one for the rest", () => {
    const wideMarks = new Set([0x2014, 0x2026, 0x00b7]);
    for (let code = 0; code < 0x10000; code++) {
      const expected = code >= 0xd800 && code <= 0xdfff ? 1 : isWideCode(code) || (code >= 0x2018 && code <= 0x201f) || wideMarks.has(code) ? 2 : 1;
      if (displayWidth(String.fromCharCode(code)) !== expected) expect(displayWidth(String.fromCharCode(code)), code.toString(16)).toBe(expected);
    }
  });

  it("draws the quotes, dashes and dots Chinese fonts draw wide", () => {
    expect(displayWidth("‘—…·")).toBe(8);
  });
});

describe("isWideCode", () => {
  it("tells ideographs and full-width forms from ASCII", () => {
    expect(isWideCode("法".charCodeAt(0))).toBe(true);
    expect(isWideCode("，".charCodeAt(0))).toBe(true);
    expect(isWideCode("１".charCodeAt(0))).toBe(true);
    expect(isWideCode(",".charCodeAt(0))).toBe(false);
    expect(isWideCode("1".charCodeAt(0))).toBe(false);
    expect(isWideCode("—".charCodeAt(0))).toBe(false);
  });
});
