import { describe, expect, it } from "vitest";
import { type Issue, parseReport, validate } from "../../src/index.js";
import { corpusNames, corpusText } from "../helpers/corpus.js";

function issuesOf(prefix: string): Issue[] {
  const name = corpusNames().find((n) => n.startsWith(prefix)) ?? "";
  return validate(parseReport(corpusText(name), { document: `${name}.txt` }));
}

const codes = (issues: Issue[]) => issues.map((i) => i.code);

describe("validate on the corpus raises the anomalies the gold files list", () => {
  it("002: signed before the period ends, published late, long after signing, a rate against its parts", () => {
    const issues = issuesOf("002");
    expect(codes(issues)).toEqual(
      expect.arrayContaining(["date.signedBeforePeriodEnd", "date.reportLate", "date.publishedLongAfterSigned", "consistency.rateVsParts"]),
    );
    expect(issues.find((i) => i.code === "date.reportLate")?.params).toMatchObject({ date: "2021-07-02", deadline: "2021-04-01" });
    expect(issues.find((i) => i.code === "consistency.rateVsParts")?.params).toMatchObject({
      rate: "85.98",
      numerator: "1216",
      denominator: "1417",
      computed: "85.82",
    });
  });

  it("002: no issue on the parts that do add up (361+206+850 = 1417)", () => {
    expect(codes(issuesOf("002"))).not.toContain("consistency.partsSumMismatch");
  });

  it("003: published long after signing", () => {
    const issue = issuesOf("003").find((i) => i.code === "date.publishedLongAfterSigned");
    expect(issue?.params).toMatchObject({ signed: "2021-08-26", published: "2022-08-17", days: 356 });
  });

  it("004: the malformed signing date and the cumulative figures", () => {
    const issues = issuesOf("004");
    expect(issues.find((i) => i.code === "date.malformed")?.params).toMatchObject({ raw: "2022225", reading: "2022-02-25" });
    expect(issues.filter((i) => i.code === "observation.cumulativePeriod")).toHaveLength(4);
  });

  it("000: the fact stated twice (1名同志通过国家司法考试)", () => {
    expect(codes(issuesOf("000"))).toContain("consistency.duplicateFact");
  });

  it("raises no error on the facts that are right", () => {
    const errors = corpusNames().flatMap((name) =>
      validate(parseReport(corpusText(name)))
        .filter((i) => i.severity === "error")
        .map((i) => `${name.slice(0, 3)} ${i.code}`),
    );
    // The only error: 002 is signed 2020-01-05 for a report on 2020, a real mistake of the document.
    expect(errors).toEqual(["002 date.signedBeforePeriodEnd"]);
  });

  it("raises only the missing 落款 on 001, whose facts have no checkable problem (its gold: no 落款 at the end)", () => {
    expect(codes(issuesOf("001"))).toEqual(["metadata.missingSignature"]);
  });
});
