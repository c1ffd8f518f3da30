import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growth } from "../helpers/growth.js";
import { findUnitNotes, foldText } from "../../src/parse/index.js";

const names = (text: string) => findUnitNotes(text).map((note) => note.units.map((u) => u.name));

describe("findUnitNotes", () => {
  it("finds a note in each kind of bracket, ASCII or full-width, with its span", () => {
    for (const [open, close] of [["(", ")"], ["（", "）"], ["〔", "〕"], ["【", "】"], ["［", "］"], ["[", "]"]]) {
      const text = `推进立法。${open}责任单位：市司法局、各县（市、区）人民政府${close}。`;
      const [note] = findUnitNotes(text);
      expect(note?.units.map((u) => u.name), open).toEqual(["市司法局", "各县（市、区）人民政府"]);
      expect(text.slice(note?.span.start, note?.span.end)).toBe(`${open}责任单位：市司法局、各县（市、区）人民政府${close}`);
    }
  });

  it("splits units on 、 , ; but not inside brackets", () => {
    expect(names("(责任单位:各县(市、区),市直各单位;各乡镇(街道、园区))")).toEqual([["各县(市、区)", "市直各单位", "各乡镇(街道、园区)"]]);
  });

  it("reads a note on a line of its own up to its 。 and not past the line", () => {
    expect(names("正文。\n责任单位:县司法局,各乡镇按职责分工负责。其后的话\n下一行(不是注)")).toEqual([["县司法局", "各乡镇"]]);
    expect(names("正文。\u3000责任单位：县司法局")).toEqual([["县司法局"]]);
    expect(names("牵头领导:张三  责任单位:县司法局、县财政局")).toEqual([["县司法局", "县财政局"]]);
  });

  it("drops the closing phrases of a unit list", () => {
    for (const phrase of ["按职责分工负责", "按职责分工分别负责", "分别负责", "按照职责分工负责", "负责"]) {
      expect(names(`(责任单位:甲局、乙局${phrase})`), phrase).toEqual([["甲局", "乙局"]]);
    }
    expect(names("(责任单位:甲局、乙局,按职责分工负责)")).toEqual([["甲局", "乙局"]]);
  });

  it("reads a note that lost its closing bracket up to the line's end", () => {
    expect(names("正文。(责任单位:县司法局、县财政局\n下一行")).toEqual([["县司法局", "县财政局"]]);
  });

  it("does not read an addressee (各责任单位:) or a label inside a word as a note", () => {
    expect(findUnitNotes("各责任单位:\n请认真贯彻。明确责任单位和完成时限。")).toEqual([]);
  });

  it("never throws, and reads the same units from a text and its folded form", () => {
    const unit = fc.constantFrom(..."、,，:：;；()（）〔〕【】［］。\n 责任单位牵头配合负责县局按职责分工2021年");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        const notes = findUnitNotes(text);
        const folded = findUnitNotes(foldText(text));
        expect(folded.map((n) => [n.span, n.units.map((u) => [u.name, u.role])])).toEqual(
          notes.map((n) => [n.span, n.units.map((u) => [foldText(u.name), u.role])]),
        );
        for (const note of notes) for (const u of note.units) expect(u.name.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("notes without a label, a deadline after the role word", () => {
  it.each([
    ["role words each followed by a run of spaces", (n: number) => "(县司法局牵头,          \t          ".repeat(n)],
    ["role words each followed by words that are no deadline", (n: number) => "(县司法局牵头,形成意见形成意见形成意见形成意见形成意见".repeat(n)],
  ])("reads %s in time linear in the text: 4n in less than 10 times the time of n", (_, text) => {
    expect(growth(findUnitNotes, text(2_000), text(8_000))).toBeLessThan(10);
  });
});
