import { describe, expect, it } from "vitest";
import { findSignature, readDatesAndSignature, readDocumentDates } from "../../src/parse/documentDates.js";

describe("readDocumentDates", () => {
  it.each([
    ["发布时间:2023-03-01 09:30\n某县2022年法治政府建设情况报告\n……\n某县人民政府\n2023年2月25日\n", "2023-03-01 09:30", "2023年2月25日"],
    ["发布时间：２０２３－０３－０１　０９：３０\n某县２０２２年法治政府建设情况报告\n……\n某县人民政府\n２０２３年２月２５日\n", "２０２３－０３－０１　０９：３０", "２０２３年２月２５日"],
  ])("reads the publication date after its label and the 落款, raw text sliced from the source", (source, publishedRaw, signedRaw) => {
    const { dates, issues } = readDocumentDates(source);
    expect(dates).toMatchObject({ published: "2023-03-01", publishedRaw, signed: "2023-02-25", signedRaw });
    expect(source.slice(dates.signedSpan?.start, dates.signedSpan?.end)).toBe(signedRaw);
    expect(source.slice(dates.publishedSpan?.start, dates.publishedSpan?.end)).toBe(publishedRaw);
    expect(issues).toEqual([]);
  });

  it("gives an issue, not a throw, for a 落款 that cannot be a date", () => {
    const source = "正文\n某市司法局\n2022年2月30日\n";
    const { dates, issues } = readDocumentDates(source);
    expect(dates.signed).toBeNull();
    expect(dates.signedRaw).toBe("2022年2月30日");
    expect(issues).toMatchObject([{ code: "date.malformed", path: ["dates", "signed"], span: { start: 9, end: 9 + "2022年2月30日".length } }]);
  });

  it("gives no dates for empty text or text without any", () => {
    expect(readDocumentDates("")).toEqual({ dates: { signed: null, signedRaw: null, published: null, publishedRaw: null }, issues: [] });
    expect(readDocumentDates("2022年，全县深入推进依法行政。").dates.signed).toBeNull();
  });
});

describe("findSignature", () => {
  it("takes the last date line and the line above it that is not blank", () => {
    expect(findSignature("关于印发的通知\n某县人民政府办公室\n2023年1月5日\n正文\n　某县司法局　\n\n　２０２３年２月２５日　\n")).toMatchObject({
      raw: "２０２３年２月２５日",
      above: "某县司法局",
    });
  });

  it("skips a header date line that repeats the publication date", () => {
    const source = "2023-03-01\n某县法治政府建设情况报告\n正文";
    expect(findSignature(source)?.raw).toBe("2023-03-01");
    expect(findSignature(source, "2023-03-01")).toBeNull();
    expect(readDatesAndSignature(`发布时间:2023-03-01\n${source}`).signature).toBeNull();
  });

  it("reads a date with its digits run together (2022225), and no date inside a sentence", () => {
    expect(findSignature("某县司法局\n2022225\n")).toMatchObject({ raw: "2022225", above: "某县司法局" });
    expect(findSignature("于2023年2月25日召开常务会议。")).toBeNull();
  });
});
