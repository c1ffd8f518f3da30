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

  it("does not read the sector's words in the names of the places a department's name starts with", () => {
    // 西藏文化旅游创意园区 is a county-level division (540173) whose name holds 文化 and 旅游.
    expect(sectorOf("西藏文化旅游创意园区人力资源局")).toBe("human-resources");
    expect(sectorOf("西藏文化旅游创意园区人力资源和社会保障局")).toBe("human-resources");
    expect(sectorOf("西藏文化旅游创意园区档案局")).toBe("other");
    // A department whose words come first is read as before: the place's name is only a full division name at the start.
    expect(sectorOf("交通运输综合行政执法支队")).toBe("transport");
    expect(sectorOf("哈尔滨交通局")).toBe("transport");
  });

  it("does not read 民政 inside 人民政府", () => {
    expect(sectorOf("某县人民政府办公室")).toBe("other");
  });

  it("lists each word once", () => {
    const words = sectorNames.map(([word]) => word);
    expect(new Set(words).size).toBe(words.length);
  });
});
