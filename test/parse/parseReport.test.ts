import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParsedDocument, parseReport } from "../../src/index.js";
import { corpusNames, corpusText } from "../helpers/corpus.js";
import { encodeGbk } from "../helpers/gbk.js";

const disclosureDir = new URL("../disclosure/docs/", import.meta.url);
const disclosureNames = readdirSync(disclosureDir).filter((name) => name.endsWith(".txt"));
const disclosureBytes = (name: string) => readFileSync(new URL(name, disclosureDir));

const spansHoldNumbers = (doc: ParsedDocument) => {
  expect(doc.quantities.length).toBeGreaterThan(0);
  for (const q of doc.quantities) expect(doc.text?.slice(q.span?.start, q.span?.end)).toBe(q.number);
};

/**
 * Prose figures of the four disclosure reports, checked by hand against the page. `quote` is
 * as it stands in `doc.text`, after the layout cleanup (several crossed a line break or a blank
 * line in the source: `政\n府网站`, `会议 7\n期`, `单位\n\n进行`).
 */
const figures = [
  { doc: "d04", quote: "主动公开政府信息4511条", number: "4511", value: "4511", unit: "条" },
  { doc: "d04", quote: "累计清理过期信息697条", number: "697", value: "697", unit: "条" },
  { doc: "d04", quote: "收取信息处理费共计380元", number: "380", value: "380", unit: "元" },
  { doc: "d01", quote: "代表市政府共受理政府信息公开申请859件", number: "859", value: "859", unit: "件" },
  { doc: "d01", quote: "答复政府信息公开申请805件", number: "805", value: "805", unit: "件" },
  { doc: "d01", quote: "两条微信阅读量即达180万次", number: "180万", value: "1800000", unit: "次" },
  // In the PDF the number and its unit stand on two lines: `公开政府常务会议 7` / `期`. Missed before the cleanup.
  { doc: "d07", quote: "公开政府常务会议 7期", number: "7", value: "7", unit: "期" },
] as const;

/** Figures written with a space before the unit (`21 件`), as pdftotext gives them: not read yet (numbers are the lead's), never read wrong. */
const spacedFigures = [
  { doc: "d06", quote: "我区在政府网站平台主动公开政府信息 1136 条", number: "1136", value: "1136", unit: "条" },
  { doc: "d06", quote: "2023 年全区受理政府信息公开申请 21 件", number: "21", value: "21", unit: "件" },
  { doc: "d07", quote: "区政府办代表区政府受理政府信息公开申请 17 件", number: "17", value: "17", unit: "件" },
  { doc: "d07", quote: "主动发布各类政府信息 2428 条", number: "2428", value: "2428", unit: "条" },
  { doc: "d04", quote: "及时向责任单位进行提醒通知，全年发出催办提示 84 次", number: "84", value: "84", unit: "次" },
  { doc: "d04", quote: "全县全年共受理政府信息公开申请 749 件", number: "749", value: "749", unit: "件" },
] as const;

const parsed = new Map(disclosureNames.map((name) => [name.slice(0, 3), parseReport(disclosureBytes(name), { document: name })]));

/** The quantities whose span overlaps the figure's number where its quote stands in the text. */
function at(figure: { doc: string; quote: string; number: string }) {
  const doc = parsed.get(figure.doc);
  const quoteAt = doc?.text?.indexOf(figure.quote) ?? -1;
  expect(quoteAt, figure.quote).toBeGreaterThanOrEqual(0);
  const start = quoteAt + figure.quote.lastIndexOf(figure.number);
  const end = start + figure.number.length;
  return (doc?.quantities ?? []).filter((q) => q.span && q.span.start < end && start < q.span.end);
}

describe("parseReport on the four disclosure reports (web page, OCR, two PDFs)", () => {
  it.each(figures)("reads $quote as $value $unit", (figure) => {
    const found = at(figure);
    expect(found.map((q) => [q.value.toString(), q.unit])).toEqual([[figure.value, figure.unit]]);
  });

  it.each(spacedFigures)("reads $quote right or not at all", (figure) => {
    for (const q of at(figure)) expect([q.value.toString(), q.unit]).toEqual([figure.value, figure.unit]);
  });

  it.each(disclosureNames)("gives spans into the text it returns, from bytes and from a string: %s", (name) => {
    const fromBytes = parsed.get(name.slice(0, 3)) as ParsedDocument;
    spansHoldNumbers(fromBytes);
    const fromString = parseReport(disclosureBytes(name).toString("utf8"));
    expect(fromString.text).toBe(fromBytes.text);
    expect(fromString.quantities).toEqual(fromBytes.quantities);
  });

  it("has no page number left in the text of the PDFs", () => {
    for (const doc of ["d06", "d07"]) expect(parsed.get(doc)?.text).not.toMatch(/^\s*-\d+-\s*$/m);
  });

  it("reports that the encoding of bytes without a declaration was guessed", () => {
    expect(parsed.get("d04")?.issues?.find((i) => i.code === "encoding.guessed")?.severity).toBe("info");
  });
});

