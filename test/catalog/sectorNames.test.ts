import { describe, expect, it } from "vitest";
import { sectorNames, sectorOf } from "../../src/catalog/sectorNames.js";

describe("sectorOf", () => {
  it.each([
    ["宁波市海曙区交通运输局", "transport"],
    ["某县综合行政执法局", "urban-management"],
    ["某市生态环境局", "environment"],
    ["某县住房和城乡建设局", "housing"],
    ["某市市场监督管理局", "market-regulation"],
    ["某县民政局", "civil-affairs"],
  ])("reads the sector from a department's name: %s", (name, sector) => {
    expect(sectorOf(name)).toBe(sector);
  });

  it("gives null for a government and other for a department whose name tells none", () => {
    expect(sectorOf("哈尔滨市道外区人民政府")).toBeNull();
    expect(sectorOf("某镇政府")).toBeNull();
    expect(sectorOf("某市档案局")).toBe("other");
    expect(sectorOf("")).toBe("other");
  });

  it("does not read 民政 inside 人民政府", () => {
    expect(sectorOf("某县人民政府办公室")).toBe("other");
  });

  it("lists each word once", () => {
    const words = sectorNames.map(([word]) => word);
    expect(new Set(words).size).toBe(words.length);
  });
});
