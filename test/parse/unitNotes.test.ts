import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growth } from "../helpers/growth.js";
import { findUnitNotes, foldText } from "../../src/parse/index.js";
import { toFullWidth } from "../helpers/fullWidth.js";

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

describe("a deadline before the label of a note's units", () => {
  const read = (text: string) =>
    findUnitNotes(text).map((note) => [
      text.slice(note.span.start, note.span.end),
      note.units.map((u) => `${u.name}/${u.role}`),
      note.deadline && text.slice(note.deadline.start, note.deadline.end),
    ]);
  // The label after the deadline opened a note of its own up to the line's end: its last unit took the bracket
  // (市司法局)), the deadline was lost, and the task's title ran into the bracket.
  it.each([
    [
      "in the bracket, before a ;",
      "4.完善行政规范性文件合法性审核机制(2024年6月底前完成;牵头单位:市司法局)",
      ["(2024年6月底前完成;牵头单位:市司法局)", ["市司法局/lead"], "2024年6月底前完成"],
    ],
    [
      "in the bracket, before a ,",
      "(三)推进政务诚信建设(2024年12月底前,责任单位:省发展改革委、省市场监管局)",
      ["(2024年12月底前,责任单位:省发展改革委、省市场监管局)", ["省发展改革委/responsible", "省市场监管局/responsible"], "2024年12月底前"],
    ],
    [
      "in the bracket, a standing task",
      "2.深化“放管服”改革(持续推进;牵头单位:县政务服务中心;配合单位:县直各部门)",
      ["(持续推进;牵头单位:县政务服务中心;配合单位:县直各部门)", ["县政务服务中心/lead", "县直各部门/cooperating"], "持续推进"],
    ],
    [
      "labelled, before the units",
      "5.开展涉企行政执法专项监督(完成时限:2024年3-6月;责任单位:区司法局、区市场监管局)",
      ["(完成时限:2024年3-6月;责任单位:区司法局、区市场监管局)", ["区司法局/responsible", "区市场监管局/responsible"], "2024年3-6月"],
    ],
    [
      "a sentence of its own before the note",
      "3.开展行政执法案卷评查。2024年6月底前完成。(责任单位:州司法局)",
      ["(责任单位:州司法局)", ["州司法局/responsible"], "2024年6月底前完成"],
    ],
    [
      "a clause of its own before the note, a range",
      "6.组织旅游市场秩序专项整治,2024年5月至10月(牵头单位:市文化广电旅游局)",
      ["(牵头单位:市文化广电旅游局)", ["市文化广电旅游局/lead"], "2024年5月至10月"],
    ],
  ])("reads the units and the deadline of a deadline %s", (_, text, expected) => {
    expect(read(text)).toEqual([expected]);
    const [span, units, deadline] = expected as [string, string[], string];
    expect(read(toFullWidth(text))).toEqual([[toFullWidth(span), units, toFullWidth(deadline)]]);
  });

  // A deadline written just after the note, in a bracket of its own or as a sentence, was not read.
  it.each([
    ["in a bracket of its own", "2.开展“八五”普法中期评估(责任单位:市委依法治市办)(2024年6月底前完成)", "2024年6月底前完成"],
    ["as a sentence", "2.开展“八五”普法中期评估。(责任单位:市委依法治市办)2024年6月底前完成。", "2024年6月底前完成"],
    ["as a sentence, a standing task", "2.深化府院联动机制。(牵头单位:市司法局;配合单位:市中级法院)长期坚持。", "长期坚持"],
  ])("reads a deadline written after its note %s", (_, text, deadline) => {
    for (const form of [text, toFullWidth(text)]) {
      const [note] = findUnitNotes(form);
      expect(note && form.slice(note.deadline?.start, note.deadline?.end), form).toBe(deadline);
    }
  });

  it("reads no deadline after a note from a sentence with a date in it", () => {
    const text = "2.开展评估。(责任单位:市委依法治市办)2024年6月底前完成评估报告。";
    for (const form of [text, toFullWidth(text)]) expect(findUnitNotes(form)[0]?.deadline).toBeUndefined();
  });

  // A unit and its deadline parted by a space made one piece with a date: the whole was taken for the deadline, no unit.
  it.each([
    ["(牵头单位:市司法局 2024年6月底前完成)", ["市司法局/lead"], "2024年6月底前完成"],
    ["(责任单位:县应急管理局、县消防救援大队\u30002024年第三季度)", ["县应急管理局/responsible", "县消防救援大队/responsible"], "2024年第三季度"],
    ["(责任单位:区卫生健康委  长期坚持)", ["区卫生健康委/responsible"], "长期坚持"],
  ])("reads a unit and the deadline a space parts from it: %s", (note, units, deadline) => {
    for (const text of [note, toFullWidth(note)]) expect(read(text).map(([, u, d]) => [u, d])).toEqual([[units, deadline]]);
  });

  it.each([
    ["a sentence with a date before a note is no deadline", "1.2024年6月底前完成全市行政执法案卷评查工作。(责任单位:市司法局)", undefined],
    ["a bracket of prose before a label is no note of it", "推进立法(含修订,责任单位:市司法局)", undefined],
  ])("%s", (_, text, deadline) => {
    for (const form of [text, toFullWidth(text)]) expect(findUnitNotes(form)[0]?.deadline, form).toEqual(deadline);
  });

  it("reads labels after deadlines in time linear in the text: 4n in less than 10 times the time of n", () => {
    const text = (n: number) => "1.推进立法。2024年6月底前完成。(2024年6月底前完成;牵头单位:市司法局)(完成时限:2024年3-6月;责任单位:区司法局)(责任单位:市司法局)(2024年6月底前完成)(牵头单位:市司法局 2024年6月底前完成)\n".repeat(n);
    expect(growth(findUnitNotes, text(500), text(2_000))).toBeLessThan(10);
  });
});

