import { describe, expect, it } from "vitest";
import {
  deadlineClosingWords,
  deadlineDateWords,
  deadlineTenDayEnds,
  noteBrackets,
  unitListTrailingPhrases, unitNoteDeadlineWords, unitNoteLabels, unitRoleSuffixes } from "../../../src/catalog/lexicon/unitNotes.js";
import { UnitRole } from "../../../src/model/responsibleUnit.js";
import { findUnitNotes } from "../../../src/parse/unitNotes.js";
import { expectCleanWords, expectFolded, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

const unitsOf = (text: string) => findUnitNotes(text).flatMap((note) => note.units.map((u) => [u.name, u.role]));

describe("unitNotes lexicon", () => {
  it("has clean, folded lists", () => {
    const lists = {
      unitNoteLabels: Object.keys(unitNoteLabels),
      unitListTrailingPhrases,
      unitRoleSuffixes: Object.keys(unitRoleSuffixes),
      unitNoteDeadlineWords,
      deadlineClosingWords,
      deadlineDateWords,
      deadlineTenDayEnds: Object.keys(deadlineTenDayEnds),
      noteBrackets: [...Object.keys(noteBrackets), ...Object.values(noteBrackets)],
    };
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("has no pattern syntax in labels, closing phrases and role words (joined into patterns unescaped)", () => {
    expectNoRegExpSyntax(Object.keys(unitNoteLabels), "unitNoteLabels");
    expectNoRegExpSyntax(unitListTrailingPhrases, "unitListTrailingPhrases");
    expectNoRegExpSyntax(Object.keys(unitRoleSuffixes), "unitRoleSuffixes");
    expectNoRegExpSyntax(deadlineClosingWords, "deadlineClosingWords");
    expectNoRegExpSyntax(Object.keys(deadlineTenDayEnds), "deadlineTenDayEnds");
  });

  it("gives every label and role word a unit role", () => {
    for (const role of [...Object.values(unitNoteLabels), ...Object.values(unitRoleSuffixes)]) expect(UnitRole.safeParse(role).success, role).toBe(true);
  });

  it("pairs one-character brackets, each opening with another character closing, and no mark both", () => {
    const opens = Object.keys(noteBrackets);
    const closes = Object.values(noteBrackets);
    expectSingleCharacters([...opens, ...closes], "noteBrackets");
    expect(new Set(closes).size).toBe(closes.length);
    expect(opens.filter((open) => closes.includes(open))).toEqual([]);
  });

  it("reads a note under each label, in ASCII and full-width punctuation, with the label's role", () => {
    for (const [label, role] of Object.entries(unitNoteLabels)) {
      expect(unitsOf(`1.推进立法。(${label}:县司法局)`), label).toEqual([["县司法局", role]]);
      expect(unitsOf(`1.推进立法。（${label}：县司法局）`), label).toEqual([["县司法局", role]]);
    }
  });

  it("reads a note in each pair of brackets, from the opening bracket", () => {
    for (const [open, close] of Object.entries(noteBrackets)) {
      const text = `1.推进立法。${open}责任单位:县司法局${close}`;
      const [note] = findUnitNotes(text);
      expect(note?.units.map((u) => u.name), open).toEqual(["县司法局"]);
      expect(note?.span, open).toEqual({ start: text.indexOf(open), end: text.length });
    }
  });

  it("drops each closing phrase from the last name, with a label or without", () => {
    for (const phrase of unitListTrailingPhrases) {
      const expected = [
        ["县司法局", "responsible"],
        ["各乡镇", "responsible"],
      ];
      expect(unitsOf(`1.推进立法。(责任单位:县司法局、各乡镇${phrase})`), phrase).toEqual(expected);
      expect(unitsOf(`1.推进立法。(县司法局、各乡镇${phrase})`), phrase).toEqual(expected);
    }
  });

  it("gives a name the role of the role word after it", () => {
    for (const [suffix, role] of Object.entries(unitRoleSuffixes)) {
      expect(unitsOf(`1.推进立法。(责任单位:县司法局${suffix},县直各部门)`), suffix).toEqual([
        ["县司法局", role],
        ["县直各部门", "responsible"],
      ]);
      expect(unitsOf(`1.推进立法。(县司法局${suffix})`), suffix).toEqual([["县司法局", role]]);
    }
  });

  it("reads no unit in a piece that is a deadline word", () => {
    for (const word of unitNoteDeadlineWords) expect(unitsOf(`1.推进立法。(责任单位:县司法局,${word})`), word).toEqual([["县司法局", "responsible"]]);
    expect(unitsOf("1.推进立法。(责任单位:县司法局,县教育局)")).toEqual([
      ["县司法局", "responsible"],
      ["县教育局", "responsible"],
    ]);
  });
});
