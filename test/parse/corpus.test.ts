import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCorpus } from "../../eval/score.js";
import { ParsedDocument, parseReport, safeParseModel } from "../../src/index.js";
import { corpusDir, corpusNames, corpusText } from "../helpers/corpus.js";

describe("parseReport on the corpus (npm run eval)", () => {
  const score = scoreCorpus(corpusDir);

  it("finds the quantities: F1 ≥ 0.97", () => {
    expect(score.quantity.f1).toBeGreaterThanOrEqual(0.97);
  });

  it("reads qualifiers and modality: ≥ 0.97", () => {
    expect(score.qualifierAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(score.modalityAccuracy).toBeGreaterThanOrEqual(0.97);
  });

  it("assigns indicators: precision and recall ≥ 0.9", () => {
    expect(score.indicator.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.indicator.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("reads every metadata field right", () => {
    expect(score.documents.flatMap((d) => d.metadata.wrong)).toEqual([]);
  });

  it("reads all 28 tasks of the work plan with exact title, section and units", () => {
    const plan = score.documents.find((d) => d.tasks.total > 0);
    expect(plan?.tasks.total).toBe(28);
    expect(plan?.tasks.wrong).toEqual([]);
  });
});

describe("parseReport output", () => {
  for (const name of corpusNames()) {
    it(`is a valid ParsedDocument whose spans hold their numbers: ${name}`, () => {
      const doc = parseReport(corpusText(name), { document: `${name}.txt` });
      const result = safeParseModel(ParsedDocument, JSON.parse(JSON.stringify(doc)));
      expect(result.success ? [] : result.issues).toEqual([]);
      for (const q of doc.quantities) expect(doc.text?.slice(q.span?.start, q.span?.end)).toBe(q.number);
    });
  }

  it("reports 004's malformed signing date as an issue", () => {
    const name = corpusNames().find((n) => n.startsWith("004"));
    const doc = parseReport(corpusText(name ?? ""));
    expect(doc.issues?.map((i) => i.code)).toContain("date.malformed");
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."一、(一)1.责任单位:科,局\n2021年2月3日发布时间:%件万余《》“”<p>&amp;，：；（）１０正副职数- \u3000") }), (text) => {
        expect(() => parseReport(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
