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

describe("parseReport on the twelve excerpts and on full-width punctuation (npm run eval)", () => {
  const excerpts = `${corpusDir}excerpts`;
  const sets = {
    documents: { ascii: scoreCorpus(corpusDir), fullWidth: scoreCorpus(corpusDir, { fullWidth: true }) },
    excerpts: { ascii: scoreCorpus(excerpts), fullWidth: scoreCorpus(excerpts, { fullWidth: true }) },
  };
  /** The figures of a score, without the words of its misses (which quote the text). */
  const figures = (score: ReturnType<typeof scoreCorpus>) =>
    score.documents.map((d) => ({ ...d, misses: d.misses.length, metadata: { ...d.metadata, wrong: d.metadata.wrong.length }, tasks: { ...d.tasks, wrong: d.tasks.wrong.length } }));

  it("scores full-width punctuation exactly as ASCII, on the documents and the excerpts", () => {
    expect(figures(sets.documents.fullWidth)).toEqual(figures(sets.documents.ascii));
    expect(figures(sets.excerpts.fullWidth)).toEqual(figures(sets.excerpts.ascii));
  });

  for (const [width, key] of [["ASCII", "ascii"], ["full-width", "fullWidth"]] as const) {
    it(`keeps the documents' bars with ${width} punctuation: every metadata field, all 28 tasks`, () => {
      const score = sets.documents[key];
      expect(score.quantity.f1).toBeGreaterThanOrEqual(0.97);
      expect(score.indicator.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.indicator.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.documents.flatMap((d) => d.metadata.wrong)).toEqual([]);
      expect(score.documents.flatMap((d) => d.tasks.wrong)).toEqual([]);
    });

    it(`reads the excerpts with ${width} punctuation: metadata ≥ 0.95, all 4 plan tasks exact, indicator recall ≥ 0.9`, () => {
      const score = sets.excerpts[key];
      expect(score.metadataAccuracy).toBeGreaterThanOrEqual(0.95);
      expect(score.documents.reduce((n, d) => n + d.tasks.total, 0)).toBe(4);
      expect(score.documents.flatMap((d) => d.tasks.wrong)).toEqual([]);
      expect(score.indicator.recall).toBeGreaterThanOrEqual(0.9);
      expect(score.indicator.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.quantity.f1).toBeGreaterThanOrEqual(0.95);
    });
  }
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
