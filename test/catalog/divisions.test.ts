import { describe, expect, it } from "vitest";
import { mayStartDivisionName, shortName } from "../../src/catalog/divisions.js";
import { divisionOf, findDivisions } from "../../src/index.js";
import { allDivisions } from "../../src/catalog/index.js";
import { divisionLevelOf, prefectureCodeOf, provinceCodeOf } from "../../src/model/index.js";

describe("divisionOf", () => {
  it("gives 道外区 with its parents", () => {
    expect(divisionOf("230104")).toEqual({
      code: "230104",
      name: "道外区",
      level: "county",
      province: { code: "230000", name: "黑龙江省" },
      prefecture: { code: "230100", name: "哈尔滨市" },
    });
  });

  it("knows the divisions of the corpus", () => {
    expect(divisionOf("330203")?.name).toBe("海曙区");
    expect(divisionOf("330203")?.prefecture?.name).toBe("宁波市");
    expect(divisionOf("211300")?.name).toBe("朝阳市");
    expect(divisionOf("210800")?.name).toBe("营口市");
    expect(divisionOf("230100")?.prefecture).toEqual({ code: "230100", name: "哈尔滨市" });
  });

  it("puts municipal districts and province-administered counties directly under the province", () => {
    expect(divisionOf("110105")).toMatchObject({ name: "朝阳区", prefecture: null, province: { name: "北京市" } });
    expect(divisionOf("429004")).toMatchObject({ name: "仙桃市", prefecture: null, province: { name: "湖北省" } });
    expect(divisionOf("110100")).toBeUndefined();
  });

  it("gives undefined for unknown codes", () => {
    expect(divisionOf("230199")).toBeUndefined();
    expect(divisionOf("")).toBeUndefined();
  });
});

describe("allDivisions", () => {
  const all = allDivisions();

  it("holds the complete county-level table", () => {
    const count = (level: string) => all.filter((d) => d.level === level).length;
    expect(count("province")).toBe(34);
    expect(count("prefecture")).toBeGreaterThanOrEqual(330);
    expect(count("county")).toBeGreaterThanOrEqual(2800);
  });

  it("agrees with what the digits of each code say", () => {
    for (const d of all) {
      expect(divisionLevelOf(d.code)).toBe(d.level);
      expect(d.province.code).toBe(provinceCodeOf(d.code));
      if (d.prefecture) expect(d.prefecture.code).toBe(prefectureCodeOf(d.code));
    }
  });
});

describe("findDivisions", () => {
  it("finds by full and by short name", () => {
    expect(findDivisions("哈尔滨市").map((d) => d.code)).toEqual(["230100"]);
    expect(findDivisions("哈尔滨").map((d) => d.code)).toEqual(["230100"]);
    expect(findDivisions("黑龙江").map((d) => d.code)).toEqual(["230000"]);
  });

  it("lists every division of a repeated name, and narrows them to a parent", () => {
    expect(findDivisions("朝阳").map((d) => d.code)).toEqual(["211300", "110105", "211321", "220104"]);
    expect(findDivisions("朝阳", { within: "210000" }).map((d) => d.code)).toEqual(["211300", "211321"]);
    expect(findDivisions("道外区", { within: "230100" }).map((d) => d.code)).toEqual(["230104"]);
    expect(findDivisions("道外区", { within: "330000" })).toEqual([]);
  });

  it("does not shorten names to a single character", () => {
    expect(findDivisions("沙")).toEqual([]);
  });
});

describe("mayStartDivisionName", () => {
  it("is true where any name findDivisions knows starts, full or short, and false where none can", () => {
    for (const division of allDivisions()) {
      expect(mayStartDivisionName(`在${division.name}`, 1), division.name).toBe(true);
    }
    for (const short of ["哈尔滨", "揭西", "道外", "内蒙古", "广西"]) {
      expect(findDivisions(short).length, short).toBeGreaterThan(0);
      expect(mayStartDivisionName(`${short}交通运输局`, 0), short).toBe(true);
    }
    expect(mayStartDivisionName("的的确确", 0)).toBe(false);
    expect(mayStartDivisionName("哈尔滨市", 3)).toBe(false); // one character left: no name fits
    expect(mayStartDivisionName("", 0)).toBe(false);
  });

  it("is exact: of every first and second character of the names, true for the pairs that start a name and for no other", () => {
    const names = allDivisions().flatMap((d) => [d.name, shortName(d.name)].filter((n): n is string => n !== null));
    const pairs = new Set(names.map((name) => name.slice(0, 2)));
    const firsts = [...new Set(names.map((name) => name.charAt(0)))];
    const seconds = [...new Set([...names.map((name) => name.charAt(1)), "的", "x"])];
    let wrong = 0;
    let starts = 0;
    for (const first of firsts) {
      for (const second of seconds) {
        const pair = first + second;
        if (mayStartDivisionName(pair, 0) !== pairs.has(pair)) wrong++;
        if (pairs.has(pair)) starts++;
      }
    }
    expect(wrong).toBe(0);
    expect(starts).toBe(pairs.size);
    expect(firsts.length * seconds.length).toBeGreaterThan(500_000);
  });
});
