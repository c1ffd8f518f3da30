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
