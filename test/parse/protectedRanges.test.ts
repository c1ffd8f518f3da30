import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isProtected, protectedRanges, protectedReader } from "../../src/parse/protectedRanges.js";

/** The marked parts of a text, each run of marked characters one string. */
function marked(text: string, maxSloganLength?: number): string[] {
  const ranges = protectedRanges(text, maxSloganLength);
  return text.split("").reduce<string[]>((runs, ch, i) => {
    if (!isProtected(ranges, i)) return runs;
    if (i > 0 && isProtected(ranges, i - 1)) runs[runs.length - 1] += ch;
    else runs.push(ch);
    return runs;
  }, []);
}

describe("protectedRanges", () => {
  it.each([
    ["贯彻落实《法治政府建设实施纲要(2021-2025年)》,办理案件12件"],
    ["贯彻落实《法治政府建设实施纲要（２０２１—２０２５年）》，办理案件１２件"],
  ])("marks a 《》 title with its brackets, and nothing else: %s", (text) => {
    expect(marked(text)).toEqual([text.slice(text.indexOf("《"), text.indexOf("》") + 1)]);
  });

  it("marks nested titles once, as one range", () => {
    expect(marked("印发《关于贯彻《行政处罚法》的实施意见》后")).toEqual(["《关于贯彻《行政处罚法》的实施意见》"]);
  });

  it("marks a short quoted slogan but not a long quotation or one across lines", () => {
    expect(marked("推行“最多跑一次”改革，“双随机、一公开”监管")).toEqual(["“最多跑一次”", "“双随机、一公开”"]);
    expect(marked(`他说“${"依法行政".repeat(5)}”`)).toEqual([]);
    expect(marked("“两客\n一危”")).toEqual([]);
    expect(marked("“最多跑一次”", 3)).toEqual([]);
  });

  it("marks nothing for empty text, unmatched brackets or quotes, without throwing", () => {
    expect(protectedRanges("").bounds).toHaveLength(0);
    expect(marked("》办理12件《")).toEqual([]);
    expect(marked("”未收到“")).toEqual([]);
  });
});

/** The marks as a character-by-character reference: every range marked in turn (quadratic, for short texts). */
function referenceMarks(text: string, maxSloganLength = 16): boolean[] {
  const marks = text.split("").map(() => false);
  const opens: number[] = [];
  let quoteOpen = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "《") opens.push(i);
    else if (ch === "》") {
      const open = opens.pop();
      if (open !== undefined) for (let k = open; k <= i; k++) marks[k] = true;
    } else if (ch === "“") quoteOpen = i;
    else if (ch === "”" && quoteOpen >= 0) {
      if (i - quoteOpen - 1 <= maxSloganLength && !text.slice(quoteOpen + 1, i).includes("\n")) for (let k = quoteOpen; k <= i; k++) marks[k] = true;
      quoteOpen = -1;
    }
  }
  return marks;
}

describe("isProtected", () => {
  it("agrees with marking every range character by character, for any mix of marks", () => {
    const piece = fc.constantFrom("《", "》", "“", "”", "\n", "件", "12", "依法行政");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (pieces, max) => {
        const text = pieces.join("");
        const ranges = protectedRanges(text, max);
        const reference = referenceMarks(text, max);
        for (let i = -1; i <= text.length; i++) expect(isProtected(ranges, i)).toBe(reference[i] ?? false);
        // Disjoint, in order, none empty.
        for (let k = 1; k < ranges.bounds.length; k++) expect(ranges.bounds[k]).toBeGreaterThan(ranges.bounds[k - 1] ?? 0);
      }),
    );
  });
});

describe("protectedReader", () => {
  it("answers as isProtected for positions in any order: forward in one walk, backward by the search", () => {
    const piece = fc.constantFrom("《", "》", "“", "”", "\n", "件", "12", "依法行政");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 80 }), fc.boolean(), (pieces, asked, sorted) => {
        const text = pieces.join("");
        const ranges = protectedRanges(text);
        const reader = protectedReader(ranges);
        const positions = sorted ? [...asked].sort((a, b) => a - b) : asked;
        for (const at of positions) expect(reader(at)).toBe(isProtected(ranges, at));
      }),
    );
  });

  it("answers 700,000 positions in order over 100,000 ranges", () => {
    const text = "《法》12件".repeat(100_000);
    const ranges = protectedRanges(text);
    expect(ranges.bounds).toHaveLength(200_000);
    const reader = protectedReader(ranges);
    let marked = 0;
    for (let at = 0; at < text.length; at++) if (reader(at)) marked++;
    expect(marked).toBe(300_000);
  });
});
