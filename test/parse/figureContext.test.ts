import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuantities } from "../../src/parse/quantities.js";
import { readFigureContext } from "../../src/parse/figureContext.js";

const read = (text: string) => readFigureContext(text, extractQuantities(text).quantities);
const fullWidth = (text: string) => text.replace(/,/g, "，").replace(/;/g, "；").replace(/:/g, "：").replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe("readFigureContext", () => {
  it.each([
    ["ASCII", (t: string) => t],
    ["full-width", fullWidth],
  ])("reads since, line, following and partOf (%s)", (_, form) => {
    const text = form("2020年来,累计检查52667次企业,处罚54起。\n全年办理案件100件,其中处罚60件、许可50件。\n另有12件。");
    const qs = read(text);
    expect(qs.map((q) => [q.since ?? null, q.line, q.partOf ?? null])).toEqual([
      [2020, 0, null],
      [2020, 0, null],
      [null, 1, null],
      [null, 1, 2],
      [null, 1, 2],
      [null, 2, null],
    ]);
    // the words after the number and its unit, up to the clause's end (a full-width comma ends it too)
    expect(qs[0]?.following).toBe("企业");
    expect(qs[3]?.following).toBe("");
    expect(text.slice(qs[2]?.span?.end, (qs[2]?.span?.end ?? 0) + (qs[2]?.following?.length ?? 0))).toBe(qs[2]?.following);
  });

  it("gives copies: the quantities it was given stay as they were, and each copy has their fields first, then since, line, following, partOf", () => {
    const text = "2020年来,累计检查52667次。\n办理案件100件,其中处罚60件。";
    const given = extractQuantities(text).quantities.map((q) => Object.freeze({ ...q }));
    const before = given.map((q) => Object.keys(q));
    const copies = readFigureContext(text, given);
    expect(given.map((q) => Object.keys(q))).toEqual(before);
    copies.forEach((q, k) => {
      expect(q).not.toBe(given[k]);
      const added = ["since", "line", "following", "partOf"].filter((key) => key in q);
      expect(Object.keys(q)).toEqual([...(before[k] ?? []), ...added]);
    });
    expect(copies.map((q) => [q.since ?? null, q.partOf ?? null])).toEqual([[2020, null], [null, null], [null, 1]]);
  });

  it("keeps following to 16 characters and stops at the clause's end", () => {
    const [q] = read("罚款5万元用于购置执法记录仪和执法车辆以及其他设备等等;另");
    expect(q?.following?.length).toBeLessThanOrEqual(16);
    expect(read("办理12件行政处罚案件,另")[0]?.following).toBe("行政处罚案件");
    expect(read("办理12件行政处罚案件，另")[0]?.following).toBe("行政处罚案件");
  });

  it("gives a figure after 其中 in another sentence no total", () => {
    expect(read("办理100件。其中处罚60件。").map((q) => q.partOf ?? null)).toEqual([null, null]);
  });

  it("gives a quantity without a span back as it is", () => {
    const [q] = extractQuantities("办理12件").quantities;
    if (!q) throw new Error("no quantity");
    const { span: _span, ...without } = q;
    expect(readFigureContext("办理12件", [without])).toEqual([without]);
  });

  it("gives every figure of any text a line that counts the breaks before it, and a part after its total", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("办理", "12件", ",其中", "3件", "\n", "。", "2019年以来", "5次", ","), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        for (const [k, q] of read(text).entries()) {
          expect(q.line).toBe(text.slice(0, q.span?.start).split("\n").length - 1);
          if (q.partOf !== undefined) expect(q.partOf).toBeLessThan(k);
        }
      }),
    );
  });
});

describe("readFigureContext lines", () => {
  it("gives each figure the number of line breaks before it, whatever order the figures come in", () => {
    const text = "办结12件。\n\n罚款3万元,\n受理申请21件。\n其中办结20件。";
    const { quantities } = extractQuantities(text);
    const expected = quantities.map((q) => text.slice(0, q.span?.start ?? 0).split("\n").length - 1);
    expect(readFigureContext(text, quantities).map((q) => q.line)).toEqual(expected);
    const reversed = [...quantities].reverse();
    expect(readFigureContext(text, reversed).map((q) => q.line)).toEqual([...expected].reverse());
    expect(expected).toEqual([0, 2, 3, 4]);
  });
});
