import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toFullWidth } from "../../eval/score.js";
import { foldText, type OutlineNode, parseOutline } from "../../src/parse/index.js";

function walk(nodes: readonly OutlineNode[]): OutlineNode[] {
  return nodes.flatMap((node) => [node, ...walk(node.children)]);
}

describe("parseOutline", () => {
  const ascii = "一、主要任务\n(一)健全职能体系,加快推动政府作用发挥。正文。\n1.优化职能。一是深化改革;二是优化服务。\n(1)细则\n二)格式有误。\n二、保障措施\n";

  it("gives each heading its number as written, its heading and its heading line", () => {
    expect(walk(parseOutline(ascii)).map((n) => [n.level, n.label, n.number, n.heading, n.headingLine])).toEqual([
      [1, "一", "一", "主要任务", "一、主要任务"],
      [2, "一", "(一)", "健全职能体系,加快推动政府作用发挥", "(一)健全职能体系,加快推动政府作用发挥"],
      [3, "1", "1", "优化职能", "1.优化职能"],
      [5, "一是", "一是", "深化改革", "一是深化改革"],
      [5, "二是", "二是", "优化服务", "二是优化服务"],
      [4, "1", "(1)", "细则", "(1)细则"],
      [2, "二", "二)", "格式有误", "二)格式有误"],
      [1, "二", "二", "保障措施", "二、保障措施"],
    ]);
  });

  it("reads full-width punctuation and digits as ASCII and keeps what it returns as written", () => {
    const wide = "一、主要任务\n（一）健全职能体系，加快推动政府作用发挥。\n１．优化职能。\n（２）细则\n";
    const nodes = walk(parseOutline(wide));
    expect(nodes.map((n) => [n.level, n.number, n.headingLine])).toEqual([
      [1, "一", "一、主要任务"],
      [2, "（一）", "（一）健全职能体系，加快推动政府作用发挥"],
      [3, "１", "１．优化职能"],
      [4, "（２）", "（２）细则"],
    ]);
    for (const node of nodes) expect(wide.slice(node.headingSpan.start, node.headingSpan.end)).toBe(node.heading);
  });

  it("reads 〔一〕 and 【一】 as (一) headings, and an ideographic space before a heading", () => {
    expect(walk(parseOutline("一、任务\n〔一〕推进立法\n\u3000\u3000【二】规范执法\n")).map((n) => [n.level, n.number, n.heading])).toEqual([
      [1, "一", "任务"],
      [2, "〔一〕", "推进立法"],
      [2, "【二】", "规范执法"],
    ]);
  });

  it("reads 1) and ① sub-points at the level of (1)", () => {
    expect(walk(parseOutline("1.推进\n1)细则\n①完善制度\n")).map((n) => [n.level, n.number, n.heading])).toEqual([
      [3, "1", "推进"],
      [4, "1)", "细则"],
      [4, "①", "完善制度"],
    ]);
  });

  it("finds 一是 points after a closing bracket", () => {
    const nodes = walk(parseOutline("(一)推进。一是深化改革。(责任单位:甲)二是优化服务。\n"));
    expect(nodes.filter((n) => n.level === 5).map((n) => n.heading)).toEqual(["深化改革", "优化服务"]);
  });

  it("spans each heading to the next of the same or a higher level", () => {
    const tree = parseOutline(ascii);
    expect(ascii.slice(tree[0]?.span.start, tree[0]?.span.end).startsWith("一、主要任务")).toBe(true);
    expect(tree[0]?.span.end).toBe(tree[1]?.span.start);
    expect(tree[1]?.span.end).toBe(ascii.length);
  });

  it("never throws and gives the same tree, spans and all, for a text and its full-width form", () => {
    const unit = fc.constantFrom(..."一二三十1２.．、,，:：;；()（）〔〕。\n\u3000 是任务");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const shape = (nodes: readonly OutlineNode[]) => walk(nodes).map((n) => [n.level, n.label, foldText(n.number), foldText(n.headingLine), n.span, n.headingSpan]);
        expect(shape(parseOutline(toFullWidth(text)))).toEqual(shape(parseOutline(text)));
        expect(shape(parseOutline(foldText(text)))).toEqual(shape(parseOutline(text)));
      }),
    );
  });
});
