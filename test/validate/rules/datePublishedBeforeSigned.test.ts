import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, widths } from "./documents.js";

const signedSpan = { start: 40, end: 49 };
const publishedSpan = { start: 3, end: 13 };
const at = (signed: string, published: string) => doc({ dates: { signed, signedRaw: "x", published, publishedRaw: "y", signedSpan, publishedSpan } });
const spans = (value: unknown) => validate(value).map((i) => [i.code, i.span ?? null]);
const codes = (value: unknown) => validate(value).map((i) => i.code);
const page = (published: string, signed: string) => `发布时间:${published}\n某县交通运输局2021年法治政府建设情况报告\n正文\n某县交通运输局\n${signed}\n`;

describe("date.publishedBeforeSigned", () => {
  it("flags a report published before it was signed, and points at the publication date", () => {
    expect(codes(doc({ dates: { signed: "2022-02-10", signedRaw: null, published: "2022-02-01", publishedRaw: null } }))).toEqual(["date.publishedBeforeSigned"]);
    expect(spans(at("2022-02-10", "2022-02-01"))).toEqual([["date.publishedBeforeSigned", publishedSpan]]);
  });

  it("stays silent on a report published after it was signed", () => {
    expect(codes(at("2022-02-10", "2022-02-20"))).toEqual([]);
  });

  it.each(widths)("reads a parsed text's dates, in %s", (_, form) => {
    const before = validate(parseReport(form(page("2022-02-01", "2022年2月10日")))).filter((i) => i.code === "date.publishedBeforeSigned");
    expect(before.map((i) => i.params)).toEqual([{ signed: "2022-02-10", published: "2022-02-01" }]);
    expect(validate(parseReport(form(page("2022-02-20", "2022年2月10日"))))).toEqual([]);
    // A report signed in its own year and published later: not this rule.
    expect(validate(parseReport(form(page("2021-07-02", "2021年6月1日")))).find((i) => i.code === "date.publishedBeforeSigned")).toBeUndefined();
  });
});
