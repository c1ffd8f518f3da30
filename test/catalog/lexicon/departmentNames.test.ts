import { describe, expect, it } from "vitest";
import { agencyEndings, selfNames } from "../../../src/catalog/lexicon/agencyNames.js";
import { departmentFullForms, sectorDepartmentNames } from "../../../src/catalog/lexicon/departmentNames.js";
import { sectorOf } from "../../../src/catalog/sectorNames.js";
import { sectors } from "../../../src/model/sector.js";
import { readAgency } from "../../../src/parse/agency.js";
import { expectCleanWords, expectFolded } from "../../helpers/lexicon.js";

/** The ending of a department's name, longest first (委员会 before 委). */
const endingOf = (name: string) => [...agencyEndings].sort((a, b) => b.length - a.length).find((end) => name.endsWith(end));

describe("departmentFullForms", () => {
  const shorts = Object.keys(departmentFullForms);
  const fulls = Object.values(departmentFullForms);

  it("has clean, folded short and full forms", () => {
    expectCleanWords(shorts, "short forms");
    expectFolded([...shorts, ...fulls], "departmentFullForms");
    for (const full of fulls) expect(full).toMatch(/^[\u4e00-\u9fa5]+$/);
  });

  it("expands each short form to a longer full form of the same kind of body, never to another short form", () => {
    for (const [short, full] of Object.entries(departmentFullForms)) {
      expect(full.length, short).toBeGreaterThan(short.length);
      expect(departmentFullForms[full], short).toBeUndefined();
      // 交通局 → 交通运输局, 交通委 → 交通运输委员会: the full form ends as the short one does.
      expect(endingOf(short), short).toBeDefined();
      const last = short.slice(-1);
      expect(full.endsWith(last) || (last === "委" && full.endsWith("委员会")), short).toBe(true);
    }
  });

  it("keeps the sector a short form tells, and tells one for every full form whose sector is in the catalog", () => {
    for (const [short, full] of Object.entries(departmentFullForms)) {
      const sector = sectorOf(short);
      if (sector !== "other") expect(sectorOf(full), short).toBe(sector);
    }
    expect(sectorOf(departmentFullForms["执法局"] ?? "")).toBe("urban-management");
    expect(sectorOf(departmentFullForms["资规局"] ?? "")).toBe("natural-resources");
  });

  it("is what the agency reader names a body by when the text writes only the short form", () => {
    for (const [short, full] of Object.entries(departmentFullForms)) {
      const text = `2021年,市${short}在市委市政府的坚强领导下,推进《绍兴市电梯安全管理规定》施行。`;
      expect(readAgency(text, null).name, short).toBe(`绍兴市${full}`);
    }
  });
});

describe("sectorDepartmentNames", () => {
  const selfEndings = new Set(Object.entries(selfNames).filter(([, kind]) => kind === "department").map(([word]) => word.slice(1)));

  it("names, for each sector, a department of that sector, by an ending a self-name gives", () => {
    for (const [sector, names] of Object.entries(sectorDepartmentNames)) {
      expect(sectors as readonly string[], sector).toContain(sector);
      for (const [ending, name] of Object.entries(names ?? {})) {
        expect(selfEndings.has(ending), `${sector} ${ending}`).toBe(true);
        expect(name.endsWith(ending), name).toBe(true);
        expect(sectorOf(name), name).toBe(sector);
      }
    }
  });

  it("leaves out the sectors whose departments are named in several ways", () => {
    for (const sector of ["urban-management", "culture-tourism", "health", "water", "other"]) {
      expect(Object.keys(sectorDepartmentNames)).not.toContain(sector);
    }
  });

  it("is what the agency reader names a body by when it calls itself 我局 or 我厅 and names no department", () => {
    for (const [sector, names] of Object.entries(sectorDepartmentNames)) {
      for (const [ending, name] of Object.entries(names ?? {})) {
        const word = name.slice(0, -ending.length);
        const text = `2021年,我${ending}坚持以习近平新时代中国特色社会主义思想为指导,全面推进全市${word}工作。绍兴市${word}工作稳步推进,绍兴市${word}。`;
        expect(readAgency(text, null), `${sector} ${ending}`).toMatchObject({ name: `绍兴市${name}`, sector });
      }
    }
  });
});
