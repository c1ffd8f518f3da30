import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFullWidth } from "../../eval/score.js";
import {
  foldText,
  parseOutline,
  readResponsibleUnits,
  readTasks,
} from "../../src/parse/index.js";
import { corpusDir, corpusGold, corpusText } from "../helpers/corpus.js";

type Row = [string, string, string, string[]];
const rows = (text: string): Row[] => readTasks(text, parseOutline(text)).map((t) => [t.number, t.section, t.title, t.responsibleUnits]);
/** Each row with its strings made full-width the way published pages write them. */
const wideRows = (expected: Row[]): Row[] => expected.map(([n, s, t, u]) => [toFullWidth(n), toFullWidth(s), toFullWidth(t), u.map(toFullWidth)]);

/** Reads a plan in ASCII and in full-width punctuation and expects the same tasks, as written. */
function expectBoth(text: string, expected: Row[]): void {
  expect(rows(text)).toEqual(expected);
  expect(rows(toFullWidth(text))).toEqual(wideRows(expected));
}

describe("readTasks", () => {
  it("reads 1. items under 一、 headings with notes in () in both punctuations", () => {
    expectBoth("一、加强统筹\n1.深入学习。具体内容。(责任单位:局机关党委、政策法规科,局直各单位)\n2.加强谋划。(责任单位:行政执法队)\n二、严格执法\n3.规范程序。(责任单位:行政执法队)\n", [
      ["1", "一、加强统筹", "深入学习", ["局机关党委", "政策法规科", "局直各单位"]],
      ["2", "一、加强统筹", "加强谋划", ["行政执法队"]],
      ["3", "二、严格执法", "规范程序", ["行政执法队"]],
    ]);
  });

  it("reads notes in every kind of bracket, with brackets nested in unit names", () => {
    const text =
      "一、主要任务\n(一)健全职能体系,加快推动政府作用发挥。\n" +
      "1.优化职能。正文。〔责任单位:各县(市)交通运输局、局直各单位、政策法规科〕\n" +
      "2.完善清单。正文。【责任单位:各县(市、区)人民政府】\n" +
      "3.实施准入。正文。［牵头单位:市发展改革委;配合单位:市商务局］\n" +
      "4.推进公开。正文。﹝责任单位:市政府办公室﹞\n";
    expectBoth(text, [
      ["1", "(一)健全职能体系,加快推动政府作用发挥", "优化职能", ["各县(市)交通运输局", "局直各单位", "政策法规科"]],
      ["2", "(一)健全职能体系,加快推动政府作用发挥", "完善清单", ["各县(市、区)人民政府"]],
      ["3", "(一)健全职能体系,加快推动政府作用发挥", "实施准入", ["市发展改革委", "市商务局"]],
      ["4", "(一)健全职能体系,加快推动政府作用发挥", "推进公开", ["市政府办公室"]],
    ]);
    // A page that writes （） for the note and the names keeps them as written.
    const wide = "一、任务\n1．推进立法。〔责任单位：各县（市、区）人民政府、市司法局〕\n";
    expect(rows(wide)).toEqual([["1", "一、任务", "推进立法", ["各县（市、区）人民政府", "市司法局"]]]);
  });

  it("reads (一) items whose 责任单位 stands on a line of its own, dropping 按职责分工分别负责", () => {
    expectBoth(
      "一、依法全面履行政府职能\n(一)提供法治保障。加强审查。\n责任单位:县政府办公室、县司法局、各有关部门,乡镇人民政府按职责分工分别负责。\n(二)提高防控能力。依法防控。\n责任单位:县卫健委,各乡镇(街道)分别负责。\n二、完善制度\n(三)加强备案审查。正文。\n责任单位:县司法局\n",
      [
        ["(一)", "一、依法全面履行政府职能", "提供法治保障", ["县政府办公室", "县司法局", "各有关部门", "乡镇人民政府"]],
        ["(二)", "一、依法全面履行政府职能", "提高防控能力", ["县卫健委", "各乡镇(街道)"]],
        ["(三)", "二、完善制度", "加强备案审查", ["县司法局"]],
      ],
    );
  });

  it("drops 按职责分工负责 inside a note and reads every labelled part", () => {
    expectBoth("一、深入贯彻\n1.全面深化学习宣传。正文。(责任部门:局安法科、办公室按职责分工负责;参与部门:局机关各科室,各下属单位)\n", [
      ["1", "一、深入贯彻", "全面深化学习宣传", ["局安法科", "办公室", "局机关各科室", "各下属单位"]],
    ]);
  });

  it("reads 一是 points as tasks when each carries its own note", () => {
    expectBoth("一、依法履职\n(一)推进简政放权。一是深化改革。(责任单位:县发改委)二是优化服务。(责任单位:县政务服务中心)三是加强监管。(责任单位:县市场监管局牵头,各有关部门配合)\n", [
      ["一是", "(一)推进简政放权", "深化改革", ["县发改委"]],
      ["二是", "(一)推进简政放权", "优化服务", ["县政务服务中心"]],
      ["三是", "(一)推进简政放权", "加强监管", ["县市场监管局", "各有关部门"]],
    ]);
  });

  it("keeps the 1. items as tasks when their 一是 points only lead to one note per item", () => {
    expectBoth("一、依法履职\n1.推进简政放权。一是深化改革;二是优化服务。三是加强监管。(责任单位:县发改委)\n2.推进立法。一是起草;二是审查。(责任单位:县司法局)\n", [
      ["1", "一、依法履职", "推进简政放权", ["县发改委"]],
      ["2", "一、依法履职", "推进立法", ["县司法局"]],
    ]);
  });

  it("does not take 一是 points for tasks when most of them carry no note", () => {
    const item = (n: string, a: string, b: string) => `${n}.推进工作。一是甲。二是乙。(牵头单位:${a})三是丙。四是丁。五是戊。(配合单位:${b})\n`;
    expectBoth(`一、依法履职\n${item("1", "县发改委", "县财政局")}${item("2", "县司法局", "各乡镇")}`, [
      ["1", "一、依法履职", "推进工作", ["县发改委", "县财政局"]],
      ["2", "一、依法履职", "推进工作", ["县司法局", "各乡镇"]],
    ]);
  });

  it("keeps (一) items as tasks when their (1) sub-points precede the note", () => {
    expectBoth("一、依法履职\n(一)推进简政放权。\n(1)深化改革。\n(2)优化服务。\n责任单位:县发改委\n(二)推进立法。\n(1)起草。\n(2)审查。\n(3)备案。\n责任单位:县司法局\n", [
      ["(一)", "一、依法履职", "推进简政放权", ["县发改委"]],
      ["(二)", "一、依法履职", "推进立法", ["县司法局"]],
    ]);
  });

  // A 1. item whose notes stand on its (1) points took every note's units, a unit as often as its points named it
  // (县司法局 twice; 市司法局 as lead and again as responsible), and the first point's deadline for the item's.
  it("gives an item whose sub-points carry the notes every unit they name, each once with its strongest role, and their latest deadline", () => {
    const text = [
      "2024年全县法治政府建设工作要点",
      "一、健全行政执法工作体系",
      "1.推行行政执法三项制度。(责任单位:县司法局)",
      "2.开展行政执法案卷评查。",
      "(1)制定评查方案。(责任单位:县司法局,2024年4月底前)",
      "(2)组织集中评查。(牵头单位:县司法局;配合单位:县直各执法部门,2024年9月底前)",
      "(3)通报评查结果。(责任单位:县司法局、县直各执法部门,2024年11月底前)",
      "3.加强执法人员培训。(牵头单位:县司法局;配合单位:县人社局)",
      "(1)开展公共法律知识培训。(责任单位:县司法局)",
      "(2)开展专业法律知识培训。(责任单位:县直各执法部门,持续推进)",
      "4.推进执法监督平台建设。(责任单位:县数据局)",
      "5.规范涉企行政检查。(责任单位:县市场监管局)",
      "6.落实行政裁量权基准制度。(责任单位:县直各执法部门)",
      "7.推行包容审慎监管。(责任单位:县直各执法部门)",
      "",
    ].join("\n");
    const read = (source: string) =>
      readTasks(source, parseOutline(source)).map((t) => [t.number, t.responsibleUnits, t.units?.map((u) => `${u.name}/${u.role}`), t.deadlineText ?? null]);
    const expected = [
      ["1", ["县司法局"], ["县司法局/responsible"], null],
      ["2", ["县司法局", "县直各执法部门"], ["县司法局/lead", "县直各执法部门/responsible"], "2024年11月底前"],
      ["3", ["县司法局", "县人社局", "县直各执法部门"], ["县司法局/lead", "县人社局/cooperating", "县直各执法部门/responsible"], "持续推进"],
      ["4", ["县数据局"], ["县数据局/responsible"], null],
      ["5", ["县市场监管局"], ["县市场监管局/responsible"], null],
      ["6", ["县直各执法部门"], ["县直各执法部门/responsible"], null],
      ["7", ["县直各执法部门"], ["县直各执法部门/responsible"], null],
    ];
    expect(read(text)).toEqual(expected);
    expect(read(toFullWidth(text))).toEqual(expected);
  });

  // A deadline written as a clause before the note ran into the title (加强立法,2024年9月底前完成).
  it("reads titles without a deadline written just before their note", () => {
    expectBoth("一、任务\n1.开展行政规范性文件清理,2024年9月底前完成(责任单位:县司法局)\n2.规范执法。(牵头单位:县司法局)\n", [
      ["1", "一、任务", "开展行政规范性文件清理", ["县司法局"]],
      ["2", "一、任务", "规范执法", ["县司法局"]],
    ]);
  });

  it("reads titles without their 。 or a note on the same line", () => {
    expectBoth("一、任务\n1.加强立法(责任单位:县司法局)\n2.规范执法。(牵头单位:县司法局)\n", [
      ["1", "一、任务", "加强立法", ["县司法局"]],
      ["2", "一、任务", "规范执法", ["县司法局"]],
    ]);
  });

  it("reads an item with its own note at another level than the task level: a 1. item with no (1) points under it", () => {
    const text =
      "一、推进职能转变\n(一)深化改革\n1.实行权责清单制度。\n(1)编制部门清单。(责任单位:区委编办、区司法局)\n(2)公布乡镇清单。(责任单位:各乡镇人民政府)\n" +
      "二、完善决策制度\n(一)严格决策程序\n1.落实决策目录管理。(责任单位:区政府办公室,长期坚持)\n2.推行合法性审查。\n(1)审查全覆盖。(责任单位:区司法局)\n";
    expectBoth(text, [
      ["(1)", "1.实行权责清单制度", "编制部门清单", ["区委编办", "区司法局"]],
      ["(2)", "1.实行权责清单制度", "公布乡镇清单", ["各乡镇人民政府"]],
      ["1", "(一)严格决策程序", "落实决策目录管理", ["区政府办公室"]],
      ["(1)", "2.推行合法性审查", "审查全覆盖", ["区司法局"]],
    ]);
  });

  it("makes no task of a heading whose only note states a time, no unit", () => {
    const text = "一、主要任务\n1.推进立法。(责任单位:县司法局)\n2.规范执法。(责任单位:县执法局)\n二、保障措施\n(一)加强督查。时间要求:各单位每季度末报送进展。\n";
    expect(rows(text).map((r) => r[0])).toEqual(["1", "2"]);
  });

  it("leaves out items before the first and after the last item with a note", () => {
    const text = "一、总体要求\n1.指导思想。坚持。\n二、主要任务\n2.推进立法。(责任单位:县司法局)\n3.规范执法。(责任单位:县执法局)\n三、保障措施\n4.加强组织领导。\n";
    expect(rows(text).map((r) => r[0])).toEqual(["2", "3"]);
  });

  it("reads no tasks from a text without notes, and none from an addressee line 各责任单位:", () => {
    expect(rows("一、成效\n1.建立台账。\n")).toEqual([]);
    expect(rows("各责任单位:\n一、成效\n1.建立台账。\n")).toEqual([]);
  });

  it("reads the excerpted work plans (h10, h11, h12) as their gold says, in both punctuations", () => {
    const dir = `${corpusDir}excerpts/`;
    for (const name of readdirSync(`${dir}gold`).filter((n) => /^h1[012]_/.test(n))) {
      const text = readFileSync(`${dir}docs/${name.replace(/\.json$/, ".txt")}`, "utf8");
      const gold = JSON.parse(readFileSync(`${dir}gold/${name}`, "utf8")) as { tasks: { number: string; section: string; title: string; responsibleUnits: string[] }[] };
      const expected: Row[] = gold.tasks.map((t) => [t.number, t.section, t.title, t.responsibleUnits]);
      expect(rows(text).slice(0, expected.length), name).toEqual(expected);
      expect(rows(toFullWidth(text)).slice(0, expected.length), name).toEqual(wideRows(expected));
    }
  });

  it("reads the corpus work plan's 28 tasks in both punctuations", () => {
    const name = "003_b045f6404209a1b9";
    const gold = corpusGold(name) as { tasks: { number: string; section: string; title: string; responsibleUnits: string[] }[] };
    const expected: Row[] = gold.tasks.map((t) => [t.number, t.section, t.title, t.responsibleUnits]);
    expect(expected).toHaveLength(28);
    expect(rows(corpusText(name))).toEqual(expected);
    expect(rows(toFullWidth(corpusText(name)))).toEqual(wideRows(expected));
  });

  it("gives each task its body and span in the text", () => {
    const text = "一、任务\n1.加强立法。正文。(责任单位:县司法局)\n2.规范执法。(责任单位:县执法局)\n";
    const [first] = readTasks(text, parseOutline(text));
    expect(first?.body).toBe("1.加强立法。正文。(责任单位:县司法局)");
    expect(first && text.slice(first.span?.start, first.span?.end).trim()).toBe(first?.body);
  });

  it("cuts a title's trailing full-width punctuation as its ASCII form (２． as 2.)", () => {
    for (const text of ["一、２．（责任单位：", "一、2.(责任单位:"]) {
      expect(readTasks(text, parseOutline(text)).map((t) => foldText(t.title))).toEqual(["2"]);
    }
  });

  it("never throws and reads the same tasks from a text and its folded form", () => {
    const unit = fc.constantFrom(..."一二1.、,，:：;；()（）〔〕【】［］。\n 是责任单位牵头配合负责县局按职责分工");
    const piece = fc.constantFrom("一、", "(一)", "（二）", "1.", "２．", "(1)", "一是", "责任单位:", "（责任单位：", "按职责分工负责", "各县(市)", "〔", "〕", "\n");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit }), piece), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const tasks = readTasks(text, parseOutline(text));
        const folded = foldText(text);
        const fromFolded = readTasks(folded, parseOutline(folded));
        expect(fromFolded.map((t) => [t.number, t.section, t.title, t.responsibleUnits, t.span])).toEqual(
          tasks.map((t) => [foldText(t.number), foldText(t.section), foldText(t.title), t.responsibleUnits.map(foldText), t.span]),
        );
      }),
    );
  });
});

