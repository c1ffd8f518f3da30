import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates, parseDate, readDocumentDates } from "../../src/parse/index.js";

describe("parseDate", () => {
  it.each([
    ["2021年2月23日", "2021-02-23"],
    ["2021 年 2 月 23 日", "2021-02-23"],
    ["2021-02-23", "2021-02-23"],
    ["2021/2/23", "2021-02-23"],
    ["2021.2.23", "2021-02-23"],
    ["２０２１年２月２３日", "2021-02-23"],
    ["二〇二一年二月二十三日", "2021-02-23"],
    ["二〇二二年十二月三十一日", "2022-12-31"],
  ])("reads %s", (raw, date) => {
    expect(parseDate(raw)).toEqual({ date });
  });

  it("gives the one valid reading of a malformed date, with a warning", () => {
    const result = parseDate("2022225");
    expect(result.date).toBe("2022-02-25");
    expect(result.issue).toMatchObject({ code: "date.malformed", severity: "warning", params: { raw: "2022225", reading: "2022-02-25" } });
  });

  it("gives no date, with an error, when the text has none or several readings", () => {
    expect(parseDate("2021年2月30日")).toMatchObject({ date: null, issue: { code: "date.malformed", severity: "error" } });
    expect(parseDate("2022111")).toMatchObject({ date: null, issue: { params: { readings: "2022-01-11、2022-11-01", readingZh: "无法确定日期" } } });
    expect(parseDate("昨天").date).toBeNull();
  });

  it("reads every ISO date back", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split("-").map(Number);
        expect(parseDate(iso).date).toBe(iso);
        expect(parseDate(`${y}年${m}月${day}日`).date).toBe(iso);
      }),
    );
  });
});

describe("findDates and readDocumentDates", () => {
  it("finds dates with their spans", () => {
    const text = "于2021年7月9日召开,2021-07-10结束";
    expect(findDates(text).map((d) => [d.date, text.slice(d.span.start, d.span.end)])).toEqual([
      ["2021-07-09", "2021年7月9日"],
      ["2021-07-10", "2021-07-10"],
    ]);
  });

  it("reads the publication date from a header label and the signing date from the last date line", () => {
    const text = "发布机构: | 区交通局 | 发文日期: | 2021-01-07 |\n正文……\n\n    某某局\n\n    2021年1月5日\n打印本页";
    expect(readDocumentDates(text).dates).toEqual({
      signed: "2021-01-05",
      signedRaw: "2021年1月5日",
      published: "2021-01-07",
      publishedRaw: "2021-01-07",
      signedSpan: { start: text.lastIndexOf("2021年1月5日"), end: text.lastIndexOf("2021年1月5日") + 9 },
      publishedSpan: { start: text.indexOf("2021-01-07"), end: text.indexOf("2021-01-07") + 10 },
    });
  });

  it("reports a malformed signing date with its place", () => {
    const text = "正文\n哈尔滨市道外区人民政府\n\u00a0 2022225\n";
    const { dates, issues } = readDocumentDates(text);
    expect(dates.signed).toBe("2022-02-25");
    expect(dates.signedRaw).toBe("2022225");
    expect(issues[0]).toMatchObject({ code: "date.malformed", path: ["dates", "signed"] });
    expect(text.slice(issues[0]?.span?.start, issues[0]?.span?.end)).toBe("2022225");
  });

  it.each([
    ["发布时间:2021-03-15 10:20", "2021-03-15", "2021-03-15 10:20"],
    ["发布时间：2021年3月15日 10:20:33\n正文", "2021-03-15", "2021年3月15日 10:20:33"],
    ["发文日期： | 2021-01-07 |", "2021-01-07", "2021-01-07"],
    ["发布日期：２０２１年３月１５日　０９：３０", "2021-03-15", "２０２１年３月１５日　０９：３０"],
    ["时间：2022-12-05来源：某市交通运输局", "2022-12-05", "2022-12-05"],
    ["| 发布时间 |  | 2022-03-01 |\n | 来源 |  | 某局 |", "2022-03-01", "2022-03-01"],
  ])("reads a publication date after a full-width or ASCII label, a clock time kept in its raw text: %s", (text, published, publishedRaw) => {
    expect(readDocumentDates(text).dates).toMatchObject({ published, publishedRaw });
  });

  it("reads the same dates from a page with full-width marks as from its ASCII copy", () => {
    const ascii = "发布时间:2023-02-22 14:47\n正文(略)\n某县综合行政执法局\n2023年2月20日\n";
    const page = "发布时间：2023-02-22 14:47\n正文（略）\n某县综合行政执法局\n2023年2月20日\n";
    expect(readDocumentDates(page)).toEqual(readDocumentDates(ascii));
    expect(readDocumentDates(page).dates.signed).toBe("2023-02-20");
  });

  it("reads a 落款 written with full-width digits or followed by a clock time, raw as written", () => {
    expect(readDocumentDates("正文\n某县交通运输局\n\u3000\u3000２０２２年１月１０日\n").dates).toMatchObject({ signed: "2022-01-10", signedRaw: "２０２２年１月１０日" });
    expect(readDocumentDates("正文\n某县交通运输局\n2022-01-10 09:30\n").dates).toMatchObject({ signed: "2022-01-10", signedRaw: "2022-01-10" });
  });

  it("gives nulls when there are no dates", () => {
    expect(readDocumentDates("没有日期").dates).toEqual({ signed: null, signedRaw: null, published: null, publishedRaw: null });
  });
});

describe("findSignature", async () => {
  const { findSignature } = await import("../../src/parse/index.js");
  it("gives the last date line and the line above it", () => {
    expect(findSignature("正文\n哈尔滨市交通运输局\n\n2021年2月23日\n打印本页")).toEqual({ raw: "2021年2月23日", start: 14, above: "哈尔滨市交通运输局" });
    expect(findSignature("时间:\n2021-07-02\n正文", "2021-07-02")).toBeNull();
    expect(findSignature("没有落款")).toBeNull();
  });
});
