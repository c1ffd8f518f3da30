import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, widths } from "./documents.js";

const signedSpan = { start: 40, end: 49 };
const publishedSpan = { start: 3, end: 13 };
const at = (signed: string, published: string) => doc({ dates: { signed, signedRaw: "x", published, publishedRaw: "y", signedSpan, publishedSpan } });
const spans = (value: unknown) => validate(value).map((i) => [i.code, i.span ?? null]);
const codes = (value: unknown, options = {}) => validate(value, options).map((i) => i.code);
const page = (published: string, signed: string) => `发布时间:${published}\n某县交通运输局2021年法治政府建设情况报告\n正文\n某县交通运输局\n${signed}\n`;

describe("date.publishedLongAfterSigned", () => {
  it("flags a report published more than 90 days after it was signed, and points at the publication date", () => {
    expect(spans(at("2022-01-05", "2022-04-20"))).toEqual([
      ["date.reportLate", publishedSpan],
      ["date.publishedLongAfterSigned", publishedSpan],
    ]);
    expect(validate(at("2022-01-05", "2022-04-20")).find((i) => i.code === "date.publishedLongAfterSigned")?.params["days"]).toBe(105);
  });

  it("stays silent within the limit, which is an option", () => {
    const soon = doc({ dates: { signed: "2022-01-05", signedRaw: null, published: "2022-03-01", publishedRaw: null } });
    expect(codes(soon)).toEqual([]);
    expect(codes(soon, { maxDaysToPublish: 30 })).toEqual(["date.publishedLongAfterSigned"]);
  });

  it.each(widths)("counts the days between a parsed text's dates, in %s", (_, form) => {
    const long = validate(parseReport(form(page("2022-04-20", "2022年1月5日")))).filter((i) => i.code === "date.publishedLongAfterSigned");
    expect(long.map((i) => i.params["days"])).toEqual([105]);
    expect(validate(parseReport(form(page("2022-02-20", "2022年2月10日"))))).toEqual([]);
  });
});