describe("readResponsibleUnits", () => {
  it("gives each unit the role of its label or of the word after it", () => {
    expect(readResponsibleUnits("(牵头单位:市司法局;配合单位:市财政局、市审计局)")).toEqual([
      { name: "市司法局", role: "lead" },
      { name: "市财政局", role: "cooperating" },
      { name: "市审计局", role: "cooperating" },
    ]);
    expect(readResponsibleUnits("（责任单位：县司法局牵头，县直各部门配合）")).toEqual([
      { name: "县司法局", role: "lead" },
      { name: "县直各部门", role: "cooperating" },
    ]);
  });

  it("reads notes without a label whose units close with a role word", () => {
    expect(readResponsibleUnits("深化改革（县发改委牵头，县财政局、县人社局配合）。").map((u) => [u.name, u.role])).toEqual([
      ["县发改委", "lead"],
      ["县财政局", "cooperating"],
      ["县人社局", "cooperating"],
    ]);
    expect(readResponsibleUnits("起草审查(各乡镇按职责分工负责)\n").map((u) => u.name)).toEqual(["各乡镇"]);
    expect(readResponsibleUnits("经审查(含备案)后公布。")).toEqual([]);
  });

  it("reads notes without a label whose units close with a role word and a deadline after it", () => {
    for (const deadline of ["2024年6月底前完成", "持续推进", "长期坚持"]) {
      expect(readResponsibleUnits(`裁量基准。（区司法局牵头，区直各执法部门配合，${deadline}）`).map((u) => [u.name, u.role])).toEqual([
        ["区司法局", "lead"],
        ["区直各执法部门", "cooperating"],
      ]);
    }
    // Words after the role word that are no deadline: no note (a unit after its role word, or a bracket of prose).
    expect(readResponsibleUnits("经审查（由县司法局牵头，形成意见）后公布。")).toEqual([]);
  });

  it("reads a label in brackets followed by its units", () => {
    expect(readResponsibleUnits("2.强化执行。【责任单位】县政府办、县司法局\n").map((u) => u.name)).toEqual(["县政府办", "县司法局"]);
  });

  it("leaves out deadlines and other labels inside a note", () => {
    expect(readResponsibleUnits("(责任单位:县司法局 完成时限:2021年12月底)").map((u) => u.name)).toEqual(["县司法局"]);
    expect(readResponsibleUnits("（责任单位：各乡镇（街道）、县直有关部门，长期坚持）").map((u) => u.name)).toEqual(["各乡镇（街道）", "县直有关部门"]);
    expect(readResponsibleUnits("(责任单位:市司法局,2021年底前完成)").map((u) => u.name)).toEqual(["市司法局"]);
  });
});
