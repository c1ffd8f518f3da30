import { describe, expect, it } from "vitest";
import { protectedRanges } from "../../src/parse/protectedRanges.js";

/** The marked parts of a text, each run of marked characters one string. */
function marked(text: string, maxSloganLength?: number): string[] {
  const marks = protectedRanges(text, maxSloganLength);
  return text.split("").reduce<string[]>((runs, ch, i) => {
    if (marks[i] !== 1) return runs;
    if (i > 0 && marks[i - 1] === 1) runs[runs.length - 1] += ch;
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
    expect(protectedRanges("")).toHaveLength(0);
    expect(marked("》办理12件《")).toEqual([]);
    expect(marked("”未收到“")).toEqual([]);
  });
});
