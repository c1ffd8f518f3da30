import { describe, expect, it } from "vitest";
import { ParsedDocument, divisionOf, findIndicator, safeParseModel } from "../../src/index.js";
import { corpusGold, corpusNames, corpusText } from "../helpers/corpus.js";

describe("ParsedDocument is the gold annotation format", () => {
  for (const name of corpusNames()) {
    it(`reads gold/${name}.json`, () => {
      const result = safeParseModel(ParsedDocument, corpusGold(name));
      expect(result.success ? [] : result.issues).toEqual([]);
      if (!result.success) return;
      const doc = result.data;
      const text = corpusText(name);
      expect(doc.document).toBe(`${name}.txt`);
      for (const q of doc.quantities) {
        expect(text.includes(q.quote), q.quote).toBe(true);
        expect(q.quote.includes(q.number), q.quote).toBe(true);
        if (q.indicator !== null) expect(findIndicator(q.indicator)).toBeDefined();
      }
      if (doc.agency.divisionCode !== null) expect(divisionOf(doc.agency.divisionCode)).toBeDefined();
      // The gold values keep their digits through the model and back.
      const again = ParsedDocument.parse(JSON.parse(JSON.stringify(doc)));
      expect(again).toEqual(doc);
    });
  }
});
