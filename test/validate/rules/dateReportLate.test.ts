import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, widths } from "./documents.js";

const signedSpan = { start: 40, end: 49 };
const publishedSpan = { start: 3, end: 13 };
const at = (signed: string, published: string) => doc({ dates: { signed, signedRaw: "x", published, publishedRaw: "y", signedSpan, publishedSpan } });
const spans = (value: unknown) => validate(value).map((i) => [i.code, i.span ?? null]);
const codes = (value: unknown, options = {}) => validate(value, options).map((i) => i.code);
const page = (published: string, signed: string) => `发布时间:${published}\n哈尔滨市交通运输局2021年法治政府建设情况报告\n正文\n哈尔滨市交通运输局\n${signed}\n`;

describe("date.reportLate", () => {
  it("flags a department's report signed after 1 March, and points at the late date", () => {
    expect(codes(doc({ dates: { signed: "2022-03-05", signedRaw: null, published: "2022-03-10", publishedRaw: null } }))).toEqual(["date.reportLate"]);
    expect(spans(at("2022-03-05", "2022-03-10"))).toEqual([["date.reportLate", signedSpan]]);
  });

  it("flags a report published after 1 April", () => {
    expect(codes(doc({ dates: { signed: "2022-01-05", signedRaw: null, published: "2022-04-20", publishedRaw: null } }))).toEqual([
      "date.reportLate",
      "date.publishedLongAfterSigned",
    ]);
  });

  it("stays silent on a report on time, and lets a government's report be signed after 1 March; deadlines are options", () => {
    expect(codes(doc({}))).toEqual([]);
    const government = doc({
      agency: { name: null, kind: "government", level: "county", sector: null, region: null, divisionCode: "230104" },
      dates: { signed: "2022-03-20", signedRaw: null, published: "2022-03-25", publishedRaw: null },
    });
    expect(codes(government)).toEqual([]);
    expect(codes(government, { publishBy: "03-15" })).toEqual(["date.reportLate"]);
  });

  it.each(widths)("reads a parsed text's dates, in %s", (_, form) => {
    const late = validate(parseReport(form(page("2022-04-20", "2022年3月25日")))).filter((i) => i.code === "date.reportLate");
    expect(late.map((i) => i.path.join("."))).toEqual(["dates.published", "dates.signed"]);
    expect(validate(parseReport(form(page("2022-02-20", "2022年2月10日"))))).toEqual([]);
  });
});
