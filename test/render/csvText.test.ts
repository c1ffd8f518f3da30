import { describe, expect, it } from "vitest";
import { csvText } from "../../src/render/csvText.js";

describe("csvText", () => {
  it("writes a BOM, CRLF records and the fields as given", () => {
    expect(csvText(["机关 agency", "数值 value"], [["=A1", "12.5"]])).toBe("\uFEFF机关 agency,数值 value\r\n=A1,12.5\r\n");
  });

  it("neutralises formulas in the header only", () => {
    expect(csvText(["=cmd", "-x"], [["-2", "@y"]])).toBe("\uFEFF'=cmd,'-x\r\n-2,@y\r\n");
  });

  it("quotes commas, quotes and line breaks, full-width ones untouched", () => {
    expect(csvText(["a"], [['甲,"乙"\n丙'], ["甲，乙"]])).toBe('\uFEFFa\r\n"甲,""乙""\n丙"\r\n甲，乙\r\n');
  });

  it("writes numbers and a header alone", () => {
    expect(csvText(["n"], [[-1.5]])).toBe("\uFEFFn\r\n-1.5\r\n");
    expect(csvText(["n"], [])).toBe("\uFEFFn\r\n");
  });
});
