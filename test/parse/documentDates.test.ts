import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateLine, endsMidSentence, findSignature, listPlace, readDatesAndSignature, readDocumentDates } from "../../src/parse/documentDates.js";
import { toFullWidth } from "../helpers/fullWidth.js";
import { growth } from "../helpers/growth.js";

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

// Without a 落款, a text cut mid-sentence (an excerpt) could not be told from a whole report that lacks one.
describe("endsMidSentence, and cutShort on a text without a 落款", () => {
  const whole = "一、主要成效\n全年办理行政处罚案件126件,罚款金额835.6万元。\n二、下一步打算\n我局将进一步加强执法队伍建设,不断提高依法行政水平。";
  it.each([
    [whole, false],
    [`${whole}\n\n打印本页 关闭窗口\n- 3 -\n`, false],
    [`${whole.slice(0, -1)}”\n`, true],
    [`${whole}”`, false],
    [whole.slice(0, -8), true],
    [`${whole.slice(0, -8)}\n\n扫一扫在手机打开当前页\n`, true],
    [`${whole}\n三、2024年工作打算\n(一)持续深化“放管服”改革,推进`, true],
    ["", false],
    ["打印本页", false],
  ])("%#: %s", (text, cut) => {
    for (const form of [text, toFullWidth(text)]) expect(endsMidSentence(form), form.slice(-12)).toBe(cut);
  });

  it("marks a text without a 落款 that stops mid-sentence, and no other", () => {
    for (const form of [(t: string) => t, toFullWidth]) {
      expect(readDocumentDates(form(whole.slice(0, -8))).dates.cutShort).toBe(true);
      expect(readDocumentDates(form(whole)).dates.cutShort).toBeUndefined();
      expect(readDocumentDates(form(`${whole.slice(0, -8)}\n某县司法局\n2024年1月20日\n`)).dates.cutShort).toBeUndefined();
    }
  });

  it("reads a text in time linear in its lines: 4n in less than 10 times the time of n", () => {
    const text = (n: number) => "打印本页\n".repeat(n);
    expect(growth(endsMidSentence, text(2_000), text(8_000))).toBeLessThan(10);
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

  it("reads a 落款 on one line (the body's name, a space, the date) and a date in brackets, in either width", () => {
    for (const text of ["正文。\n某市生态环境局 2024年1月25日\n", "正文。\n某市生态环境局　　２０２４年１月２５日\n"]) {
      const found = findSignature(text);
      expect(found?.above).toBe("某市生态环境局");
      expect(found && text.slice(found.start, found.start + found.raw.length)).toBe(found?.raw);
    }
    expect(findSignature("正文。\n某县人民政府\n(2024年1月25日)\n")).toMatchObject({ raw: "2024年1月25日", above: "某县人民政府" });
    expect(findSignature(toFullWidth("正文。\n某县人民政府\n(2024年1月25日)\n"))).toMatchObject({ raw: "2024年1月25日", above: "某县人民政府" });
    // Not a body's name before the date, or words run into it: no 落款.
    for (const text of ["会议时间 2024年1月25日\n", "某县司法局2024年1月25日\n", "截至 2024年1月25日\n", "2024年1月25日印发\n"]) expect(findSignature(text), text).toBeNull();
    expect(readDocumentDates("某市生态环境局2023年法治政府建设年度报告\n正文。\n某市生态环境局 2024年1月25日\n").dates.signed).toBe("2024-01-25");
  });

  it("cuts lines where a multiline pattern does (LF, CR, U+2028, U+2029), reading them from the end", () => {
    expect(findSignature("某县司法局\r\n2023年2月25日\r\n")).toMatchObject({ raw: "2023年2月25日", start: 7, above: "某县司法局" });
    expect(findSignature("某县司法局\u20282023年2月25日\u2029正文")).toMatchObject({ raw: "2023年2月25日", start: 6 });
    expect(findSignature("2023年2月25日\r正文")?.start).toBe(0);
  });

  it("searches from the end in pieces that start at a line's start, wherever a piece's edge falls", () => {
    // A long last line moves where each piece searched from the end begins, one character at a time.
    for (let n = 0; n < 12_000; n++) {
      const tail = `\n${"。".repeat(n)}`;
      expect(findSignature(`某县司法局2023年2月25日${tail}`)).toBeNull();
      expect(findSignature(`某县司法局\n2023年2月25日${tail}`)?.start).toBe(6);
    }
  });

  it("finds the date line a multiline search from the top finds last, on generated texts (some thousands of characters long)", () => {
    // The reader before 2026-12-02: its multiline pattern over the whole text at once, the last match kept.
    const lastFromTop = (text: string, publishedRaw: string | null): { raw: string; start: number } | null => {
      let found: { raw: string; start: number } | null = null;
      let opening: { raw: string; start: number } | null = null;
      for (const line of text.matchAll(dateLine)) {
        const raw = line.groups?.["date"] ?? "";
        if (raw === publishedRaw && line.index < 400) continue;
        // The dates of a list of links (2026-12: the same rule on the whole text): the last date apart, else the last list's first.
        const place = listPlace(text, line.index, line.index + line[0].length, raw);
        const at = line.index + line[0].indexOf(raw, line.groups?.["name"]?.length ?? 0);
        if (place === "none") found = { raw, start: at };
        else if (place === "first") opening = { raw, start: at };
      }
      return found ?? opening;
    };
    const piece = fc.constantFrom("2023年2月25日", "２０２３年２月２５日", "二〇二三年二月二十五日", "2023-02-25", "2022225", " 09:30", "　", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\u2029", "某县司法局", "正文。", "1", "年", "正文。".repeat(400), "正文。\n".repeat(700));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom(null, "2023-02-25", "2023年2月25日"), (pieces, publishedRaw) => {
        const text = pieces.join("");
        const found = findSignature(text, publishedRaw);
        expect(found && { raw: found.raw, start: found.start }).toEqual(lastFromTop(text, publishedRaw));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("findSignature after a page's list of links", () => {
  it("takes no date of a list of links below the 落款 (title, date, title, date) for the signing date", () => {
    const page = "正文……\n嘉兴市司法局\n2024年3月20日\n相关文章\n海宁市2023年度法治政府建设情况报告\n2024-03-27\n桐乡市2023年度法治政府建设情况报告\n2024-03-29\n版权所有:嘉兴市人民政府";
    expect(findSignature(page)).toEqual({ raw: "2024年3月20日", start: 12, above: "嘉兴市司法局" });
    expect(readDocumentDates(page).dates.signed).toBe("2024-03-20");
    // A list right below the 落款, with no heading: the 落款 is the list's first date.
    expect(findSignature(page.replace("相关文章\n", ""))?.raw).toBe("2024年3月20日");
    // One 落款 signed by two bodies, each with the same date, is still a 落款.
    expect(findSignature("正文\n甲局\n2024年3月20日\n乙局\n2024年3月20日\n")?.raw).toBe("2024年3月20日");
  });
});
