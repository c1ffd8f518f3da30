import { describe, expect, it } from "vitest";
import { findDivisions } from "../../src/catalog/divisions.js";
import { divisionByContext, leadingPlaces, placeMentions, placeName, regionName } from "../../src/parse/placeNames.js";

const codes = (divisions: readonly { code: string }[]): string[] => divisions.map((d) => d.code);
const mentions = (text: string): [string, string[], number][] => placeMentions(text).map((m) => [m.name, codes(m.divisions), m.count]);

describe("placeMentions", () => {
  it.each([
    ["浙江省绍兴市越城区人民政府,越城区司法局;揭西交通运输局"],
    ["浙江省绍兴市越城区人民政府，越城区司法局；揭西交通运输局"],
  ])("reads full names, counted, and a bare name before a sector's word: %s", (text) => {
    expect(mentions(text)).toEqual([
      ["浙江省", ["330000"], 1],
      ["绍兴市", ["330600"], 1],
      ["越城区", ["330602"], 2],
      ["揭西县", ["445222"], 1],
    ]);
  });

  it("keeps every division a shared name may be, and finds nothing in empty text", () => {
    expect(mentions("朝阳区全面推进依法行政")).toEqual([["朝阳区", ["110105", "220104"], 1]]);
    expect(placeMentions("")).toEqual([]);
    expect(placeMentions("全面推进依法行政，办理案件１２件")).toEqual([]);
  });
});

describe("leadingPlaces and divisionByContext", () => {
  it("read the divisions an agency's name starts with, each within the one before", () => {
    expect(leadingPlaces("宁波市海曙区交通运输局", "")).toMatchObject({ length: 6, ambiguous: [] });
    expect(codes(leadingPlaces("宁波市海曙区交通运输局", "").chain)).toEqual(["330200", "330203"]);
  });

  it("leave a shared name ambiguous unless the text names its province more", () => {
    expect(codes(leadingPlaces("朝阳区司法局", "").ambiguous)).toEqual(["110105", "220104"]);
    expect(codes(leadingPlaces("朝阳区司法局", "在北京市委、北京市政府领导下").chain)).toEqual(["110105"]);
    expect(divisionByContext(findDivisions("朝阳区"), "吉林省长春市")?.code).toBe("220104");
    expect(divisionByContext(findDivisions("朝阳区"), "依法行政")).toBeNull();
  });

  it("give nothing for a name that starts with no division", () => {
    expect(leadingPlaces("司法局", "")).toEqual({ chain: [], length: 0, ambiguous: [] });
    expect(leadingPlaces("", "")).toEqual({ chain: [], length: 0, ambiguous: [] });
  });
});

describe("placeName and regionName", () => {
  it("write a district after its prefecture and a county alone", () => {
    const [haishu] = findDivisions("海曙区");
    const [jiexi] = findDivisions("揭西县");
    const [yuzhong] = findDivisions("渝中区");
    expect(haishu && placeName(haishu)).toBe("宁波市海曙区");
    expect(jiexi && placeName(jiexi)).toBe("揭西县");
    expect(yuzhong && placeName(yuzhong)).toBe("重庆市渝中区");
    expect(haishu && regionName(haishu)).toBe("浙江省宁波市海曙区");
  });
});
