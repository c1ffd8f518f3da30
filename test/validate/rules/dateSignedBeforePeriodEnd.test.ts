// The date rules take the span of a date from the document (signedSpan, publishedSpan), never from its text.
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, widths } from "./documents.js";

const signedSpan = { start: 40, end: 49 };
const publishedSpan = { start: 3, end: 13 };
const at = (signed: string, published: string) => doc({ dates: { signed, signedRaw: "x", published, publishedRaw: "y", signedSpan, publishedSpan } });
const spans = (value: unknown) => validate(value).map((i) => [i.code, i.span ?? null]);
const codes = (value: unknown) => validate(value).map((i) => i.code);

describe("date.signedBeforePeriodEnd", () => {
  it("flags a report signed before its year ended, and points at the signing date", () => {
    expect(codes(doc({ dates: { signed: "2021-12-31", signedRaw: null, published: "2022-02-20", publishedRaw: null } }))).toEqual(["date.signedBeforePeriodEnd"]);
    expect(spans(at("2021-12-31", "2022-02-20"))).toEqual([["date.signedBeforePeriodEnd", signedSpan]]);
  });

  it("stays silent on a report signed and published on time", () => {
    expect(codes(doc({}))).toEqual([]);
  });

  it("gives no span where the document has none", () => {
    expect(validate(doc({ dates: { signed: "2021-12-31", signedRaw: "2021年12月31日", published: null, publishedRaw: null } }))[0]?.span).toBeUndefined();
  });

  it.each(widths)("points into a parsed text at the date as written, in %s", (_, form) => {
    const text = form("发布时间:2021-07-02\n某县交通运输局2021年法治政府建设情况报告\n正文\n某县交通运输局\n2021年6月1日\n");
    const signed = validate(parseReport(text)).find((i) => i.code === "date.signedBeforePeriodEnd");
    expect(text.slice(signed?.span?.start, signed?.span?.end)).toBe(form("2021年6月1日"));
    const onTime = form("发布时间:2022-02-20\n某县交通运输局2021年法治政府建设情况报告\n正文\n某县交通运输局\n2022年2月10日\n");
    expect(codes(parseReport(onTime))).toEqual([]);
  });
});
