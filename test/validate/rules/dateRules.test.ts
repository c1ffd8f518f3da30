// The four date rules take the span of a date from the document (signedSpan, publishedSpan), never from its text.
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/parse/parseReport.js";
import { validate } from "../../../src/validate/validate.js";
import { doc, fullWidth } from "./documents.js";

const signedSpan = { start: 40, end: 49 };
const publishedSpan = { start: 3, end: 13 };
const at = (signed: string, published: string) =>
  doc({ dates: { signed, signedRaw: "x", published, publishedRaw: "y", signedSpan, publishedSpan } });
const spans = (value: unknown) => validate(value).map((i) => [i.code, i.span ?? null]);

describe("the date rules", () => {
  it("date.signedBeforePeriodEnd points at the signing date", () => {
    expect(spans(at("2021-12-31", "2022-02-20"))).toEqual([["date.signedBeforePeriodEnd", signedSpan]]);
  });

  it("date.publishedBeforeSigned points at the publication date", () => {
    expect(spans(at("2022-02-10", "2022-02-01"))).toEqual([["date.publishedBeforeSigned", publishedSpan]]);
  });

  it("date.reportLate points at the late date", () => {
    expect(spans(at("2022-03-05", "2022-03-10"))).toEqual([["date.reportLate", signedSpan]]);
  });

  it("date.publishedLongAfterSigned points at the publication date", () => {
    expect(spans(at("2022-01-05", "2022-04-20"))).toEqual([
      ["date.reportLate", publishedSpan],
      ["date.publishedLongAfterSigned", publishedSpan],
    ]);
  });

  it("give no span where the document has none", () => {
    expect(validate(doc({ dates: { signed: "2021-12-31", signedRaw: "2021年12月31日", published: null, publishedRaw: null } }))[0]?.span).toBeUndefined();
  });

  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("point into a parsed text at the dates as written, in %s", (_, form) => {
    const text = form("发布时间:2021-07-02\n某县交通运输局2021年法治政府建设情况报告\n正文\n某县交通运输局\n2021年6月1日\n");
    const issues = validate(parseReport(text));
    const signed = issues.find((i) => i.code === "date.signedBeforePeriodEnd");
    expect(text.slice(signed?.span?.start, signed?.span?.end)).toBe(form("2021年6月1日"));
    const before = issues.find((i) => i.code === "date.publishedBeforeSigned");
    expect(before).toBeUndefined();
  });
});
