import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index.js";
import { decodeText } from "../../src/parse/index.js";
import { encodeGbk } from "../helpers/gbk.js";

const codes = (issues: readonly { code: string; severity: string }[]) => issues.map((i) => `${i.code}:${i.severity}`);
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const swap = (bytes: Uint8Array) => bytes.map((_, i) => bytes[i ^ 1] ?? 0);
const concat = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((part) => [...part]));

/** 报告 (report) and 沭阳县人民政府 in GBK, byte for byte from the GB2312 code chart. */
const report = [0xb1, 0xa8, 0xb8, 0xe6];
const shuyang = [0xe3, 0xf0, 0xd1, 0xf4, 0xcf, 0xd8, 0xc8, 0xcb, 0xc3, 0xf1, 0xd5, 0xfe, 0xb8, 0xae];

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte order mark", () => {
    expect(decodeText(utf8("\ufeff报告"))).toEqual({ text: "报告", encoding: "utf-8", issues: [] });
    const guessed = decodeText(utf8("罚款121万元"));
    expect(guessed.text).toBe("罚款121万元");
    expect(guessed.encoding).toBe("utf-8");
    expect(codes(guessed.issues)).toEqual(["encoding.guessed:info"]);
  });

  it("leaves a UTF-8 guess unreported when asked, and still reports every other guess", () => {
    for (const text of ["罚款121万元", "罚款１２１万元，行政复议３３件。"]) {
      expect(decodeText(utf8(text), { reportUtf8Guess: false })).toEqual({ text, encoding: "utf-8", issues: [] });
      expect(codes(decodeText(utf8(text), { reportUtf8Guess: true }).issues)).toEqual(["encoding.guessed:info"]);
    }
    expect(codes(decodeText(new Uint8Array([...report, 0x2c, ...shuyang]), { reportUtf8Guess: false }).issues)).toEqual(["encoding.guessed:warning"]);
    expect(codes(decodeText(utf16le("Annual report 2021: 33 cases"), { reportUtf8Guess: false }).issues)).toEqual(["encoding.guessed:warning"]);
    // A declaration the bytes contradict is no guess: still reported.
    expect(codes(decodeText(utf8("罚款121万元"), { encoding: "gbk", reportUtf8Guess: false }).issues)).toEqual(["encoding.declaredMismatch:warning"]);
    expect(codes(parseReport(utf8("罚款121万元"), { reportUtf8Guess: false }).issues)).not.toContain("encoding.guessed:info");
    expect(parseReport(utf8("罚款121万元"), { reportUtf8Guess: false }).issues.map((i) => i.code)).not.toContain("encoding.guessed");
  });

  it("reads plain ASCII without a guess to report", () => {
    expect(decodeText(utf8("2021 report"))).toEqual({ text: "2021 report", encoding: "utf-8", issues: [] });
    expect(decodeText(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", issues: [] });
  });

  it("reads UTF-16LE and UTF-16BE with a byte order mark", () => {
    const le = concat([0xff, 0xfe], utf16le("行政复议33件"));
    expect(decodeText(le)).toEqual({ text: "行政复议33件", encoding: "utf-16le", issues: [] });
    const be = concat([0xfe, 0xff], swap(utf16le("行政复议33件")));
    expect(decodeText(be)).toEqual({ text: "行政复议33件", encoding: "utf-16be", issues: [] });
  });

  it("recognises UTF-16 without a byte order mark by its zero bytes, as a guess", () => {
    const decoded = decodeText(utf16le("Annual report 2021: 33 cases"));
    expect(decoded.text).toBe("Annual report 2021: 33 cases");
    expect(decoded.encoding).toBe("utf-16le");
    expect(codes(decoded.issues)).toEqual(["encoding.guessed:warning"]);
    expect(decodeText(swap(utf16le("Annual report 2021: 33 cases"))).encoding).toBe("utf-16be");
  });

  it("reads GBK bytes that are not UTF-8 as GB18030, with a warning that it guessed", () => {
    const decoded = decodeText(new Uint8Array([...report, 0x2c, ...shuyang]));
    expect(decoded.text).toBe("报告,沭阳县人民政府");
    expect(decoded.encoding).toBe("gb18030");
    expect(codes(decoded.issues)).toEqual(["encoding.guessed:warning"]);
    expect(decoded.issues[0]?.message).toMatch(/推测.*\/ .*read as gb18030/);
  });

  it("takes the charset a page declares, in a meta tag or http-equiv, without a guess", () => {
    const body = [...report];
    for (const head of [
      '<html><head><meta charset="gbk"><title>',
      "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gb2312'><title>",
      '<?xml version="1.0" encoding="GB18030"?><html><title>',
    ]) {
      const decoded = decodeText(concat(utf8(head), body, utf8("</title>")));
      expect(decoded.text).toBe(`${head}报告</title>`);
      expect(decoded.encoding).toBe("gb18030");
      expect(decoded.issues).toEqual([]);
    }
  });

  it("reads a page whose meta tag says UTF-16 as UTF-8, as browsers do (the tag could not be read otherwise)", () => {
    const decoded = decodeText(utf8('<html><meta charset="utf-16"><p>报告</p>'));
    expect(decoded.text).toBe('<html><meta charset="utf-16"><p>报告</p>');
    expect(decoded).toMatchObject({ encoding: "utf-8", issues: [] });
  });

  it("takes an encoding given by the caller (an HTTP charset), and a BOM over it", () => {
    expect(decodeText(new Uint8Array(report), { encoding: "GBK" })).toEqual({ text: "报告", encoding: "gb18030", issues: [] });
    expect(decodeText(utf8("\ufeff报告"), { encoding: "gbk" })).toEqual({ text: "报告", encoding: "utf-8", issues: [] });
  });

  it("reads bytes that contradict their declaration by what they are, and says so", () => {
    // A template's gb2312 on a page served as UTF-8: GB18030 would read it without error, and wrongly.
    const page = utf8('<meta charset="gb2312"><p>沭阳县人民政府</p>');
    const decoded = decodeText(page);
    expect(decoded.text).toBe('<meta charset="gb2312"><p>沭阳县人民政府</p>');
    expect(decoded.encoding).toBe("utf-8");
    expect(codes(decoded.issues)).toEqual(["encoding.declaredMismatch:warning"]);
    const gbk = decodeText(new Uint8Array(shuyang), { encoding: "utf-8" });
    expect(gbk.text).toBe("沭阳县人民政府");
    expect(codes(gbk.issues)).toEqual(["encoding.declaredMismatch:warning"]);
  });

  it("reports a declared encoding it does not know and guesses instead", () => {
    const decoded = decodeText(new Uint8Array(report), { encoding: "x-unknown-charset" });
    expect(decoded.text).toBe("报告");
    expect(codes(decoded.issues)).toEqual(["encoding.unknownLabel:warning", "encoding.guessed:warning"]);
  });

  it("reports characters it could not decode, with their count and the first place", () => {
    const decoded = decodeText(concat(utf8("报告"), [0xff], utf8("罚款"), [0xff]));
    expect(decoded.text).toBe("报告\ufffd罚款\ufffd");
    const lossy = decoded.issues.find((i) => i.code === "encoding.lossy");
    expect(lossy?.params).toMatchObject({ encoding: "utf-8", count: 2, first: 2, position: 3 });
    expect(lossy?.message).toContain("could not be decoded as utf-8");
    expect(lossy?.span).toEqual({ start: 2, end: 3 });
    expect(lossy?.severity).toBe("warning");
    const truncated = decodeText(concat([0xff, 0xfe], utf16le("报告"), [0x41]));
    expect(truncated.text).toBe("报告\ufffd");
    expect(codes(truncated.issues)).toEqual(["encoding.lossy:warning"]);
  });

  it("reads a whole GBK-encoded report as its UTF-8 text (the bug: read as UTF-8 it lost the agency, silently)", () => {
    const text = readFileSync(new URL("../disclosure/docs/d06_hongze_qu_zhengfu_xxgk_2023.txt", import.meta.url), "utf8");
    const bytes = encodeGbk(text);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe("gb18030");
    const before = parseReport(new TextDecoder().decode(bytes));
    expect(before.agency.name).toBeNull();
    expect(before.issues?.map((i) => i.code)).toContain("encoding.lossy");
    const after = parseReport(bytes);
    expect(after.agency.name).toBe(parseReport(text).agency.name);
    expect(after.agency.name).not.toBeNull();
    expect(after.quantities.map((q) => q.number)).toEqual(parseReport(text).quantities.map((q) => q.number));
    expect(after.issues?.map((i) => i.code)).toContain("encoding.guessed");
  });

  it("throws a TypeError on anything but a Uint8Array, and takes a Buffer", () => {
    expect(() => decodeText("报告" as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => decodeText([0xb1, 0xa8] as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => decodeText(null as unknown as Uint8Array)).toThrow(TypeError);
    expect(decodeText(Buffer.from("报告", "utf8")).text).toBe("报告");
  });

  it("never throws on any bytes, and reports every replacement character it produced", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        const decoded = decodeText(bytes);
        const lossy = decoded.issues.find((i) => i.code === "encoding.lossy");
        if (!decoded.text.includes("\ufffd")) expect(lossy).toBeUndefined();
        if (lossy) expect(decoded.text.split("\ufffd").length - 1).toBe(lossy.params["count"]);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back any text it is given as UTF-8", () => {
    fc.assert(
      // NUL in every other byte is how UTF-16 without a byte order mark is recognised: no text has it.
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }).filter((text) => !text.includes("\0")), (text) => {
        const expected = text.startsWith("\ufeff") ? text.slice(1) : text;
        expect(decodeText(utf8(text)).text).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
