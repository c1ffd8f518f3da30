import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DocumentDates } from "../../src/model/documentDates.js";
import { expectJsonRoundTrip } from "../helpers/jsonRoundTrip.js";
import * as arb from "./arbitraries.js";

describe("DocumentDates", () => {
  it("holds a signing and a publication date, each null where absent", () => {
    expect(DocumentDates.parse({ signed: "2022-02-25", published: "2022-03-15" })).toEqual({ signed: "2022-02-25", published: "2022-03-15" });
    expect(DocumentDates.parse({ signed: "2021-02-23", published: null })).toEqual({ signed: "2021-02-23", published: null });
    expect(DocumentDates.parse({ signed: null, published: null })).toEqual({ signed: null, published: null });
  });

  it("requires both keys: absent is written null", () => {
    expect(DocumentDates.safeParse({ signed: "2022-02-25" }).error?.issues.map((i) => i.path)).toEqual([["published"]]);
    expect(DocumentDates.safeParse({}).error?.issues.map((i) => i.path)).toEqual([["signed"], ["published"]]);
  });

  it("takes only ISO dates: a date as the page writes it, full-width digits or a day that does not exist are refused", () => {
    for (const written of ["2022年2月25日", "2022/02/25", "2022-2-25", "２０２２-０２-２５", "2022225", "2021-02-29", "2022-13-01"]) {
      const issue = DocumentDates.safeParse({ signed: written, published: null }).error?.issues[0];
      expect(issue?.path, written).toEqual(["signed"]);
      expect(issue && "params" in issue ? issue.params : undefined, written).toEqual({ fazhi: "date.invalid" });
    }
    expect(DocumentDates.safeParse({ signed: null, published: "2020-02-29" }).success).toBe(true);
  });

  it("does not order the two dates: publishing before signing is for a validator to flag", () => {
    expect(DocumentDates.safeParse({ signed: "2022-03-15", published: "2022-02-25" }).success).toBe(true);
  });

  it("round-trips through JSON (property)", () => {
    const dates = fc.record({ signed: fc.option(arb.isoDate, { nil: null }), published: fc.option(arb.isoDate, { nil: null }) });
    fc.assert(fc.property(dates, (value) => expectJsonRoundTrip(DocumentDates, value)));
  });
});
