// The parsed-document arbitrary of the testing kit: reports valid by construction, each quantity's span on its quote.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIndicator } from "../../src/catalog/indicators.js";
import { ParsedDocument } from "../../src/model/parsedDocument.js";
import { parsedDocuments } from "../../src/testing/parsedDocuments.js";
import { validate } from "../../src/validate/validate.js";

describe("parsedDocuments", () => {
  it("pass the schema and every rule, with spans on their quotes", () => {
    fc.assert(
      fc.property(parsedDocuments(), (doc) => {
        expect(ParsedDocument.safeParse(doc).success).toBe(true);
        for (const q of doc.quantities) expect(doc.text.slice(q.span?.start, q.span?.end)).toBe(q.quote);
        expect(validate(doc)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("state each figure once, in its indicator's own unit, after the indicator's name", () => {
    fc.assert(
      fc.property(parsedDocuments(), (doc) => {
        const codes = doc.quantities.map((q) => q.indicator);
        expect(new Set(codes).size).toBe(codes.length);
        for (const q of doc.quantities) {
          const indicator = getIndicator(q.indicator ?? "enforcement.penaltyCases");
          expect(["count", "amount"]).toContain(indicator.valueType);
          expect([q.unit, q.quote, q.value.toString()]).toEqual([indicator.unit, `${q.number}${indicator.unit}`, q.number]);
          expect(doc.text.slice(0, q.span?.start).endsWith(indicator.nameZh)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("title the report after its agency and year, signed in January and published within weeks of the next year", () => {
    fc.assert(
      fc.property(parsedDocuments(), (doc) => {
        const year = doc.reportingYear ?? 0;
        expect(doc.title).toBe(`${doc.agency.name}${year}年法治政府建设情况报告`);
        expect(doc.text.startsWith(`${doc.title}\n`)).toBe(true);
        expect(doc.dates.signed?.startsWith(`${year + 1}-01-`)).toBe(true);
        expect(doc.dates.published?.startsWith(`${year + 1}-02-`)).toBe(true);
        expect(doc.text).toContain(`${doc.agency.name}\n${doc.dates.signedRaw}\n`);
        expect([doc.documentKind, doc.issues, doc.anomalies, doc.tasks]).toEqual(["annual-report", [], [], []]);
      }),
      { numRuns: 100 },
    );
  });

  it("survive a JSON round trip through the schema", () => {
    fc.assert(
      fc.property(parsedDocuments(), (doc) => {
        const back = ParsedDocument.parse(JSON.parse(JSON.stringify(doc)));
        expect(back.quantities.map((q) => q.value.toString())).toEqual(doc.quantities.map((q) => q.value.toString()));
        expect(back.text).toBe(doc.text);
        expect(back.dates).toEqual(doc.dates);
      }),
      { numRuns: 50 },
    );
  });
});
