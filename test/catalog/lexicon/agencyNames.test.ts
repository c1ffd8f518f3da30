import { describe, expect, it } from "vitest";
import {
  agencyEndings,
  departmentSelfWords,
  departmentWorkWords,
  governmentNames,
  governmentOfficeNames,
  leadershipWords,
  levelWordCompounds,
  levelWords,
  notDepartmentWords,
  openingPredicateWords,
  openingTimeWords,
  selfNames,
  townshipEndings,
  townshipGovernmentNames,
  townshipSelfNames,
  shortDivisionEndings,
} from "../../../src/catalog/lexicon/agencyNames.js";
import { readAgency } from "../../../src/parse/agency.js";
import { expectCleanWords, expectFolded, expectLongerFirst, expectNoRegExpSyntax, expectSingleCharacters } from "../../helpers/lexicon.js";

const lists = {
  agencyEndings,
  governmentNames,
  governmentOfficeNames,
  townshipEndings,
  townshipGovernmentNames,
  townshipSelfNames,
  departmentSelfWords,
  openingTimeWords,
  levelWordCompounds,
  openingPredicateWords,
  notDepartmentWords,
  departmentWorkWords,
  leadershipWords,
  selfNames: Object.keys(selfNames),
  levelWords: Object.keys(levelWords),
};

/** A title naming a body of 哈尔滨市, read by the agency reader. */
const agencyOfTitle = (body: string) => {
  const title = `哈尔滨市${body}2021年法治政府建设情况报告`;
  return readAgency(`${title}\n正文`, title);
};

describe("agencyNames lexicon", () => {
  it("has clean lists in folded form", () => {
    for (const [name, words] of Object.entries(lists)) {
      expectCleanWords(words, name);
      expectFolded(words, name);
    }
  });

  it("has no pattern syntax in the lists agency.ts joins into regular expressions", () => {
    const joined = { agencyEndings, governmentNames, townshipEndings, townshipGovernmentNames, openingPredicateWords, notDepartmentWords, leadershipWords };
    for (const [name, words] of Object.entries(joined)) expectNoRegExpSyntax(words, name);
  });

  it("lists agency endings longest first where one begins or ends another (委员会 before 委, 管理局 before 局)", () => {
    expectLongerFirst(agencyEndings, (longer, shorter) => longer.startsWith(shorter) || longer.endsWith(shorter), "agencyEndings");
    expect(agencyEndings.filter((end) => end.endsWith("政府"))).toEqual([...governmentNames]);
  });

  it("has one-character level words, as a character class takes them", () => {
    expectSingleCharacters(Object.keys(levelWords), "levelWords");
  });

  it("writes each self-name as 我 or 本 and a word the reader takes its level or ending from", () => {
    const endings = new Set(agencyEndings);
    for (const [word, kind] of Object.entries(selfNames)) {
      expect(word, word).toMatch(/^[我本].$/);
      const rest = word.slice(1);
      if (kind === "government") expect(levelWords[rest], word).toBeDefined();
      else expect(endings.has(rest), word).toBe(true);
    }
  });

  it("writes each township self-name as 我 or 本 and a township ending", () => {
    for (const word of townshipSelfNames) {
      expect(word, word).toMatch(/^[我本]/);
      expect(townshipEndings.includes(word.slice(1)), word).toBe(true);
    }
  });

  it("writes a government's office as a government name and an office ending", () => {
    for (const office of governmentOfficeNames) {
      const government = governmentNames.find((name) => office.startsWith(name));
      expect(government, office).toBeDefined();
      expect(agencyEndings.includes(office.slice(government?.length)), office).toBe(true);
    }
  });

  it("starts each level-word compound with a level word", () => {
    for (const word of levelWordCompounds) {
      expect(word.length, word).toBe(2);
      expect(levelWords[word.charAt(0)], word).toBeDefined();
    }
  });

  it("gives a department for each ending that is no government's, and the government for the others", () => {
    for (const ending of agencyEndings) {
      const agency = agencyOfTitle(`档案${ending}`);
      if (governmentNames.includes(ending)) expect([agency.kind, agency.name], ending).toEqual(["government", "哈尔滨市人民政府"]);
      else expect([agency.kind, agency.name], ending).toEqual(["department", `哈尔滨市档案${ending}`]);
    }
  });

  it("reads a government's office reporting on its own work as a department", () => {
    for (const office of governmentOfficeNames) {
      expect(agencyOfTitle(office), office).toMatchObject({ kind: "department", name: `哈尔滨市${office}` });
    }
  });

  it("reads a township or street after its county as a government below the county", () => {
    for (const ending of townshipEndings) {
      const agency = agencyOfTitle(`道外区莲塘${ending}`);
      expect(agency, ending).toMatchObject({ kind: "government", level: null, divisionCode: "230104" });
      expect(agency.name, ending).toMatch(new RegExp(`^哈尔滨市道外区莲塘${ending}(?:${townshipGovernmentNames.join("|")})$`));
    }
  });

  it("gives each self-name its kind when an opening sentence speaks with it", () => {
    for (const [word, kind] of Object.entries(selfNames)) {
      const text = `2021年,${word}坚持以习近平新时代中国特色社会主义思想为指导,深入推进法治政府建设,取得新的成效。`;
      expect(readAgency(text, null).kind, word).toBe(kind);
    }
  });

  it("has short endings of one character that end the full ending they stand for (州 for 自治州)", () => {
    for (const [short, full] of Object.entries(shortDivisionEndings)) {
      expectSingleCharacters([short], "shortDivisionEndings");
      expect(full.endsWith(short) && full.length > 1, full).toBe(true);
    }
  });
});