describe("notes without a label, a deadline after the role word", () => {
  // The role word and the piece after it were taken as one match when that piece closed the bracket: a lead with
  // one cooperating unit of a short name (市司法局牵头,各区配合) was read as a bracket of prose, and no note.
  it.each([
    ["(市司法局牵头,各区配合)", ["市司法局/lead", "各区/cooperating"], undefined],
    ["(县发改委牵头,县财政局配合)", ["县发改委/lead", "县财政局/cooperating"], undefined],
    ["(2024年底前完成,市司法局牵头,各区配合)", ["市司法局/lead", "各区/cooperating"], "2024年底前完成"],
    ["(市交通运输局牵头,市公安局参与)", ["市交通运输局/lead", "市公安局/cooperating"], undefined],
  ])("reads %s", (note, units, deadline) => {
    for (const text of [`3.深化综合行政执法改革${note}\n`, toFullWidth(`3.深化综合行政执法改革${note}\n`)]) {
      const found = findUnitNotes(text);
      expect(found.map((n) => n.units.map((u) => `${u.name}/${u.role}`)), text).toEqual([units]);
      expect(found[0]?.deadline && text.slice(found[0].deadline.start, found[0].deadline.end)).toEqual(deadline && (text === toFullWidth(text) ? toFullWidth(deadline) : deadline));
    }
  });

  it("reads no note from a bracket of prose with a role word", () => {
    expect(findUnitNotes("经审查（由县司法局牵头，形成意见）后公布。")).toEqual([]);
  });

  it.each([
    ["role words each followed by a run of spaces", (n: number) => "(县司法局牵头,          \t          ".repeat(n)],
    ["role words each followed by words that are no deadline", (n: number) => "(县司法局牵头,形成意见形成意见形成意见形成意见形成意见".repeat(n)],
  ])("reads %s in time linear in the text: 4n in less than 10 times the time of n", (_, text) => {
    expect(growth(findUnitNotes, text(2_000), text(8_000))).toBeLessThan(10);
  });
});
