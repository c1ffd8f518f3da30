import { describe, expect, it } from "vitest";
import { Sector, sectors } from "../../src/model/sector.js";

describe("sectors and Sector", () => {
  it("lists each sector once, in kebab case, with other last", () => {
    expect(new Set(sectors).size).toBe(sectors.length);
    expect(sectors[sectors.length - 1]).toBe("other");
    for (const sector of sectors) expect(sector).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(sectors).toContain("transport");
    expect(sectors).toContain("market-regulation");
  });

  it("accepts every listed sector and refuses others", () => {
    for (const sector of sectors) expect(Sector.parse(sector)).toBe(sector);
    for (const bad of ["Transport", "market_regulation", "交通运输", "", null]) expect(Sector.safeParse(bad).success, String(bad)).toBe(false);
  });
});