describe("parseReport input", () => {
  it.each(corpusNames())("gives the same document from UTF-8 bytes, GB18030 bytes and a string: %s", (name) => {
    const text = corpusText(name);
    const fromString = parseReport(text);
    spansHoldNumbers(fromString);
    const fromBytes = parseReport(new TextEncoder().encode(text));
    expect(fromBytes.text).toBe(fromString.text);
    expect(fromBytes.agency).toEqual(fromString.agency);
    expect(fromBytes.quantities).toEqual(fromString.quantities);
    const fromGbk = parseReport(encodeGbk(text));
    expect(fromGbk.text).toBe(fromString.text);
    expect(fromGbk.agency).toEqual(fromString.agency);
    expect(fromGbk.quantities).toEqual(fromString.quantities);
    expect(fromGbk.issues?.find((i) => i.code === "encoding.guessed")?.params).toEqual({ encoding: "gb18030" });
  });

  it("throws a TypeError or RangeError naming an option it does not know or a wrong value", () => {
    expect(() => parseReport("x", null as never)).toThrow(new TypeError("parseReport: options must be an object"));
    expect(() => parseReport("x", { formats: "html" } as never)).toThrow(new RangeError('parseReport: unknown option "formats" (did you mean "format"?); its options are document, format, documentKind, encoding, reportUtf8Guess, cleanLayout'));
    expect(() => parseReport("x", { format: "pdf" } as never)).toThrow(new RangeError('parseReport: option format must be "text", "html" or "auto", not "pdf"'));
    expect(() => parseReport("x", { documentKind: "novel" } as never)).toThrow(new RangeError('parseReport: option documentKind must be "annual-report" or "work-plan", not "novel"'));
    expect(() => parseReport("x", { document: 5 } as never)).toThrow(new TypeError("parseReport: option document must be a string (the document's name)"));
    expect(() => parseReport("x", { cleanLayout: "no" } as never)).toThrow(TypeError);
    expect(() => parseReport("x", { reportUtf8Guess: 0 } as never)).toThrow(TypeError);
    expect(() => parseReport("x", { encoding: 936 } as never)).toThrow(TypeError);
    expect(parseReport("罚款1万元", { document: "a.txt", format: "auto", documentKind: "work-plan", cleanLayout: false, format2: undefined } as never).documentKind).toBe("work-plan");
  });

  it("throws a TypeError, a programming error, on what is neither text nor bytes", () => {
    for (const [input, what] of [[null, "null"], [undefined, "undefined"], [42, "number"], [{}, "object"], [["罚款1万元"], "object"]] as const) {
      expect(() => parseReport(input as unknown as string)).toThrow(new TypeError(`parseReport expects the text (a string) or a file's bytes (a Uint8Array), not ${what}`));
    }
    expect(parseReport(Buffer.from("罚款1万元")).quantities).toHaveLength(1);
  });

  it("reads an HTML page's bytes in its declared charset, and a string with a BOM", () => {
    const page = '<html><head><meta charset="gbk"></head><body><p>收费&yen;5元,罚款121&nbsp;万元</p></body></html>';
    const doc = parseReport(encodeGbk(page));
    expect(doc.text).toBe("收费¥5元,罚款121\u00a0万元");
    expect(doc.issues?.filter((i) => i.code.startsWith("encoding."))).toEqual([]);
    spansHoldNumbers(doc);
    expect(parseReport("\ufeff罚款5元").text).toBe("罚款5元");
  });

  it("reports replacement characters in a string read with the wrong encoding, with their span in the text", () => {
    const doc = parseReport("\ufffd\ufffd县人民政府\n罚款5元\ufffd");
    const lossy = doc.issues?.find((i) => i.code === "encoding.lossy");
    expect(lossy?.params).toMatchObject({ encoding: null, count: 3, first: 0, position: 1 });
    expect(lossy?.message).toContain("请传入文件的原始字节");
    expect(doc.text?.slice(lossy?.span?.start, lossy?.span?.end)).toBe("\ufffd");
  });

  it("keeps the text as given when asked not to clean its layout", () => {
    const text = "一、总体情况。\n\n-1-\n二、其他。";
    expect(parseReport(text).text).toBe("一、总体情况。\n二、其他。");
    expect(parseReport(text, { cleanLayout: false }).text).toBe(text);
  });

  it("never throws on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const doc = parseReport(bytes);
        for (const q of doc.quantities) expect(doc.text?.slice(q.span?.start, q.span?.end)).toBe(q.number);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on strings of markup, entities, page numbers and broken lines", () => {
    const unit = fc.constantFrom(..."<>&;#/ \n\f罚款5元件,。、“", "<p>", "<td>", "<table>", "&yen;", "&#", "-1-\n", "第1页", "一、", "\u3000", "İ");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const doc = parseReport(text);
        for (const q of doc.quantities) expect(doc.text?.slice(q.span?.start, q.span?.end)).toBe(q.number);
      }),
      { numRuns: 300 },
    );
  });
});
