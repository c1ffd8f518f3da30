import { type Division, divisionOf, findDivisions, mayStartDivisionName } from "../catalog/divisions.js";
import { bilingualMessage, agencyAmbiguousDivisionMessage } from "../model/parseMessages.js";
import {
  agencyEndings,
  departmentSelfWords,
  governmentNames,
  governmentOfficeNames,
  levelWordCompounds,
  leadershipWords,
  levelWords,
  scopeLeads,
  departmentWorkWords,
  notDepartmentWords,
  openingPredicateWords,
  openingTimeWords,
  parentBodyPrefixes,
  shortDivisionEndings,
  selfNames,
  townshipEndings,
  townshipGovernmentNames,
  townshipSelfNames,
} from "../catalog/lexicon/agencyNames.js";
import { departmentFullForms, sectorDepartmentNames } from "../catalog/lexicon/departmentNames.js";
import { sourceLabels } from "../catalog/lexicon/documentLabels.js";
import { sectorNames, sectorOf } from "../catalog/sectorNames.js";
import { creditCodeForm, readCreditCode } from "../model/creditCodeCheck.js";
import type { DocumentAgency } from "../model/documentAgency.js";
import type { Issue } from "../model/issue.js";
import type { Sector } from "../model/sector.js";
import { readDatesAndSignature, type Signature } from "./documentDates.js";
import { headingLabel } from "./documentTitle.js";
import { foldText } from "./foldText.js";
import { type PlaceMention, divisionByContext, leadingPlaces, placeMentions, placeName, regionName } from "./placeNames.js";

/**
 * What `readAgencyWithIssues` gives: the agency and the issues met reading it
 * (a place name that fits several divisions, 朝阳区 with no city named).
 *
 * @example
 * ```ts
 * const title = "朝阳区2021年法治政府建设情况报告";
 * const { agency, issues }: AgencyResult = readAgencyWithIssues(title, title);
 * issues[0]?.code; //=> "agency.ambiguousDivision"
 * ```
 */
export interface AgencyResult {
  /** The agency, with `null` for what the text does not tell. */
  readonly agency: DocumentAgency;
  /** Issues met reading it. */
  readonly issues: readonly Issue[];
}

/** The kind of division a level word names (市 may be a prefecture or a county-level city). */
type Scope = "province" | "city" | "district" | "county";

/** What one name in the text tells: the places it starts with, the body, or a self-name's level. */
interface NameReading {
  readonly chain: readonly Division[];
  /** The divisions the last place name may be when the text does not tell which (鼓楼区). */
  readonly ambiguous: readonly Division[];
  readonly scope: Scope | null;
  readonly kind: "government" | "department" | null;
  /** The department as written after the place or level word (交通运输局, 综合执法局). */
  readonly department: string | null;
  /** For 我局, 我厅, 我委: the ending the department's name has. */
  readonly selfEnding: string | null;
  /** A township or street office below the county (莲塘镇人民政府). */
  readonly township: string | null;
  /** How many characters of the string the name takes. */
  readonly length: number;
  /** Read from the page header (来源, 发布机构): the site's publisher, which may have posted another body's report. */
  readonly publisher?: boolean;
  /** The national body a local office is named after (国家税务总局南京市税务局), the start of its name. */
  readonly parent?: string;
}

const cjk = "\\u4e00-\\u9fa5";
const endings = /* @__PURE__ */ (() => agencyEndings.filter((end) => !end.endsWith("政府")))();
const departmentPattern = /* @__PURE__ */ (() => new RegExp(`^[${cjk}]{1,14}?(?:${endings.join("|")})`))();
const shortPattern = /* @__PURE__ */ (() => new RegExp(`^([${Object.keys(levelWords).join("")}])([${cjk}]{1,12}?(?:${endings.join("|")}))`))();
const levelGovernment = /* @__PURE__ */ (() => new RegExp(`^([${Object.keys(levelWords).join("")}])(?:${governmentNames.join("|")})`))();
/** A township after its county's name: its government word, or a year, 关于, the end or a predicate after it (某县莲塘镇2021年…). */
const townshipPattern = /* @__PURE__ */ (() => new RegExp(
  `^([${cjk}]{1,8}?(?:${townshipEndings.join("|")}))(?:${townshipGovernmentNames.join("|")}|(?=$|\\d|关于|${openingPredicateWords.join("|")}))`,
))();
/** A township's name as the subject of an opening sentence (南苑街道坚持…): two characters or more, then a predicate. */
const townshipSubject = /* @__PURE__ */ (() => new RegExp(`^([${cjk}]{2,6}?(?:${townshipEndings.join("|")}))(?=${openingPredicateWords.join("|")})`))();
/** A township's name standing first in a title or header, before its government word, a year, 关于 or the end. */
const townshipFirst = /* @__PURE__ */ (() => new RegExp(`^([${cjk}]{1,8}?(?:${townshipEndings.join("|")}))(${townshipGovernmentNames.join("|")})?(?=$|\\d|关于|(?:${townshipGovernmentNames.join("|")}))`))();
/** Words that show a run of characters is a sentence's predicate, not a department's name. */
const notNameWords = /* @__PURE__ */ (() => new RegExp(`${notDepartmentWords.join("|")}|^委|^党`))();
/** A name after a page header's source label (来源: 某市人民政府, 发布机构 | 某局); `matchAll` copies it, so its `lastIndex` stays 0. */
const sourceLabelled = /* @__PURE__ */ (() => new RegExp(`(?:${sourceLabels.join("|")})(?:[ \\t|]{0,4}:[ \\t|]{0,4}|[ \\t]*\\|[ \\t|]{0,8})([${cjk}]{2,30})`, "g"))();
/** The leadership phrase an opening sentence starts with (在市委、市政府的正确领导下). */
const leadership = /* @__PURE__ */ (() => new RegExp(`^在.*(?:${leadershipWords.join("|")})$`))();

const noReading: NameReading = {
  chain: [],
  ambiguous: [],
  scope: null,
  kind: null,
  department: null,
  selfEnding: null,
  township: null,
  length: 0,
};

/** The name before its ending, less a word of its line of work right before the ending (住房和城乡建设局 → 住房和城乡): what may not hold a not-name word. */
function nameStem(match: string): string {
  const stem = match.slice(0, match.length - (endings.find((end) => match.endsWith(end))?.length ?? 1));
  const work = departmentWorkWords.find((word) => stem.endsWith(word));
  return work === undefined ? match.slice(0, -1) : stem.slice(0, stem.length - work.length);
}

function departmentAt(rest: string): string | null {
  const match = departmentPattern.exec(rest)?.[0];
  if (!match || notNameWords.test(nameStem(match))) return null;
  if (match.endsWith("委") && !match.endsWith("委员会") && match.length < 3) return null;
  return match;
}

/** What follows a place's name: its government, its general office, a township, a department, or nothing (the place's government). */
function bodyAfterPlace(rest: string, issuer: boolean): Pick<NameReading, "kind" | "department" | "township" | "length"> {
  const office = governmentOfficeNames.find((name) => rest.startsWith(name));
  if (office) return issuer ? { kind: "government", department: null, township: null, length: office.length } : { kind: "department", department: office, township: null, length: office.length };
  const government = governmentNames.find((name) => rest.startsWith(name));
  if (government) return { kind: "government", department: null, township: null, length: government.length };
  const township = townshipPattern.exec(rest);
  if (township) {
    const name = townshipName(township[1] ?? "");
    return { kind: "government", department: null, township: name, length: township[0].length };
  }
  const department = departmentAt(rest);
  if (department) return { kind: "department", department, township: null, length: department.length };
  return { kind: "government", department: null, township: null, length: 0 };
}

/** A place named without its suffix before a department with a sector (揭西交通运输局 → 揭西县). */
function bareLeadingPlace(s: string, text: string, issuer: boolean): NameReading | null {
  // Every name tried starts where `s` starts: none when no name of the table begins with its first two characters.
  if (!mayStartDivisionName(s, 0)) return null;
  for (let length = 4; length >= 2; length--) {
    // An autonomous division written short (大理州 for 大理白族自治州): it, not a county that shares its first characters (大理市).
    const ending = shortDivisionEndings[s.charAt(length)];
    const autonomous = ending === undefined ? [] : findDivisions(s.slice(0, length + 1)).filter((d) => d.name.endsWith(ending));
    if (autonomous.length > 0) {
      const body = bodyAfterPlace(s.slice(length + 1), issuer);
      const division = autonomous.length === 1 ? autonomous[0] : divisionByContext(autonomous, text);
      const reading = { ...noReading, ...body, length: length + 1 + body.length };
      return division ? { ...reading, chain: [division] } : { ...reading, ambiguous: autonomous };
    }
    const found = findDivisions(s.slice(0, length)).filter((d) => d.name !== s.slice(0, length) && d.level !== "province");
    if (found.length === 0) continue;
    const department = levelWords[s.charAt(length)] === undefined ? departmentAt(s.slice(length)) : null;
    if (department === null || departmentSector(department) === null) continue;
    const division = divisionByContext(found, text);
    const reading = { ...noReading, kind: "department" as const, department, length: length + department.length };
    return division ? { ...reading, chain: [division] } : { ...reading, ambiguous: found };
  }
  return null;
}

function townshipName(name: string): string {
  return `${name}${name.endsWith("街道") ? "办事处" : "人民政府"}`;
}

/**
 * Reads the name a string starts with: a self-name (我局), a level word and a
 * department (市交通局), or places and a body (宁波市海曙区交通运输局, 南昌县).
 * `issuer` is set for a line above 关于印发…, where a government's office acts
 * for the government.
 */
function readName(written: string, text: string, issuer = false): NameReading | null {
  // A joint name of the party committee and the government (中共某县委 某县人民政府) is the government's.
  // A local office of a national body (国家税务总局南京市税务局) is named by what follows the national body's name.
  const party = /^中共[\u4e00-\u9fa5]{2,12}?委(?:员会)?/.exec(written)?.[0] ?? "";
  const parent = party === "" ? (parentBodyPrefixes.find((prefix) => written.startsWith(prefix)) ?? "") : "";
  const reading = readNameAt(written.slice(party.length + parent.length), text, issuer);
  if (reading && parent !== "" && reading.kind === "department") return { ...reading, parent, length: reading.length + parent.length };
  return reading && { ...reading, length: reading.length + party.length };
}

/** The self-names (我局 …) with their kinds, in the lexicon's order. */
const selfNameEntries: readonly (readonly [string, "department" | "government"])[] = /* @__PURE__ */ Object.entries(selfNames);

function readNameAt(s: string, text: string, issuer: boolean): NameReading | null {
  const selfTownship = townshipSelfNames.find((word) => s.startsWith(word));
  if (selfTownship) return { ...noReading, kind: "government", township: "", length: selfTownship.length };
  for (const [word, kind] of selfNameEntries) {
    if (!s.startsWith(word)) continue;
    const level = levelWords[word.slice(1)];
    return { ...noReading, kind, scope: level ?? null, selfEnding: kind === "department" ? word.slice(1) : null, length: word.length };
  }
  const short = levelWordCompounds.some((word) => s.startsWith(word)) ? null : shortPattern.exec(s);
  const shortDepartment = short ? departmentAt(short[2] ?? "") : null;
  if (short && shortDepartment === short[2]) {
    return { ...noReading, kind: "department", scope: levelWords[short[1] ?? ""] ?? null, department: shortDepartment, length: short[0].length };
  }
  const government = levelGovernment.exec(s);
  if (government) return { ...noReading, kind: "government", scope: levelWords[government[1] ?? ""] ?? null, length: government[0].length };
  const places = leadingPlaces(s, text);
  const ambiguousLength = places.ambiguous[0]?.name.length ?? 0;
  if (places.chain.length === 0 && ambiguousLength === 0) {
    const bare = bareLeadingPlace(s, text, issuer);
    if (bare) return bare;
    const township = townshipFirst.exec(s);
    return township ? { ...noReading, kind: "government", township: townshipName(township[1] ?? ""), length: township[0].length } : null;
  }
  const placeLength = places.length + ambiguousLength;
  // 市委, 县委, 区党委: a party committee, not a body of the government.
  if (/^(?:委|党)/.test(s.slice(placeLength))) return null;
  const body = bodyAfterPlace(s.slice(placeLength), issuer);
  return { ...noReading, chain: places.chain, ambiguous: places.ambiguous, ...body, length: placeLength + body.length };
}

/** The clauses of the opening sentence, a time (2021年, 今年以来) and a leadership phrase (在市委…领导下) dropped. */
function openingClauses(text: string): string[] {
  const clauses: string[] = [];
  let paragraphs = 0;
  // Line by line from the top (indexOf), up to the third paragraph: the lines below it are never cut out.
  const head = text.slice(0, 4000);
  for (let start = 0; start <= head.length; ) {
    const newline = head.indexOf("\n", start);
    const end = newline < 0 ? head.length : newline;
    const line = head.slice(start, end).trim();
    start = end + 1;
    if (line.length < 30 || !/[,。]/.test(line) || /^[^,。]{0,14}:/.test(line) || headingLabel.test(line)) continue;
    if (++paragraphs > 3) break;
    const stop = line.indexOf("。");
    const sentence = stop < 0 ? line : line.slice(0, stop);
    for (const part of sentence.split(/[,;]/).slice(0, 8)) {
      let clause = part.trim().replace(/^\d{4}\s*年度?(?:以来)?/, "");
      for (const word of openingTimeWords) if (clause.startsWith(word)) clause = clause.slice(word.length);
      if (clause === "" || leadership.test(clause)) continue;
      clauses.push(clause);
    }
  }
  return clauses;
}

/**
 * The names a text offers, best first: the title's, an issuer line's above 关于…, a name alone at the
 * top of the page (not a government's: that may be its portal's name), the 落款's, the opening
 * sentence's subject, then a government alone at the top and the page header's publisher (来源),
 * both marked as the site's publisher. Read one at a time, as they are asked for: most texts are
 * placed by their title's name, and the lines, 落款 and opening below it are then never read.
 */
function* nameReadings(text: string, title: string | null, signature: Signature | null): Generator<NameReading, void, undefined> {
  if (title) {
    // A joint title of the party committee and the government (中共某县委 某县人民政府关于…) is the government's.
    const fromStart = readName(title, text);
    if (fromStart) yield fromStart;
    if (!fromStart || fromStart.chain.length === 0) {
      const year = /\d{4}\s*(?:[-—–~至到]\s*\d{4}\s*)?年度?/.exec(title);
      const afterYear = year ? readName(title.slice(year.index + year[0].length), text) : null;
      if (afterYear) yield afterYear;
    }
  }
  const head = text.slice(0, 3000);
  // The lines that are not blank, each compacted (no white space) only where it is read: the first
  // eight, and a line above one that starts with 关于 once compacted.
  const lines = head.split("\n").filter((line) => /\S/.test(line));
  /** Governments named alone at the top of the page: a portal's name (某市人民政府 in its header, its <title>), read after the 落款 and the opening. */
  const sites: NameReading[] = [];
  for (let i = 0; i < lines.length; i++) {
    const issuer = /^\s*关\s*于/.test(lines[i + 1] ?? "");
    if (!issuer && i >= 8) continue;
    const line = (lines[i] ?? "").replace(/\s+/g, "");
    if (line.length > 30) continue;
    // A line that is a name and nothing else: an issuer line above 关于…, or a name standing at the top of the page.
    const reading = readName(line, text, issuer);
    if (reading && reading.length === line.length && (reading.chain.length > 0 || reading.ambiguous.length > 0 || (reading.township ?? "") !== "")) {
      if (!issuer && reading.kind === "government" && reading.township === null) sites.push(reading);
      else yield reading;
    }
  }
  const above = signature?.above;
  const signed = above && above.length <= 30 ? readName(foldText(above).replace(/\s+/g, ""), text) : null;
  if (signed) yield signed;
  for (const clause of openingClauses(text)) {
    const township = townshipSubject.exec(clause);
    const reading =
      readName(clause, text) ??
      (township ? { ...noReading, kind: "government" as const, township: townshipName(township[1] ?? ""), length: township[0].length } : null);
    if (reading && (reading.chain.length > 0 || reading.kind !== null)) {
      yield reading;
      break;
    }
  }
  // A site's name and the page header's publisher, which may have posted another body's report: last.
  for (const reading of sites) yield { ...reading, publisher: true };
  for (const match of head.matchAll(sourceLabelled)) {
    const name = match[1] ?? "";
    const reading = sourceLabels.some((label) => name.startsWith(label)) ? null : readName(name, text);
    if (reading) yield { ...reading, publisher: true };
  }
}

function creditCodeDivision(text: string): Division | undefined {
  for (const match of text.slice(0, 3000).matchAll(new RegExp(creditCodeForm, "g"))) {
    const parts = readCreditCode(match[0]);
    const division = parts ? divisionOf(parts.divisionCode) : undefined;
    if (division) return division;
  }
  return undefined;
}

function fitsScope(division: Division, scope: Scope | null): boolean {
  switch (scope) {
    case "province":
      return division.level === "province";
    case "city":
      return division.level === "prefecture" || (division.level === "county" && division.name.endsWith("市"));
    case "district":
      return division.level === "county" && division.name.endsWith("区");
    case "county":
      return division.level === "county" && /[县旗]$/.test(division.name);
    default:
      return division.level !== "province";
  }
}

function countOf(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/** The level a text speaks from: 我县, 全区 …, 全省 only when nothing else is named. */
function scopeOf(text: string): Scope | null {
  const scores = new Map<Scope, number>();
  const words = Object.entries(levelWords);
  for (const [word, scope] of words) {
    const own = countOf(text, `${scopeLeads.own}${word}`) * 2 + (scope === "province" ? 0 : countOf(text, `${scopeLeads.whole}${word}`));
    if (own > 0) scores.set(scope, (scores.get(scope) ?? 0) + own);
  }
  if (scores.size === 0 && words.some(([word, scope]) => scope === "province" && countOf(text, `${scopeLeads.whole}${word}`) > 0)) return "province";
  const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The sector a text speaks of: the sector word right after 全市, 我县 …, else the one it names far more than any other. */
function sectorOfText(text: string): Sector | null {
  const masked = text.replaceAll("人民政府", "····");
  const near = new Map<Sector, number>();
  const all = new Map<Sector, number>();
  for (const [word, sector] of sectorNames) all.set(sector, (all.get(sector) ?? 0) + countOf(masked, word));
  // 全市交通…, 我县司法…: the sector words right after each 全 or 我 and a level word (one search per lead
  // character, not one per sector word and level).
  const levels = Object.keys(levelWords);
  for (const lead of [scopeLeads.whole, scopeLeads.own]) {
    for (let at = masked.indexOf(lead); at >= 0; at = masked.indexOf(lead, at + 1)) {
      for (const level of levels) {
        if (!masked.startsWith(level, at + lead.length)) continue;
        const from = at + lead.length + level.length;
        for (const [word, sector] of sectorNames) if (masked.startsWith(word, from)) near.set(sector, (near.get(sector) ?? 0) + 1);
      }
    }
  }
  const top = (scores: Map<Sector, number>, margin: number, least: number): Sector | null => {
    const [first, second] = [...scores].sort((a, b) => b[1] - a[1]);
    return first && first[1] >= least && (!second || second[1] * margin < first[1]) ? first[0] : null;
  };
  return top(near, 1, 1) ?? top(all, 2, 3);
}

/** A department's sector by its name (人民政府 is no 民政). */
function departmentSector(department: string | null): Sector | null {
  if (department === null) return null;
  const sector = sectorOf(department.replaceAll("人民政府", ""));
  return sector === "other" ? null : sector;
}

/**
 * A department's name as the text writes it after its place (海曙区交通运输局,
 * 抚顺市交通运输局), the most frequent of the sector's forms; else the
 * official full form of a short one (市场监管局 → 市场监督管理局).
 */
function fullDepartment(text: string, division: Division, department: string | null, sector: Sector | null, selfEnding: string | null): string | null {
  // A department whose name tells no sector (档案局) is kept as written; 我局 takes the text's written form.
  if (sector !== null || department === null) {
    const bare = division.name.replace(/(?:省|市|区|县|旗)$/, "");
    const place = bare.length >= 2 && bare !== division.name ? `${division.name}|${bare}` : division.name;
    const forms = new Map<string, number>();
    const ending = endings.find((end) => (department ?? selfEnding ?? "局").endsWith(end)) ?? "局";
    for (const match of text.matchAll(new RegExp(`(?:${place})([${cjk}]{1,12}?(?:${endings.join("|")}))`, "g"))) {
      const form = match[1] ?? "";
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    // Each form counted, then judged once: a text names its own department many times (哈尔滨市交通运输局 …).
    const fitting = [...forms].filter(
      ([form]) => (form.endsWith(ending) || (ending === "委" && form.endsWith("委员会"))) && departmentAt(form) === form && departmentSector(form) !== null && (sector === null || departmentSector(form) === sector),
    );
    const best = fitting.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0];
    if (best) return best[0];
  }
  if (department !== null) return departmentFullForms[department] ?? department;
  return sector === null ? null : (sectorDepartmentNames[sector]?.[selfEnding ?? "局"] ?? null);
}

function ambiguousIssue(divisions: readonly Division[]): Issue {
  const name = divisions[0]?.name ?? "";
  const codes = divisions.map((d) => d.code).join("、");
  return {
    code: "agency.ambiguousDivision",
    severity: "warning",
    path: ["agency", "divisionCode"],
    message: bilingualMessage(agencyAmbiguousDivisionMessage, { name, codes }),
    params: { name, codes },
  };
}

const unknownAgency: DocumentAgency = { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null };

function placedAgency(reading: NameReading, text: string): DocumentAgency | null {
  const division = reading.chain[reading.chain.length - 1];
  if (!division) return null;
  if (reading.township !== null) {
    const township = reading.township;
    return {
      name: `${placeName(division)}${township}`,
      kind: "government",
      level: null,
      sector: null,
      region: `${regionName(division)}${township.replace(/人民政府$|办事处$/, "")}`,
      divisionCode: division.code,
    };
  }
  const government = reading.kind === "government";
  const department = government ? "人民政府" : fullDepartment(text, division, reading.department, departmentSector(departmentFullForms[reading.department ?? ""] ?? reading.department), null);
  const name = `${government ? "" : (reading.parent ?? "")}${placeName(division)}${department ?? ""}`;
  return {
    name,
    kind: government ? "government" : "department",
    level: division.level,
    sector: government ? null : (departmentSector(department) ?? "other"),
    region: regionName(division),
    divisionCode: division.code,
  };
}

/**
 * The place a text names more often than any other, with those of its divisions that `fits` keeps
 * (places with none left are passed over); null when no place is left or two are named equally often.
 * One loop over the mentions, none copied or sorted: V8 11 bailed out of `agencyIn` (twice more
 * after its first compilation, in a run of the corpus) at the `filter` of a `map(…).filter(…).sort(…)`
 * over these lists, an empty list having another array map than a filled one.
 */
function mostMentioned(mentions: readonly PlaceMention[], fits: (division: Division) => boolean): Pick<PlaceMention, "divisions" | "count"> | null {
  let top: Pick<PlaceMention, "divisions" | "count"> | null = null;
  let tied = false;
  for (const mention of mentions) {
    if (top !== null && mention.count < top.count) continue;
    const divisions = mention.divisions.filter(fits);
    if (divisions.length === 0) continue;
    if (top !== null && mention.count === top.count) tied = true;
    else {
      top = { divisions, count: mention.count };
      tied = false;
    }
  }
  return tied ? null : top;
}

/** The county a text names most (a district or county, by 区委/县委 and the like when it says which). */
function countyOf(head: string, issues: Issue[]): Division | null {
  const scope = scopeOf(head);
  const top = mostMentioned(placeMentions(head), (d) => d.level === "county" && (scope !== "district" && scope !== "county" ? true : fitsScope(d, scope)));
  if (!top) return null;
  const division = divisionByContext(top.divisions, head);
  if (!division) issues.push(ambiguousIssue(top.divisions));
  return division;
}

/** A township or street office without its county in its name: placed by the county the text names. */
function townshipAgency(township: string, head: string, issues: Issue[]): AgencyResult {
  const county = countyOf(head, issues);
  const name = township === "" ? null : township;
  if (!county) return { agency: { ...unknownAgency, name, kind: "government" }, issues };
  return {
    agency: {
      name: name === null ? null : `${placeName(county)}${name}`,
      kind: "government",
      level: null,
      sector: null,
      region: name === null ? regionName(county) : `${regionName(county)}${name.replace(/人民政府$|办事处$/, "")}`,
      divisionCode: county.code,
    },
    issues,
  };
}

/**
 * Reads who a document is by, with issues: the agency's name from the title,
 * an issuer line above 关于印发…, a name alone at the top of the page, the
 * 落款, the subject of the opening sentence, or, as the site's publisher, a
 * government named alone at the top (a portal's name) or in the page header
 * (信息来源, 发布机构), which only places a report that speaks as a department; its division through the
 * catalog. A short self-name (我局, 区交通局, 市市场监管局) is placed by the
 * one division of its level the text names (or a credit code on the page) and
 * given its official full name (绍兴市市场监督管理局); what the text does not
 * determine stays `null`. Names follow the corpus conventions: a district
 * after its prefecture (宁波市海曙区交通运输局), a county or county-level city
 * alone (揭西县交通运输局), the level from the division table; a township
 * or street office is a government with level `null` and its county's code.
 * The 落款 is the one `parseReport` found (`signature`, see
 * `readDatesAndSignature`); without it, the 落款 is found here.
 *
 * @example
 * ```ts
 * readAgencyWithIssues("2023年,市市场监管局在市委市政府的坚强领导下,推进《绍兴市电梯安全管理规定》施行。", null).agency.name;
 * //=> "绍兴市市场监督管理局"
 * ```
 */
export function readAgencyWithIssues(source: string, title: string | null, signature?: Signature | null): AgencyResult {
  return agencyIn(source, foldText(source.slice(0, headReach)), title, signature);
}

/**
 * @internal How far into a text what it says about itself (its agency's names in the title, header and
 * opening; the metadata around them) is looked for, in characters: one reach for the readers that share
 * the folded head of a text.
 */
export const headReach = 20000;

/**
 * `readAgencyWithIssues` on a text already folded: `folded` is `foldText(source)` (or at least its
 * first 20,000 characters), made once by `parseReport` for all its readers.
 *
 * @internal
 */
export function agencyIn(source: string, folded: string, title: string | null, signature?: Signature | null): AgencyResult {
  // Names stand in the head (title, header, opening) and the 落款: only the head is folded.
  const text = folded.slice(0, headReach);
  const compactTitle = title === null ? null : foldText(title).replace(/\s+/g, "");
  const issues: Issue[] = [];
  // The names read so far, in order: the readings are read one at a time, up to the first that places the text.
  const readings: NameReading[] = [];
  let publisher: Division | null = null;
  for (const reading of nameReadings(text, compactTitle, signature === undefined ? readDatesAndSignature(source).signature : signature)) {
    // A government's portal posts its departments' reports: when the text speaks as a department
    // (我局, 区交通局), a government or its general office (人民政府办公室, the portal's usual publisher)
    // in the header is the publisher, and only tells the place; unless the office speaks (我办).
    const speaker = readings.find((r) => r.chain.length === 0 && r.kind === "department");
    readings.push(reading);
    const portal = reading.kind === "government" || (reading.department !== null && governmentOfficeNames.includes(reading.department) && speaker?.selfEnding !== "办");
    if (reading.publisher && portal && speaker !== undefined && !governmentOfficeNames.includes(speaker.department ?? "")) {
      publisher ??= reading.chain[reading.chain.length - 1] ?? null;
      continue;
    }
    if (reading.ambiguous.length > 0) {
      // 鼓楼区 with no city named: what the name tells, and an issue instead of a guess.
      const levels = new Set(reading.ambiguous.map((d) => d.level));
      const level = levels.size === 1 ? ([...levels][0] ?? null) : null;
      const sector = reading.kind === "department" ? (departmentSector(departmentFullForms[reading.department ?? ""] ?? reading.department) ?? "other") : null;
      const kind = reading.township === null ? reading.kind : "government";
      return {
        agency: { ...unknownAgency, kind, level: reading.township === null ? level : null, sector },
        issues: [ambiguousIssue(reading.ambiguous)],
      };
    }
    if (reading.township !== null && reading.chain.length === 0) return townshipAgency(reading.township, text.slice(0, 8000), issues);
    const placed = placedAgency(reading, text);
    if (placed) return { agency: placed, issues };
  }
  const selves = readings.filter((r) => r.chain.length === 0 && r.kind !== null);
  const head = text.slice(0, 8000);
  const self: NameReading | null =
    selves.length > 0
      ? {
          ...noReading,
          kind: selves[0]?.kind ?? null,
          scope: selves.find((r) => r.scope !== null)?.scope ?? null,
          department: selves.find((r) => r.department !== null)?.department ?? null,
          selfEnding: selves.find((r) => r.selfEnding !== null)?.selfEnding ?? null,
        }
      : departmentSelfWords.some((word) => head.includes(word))
        ? { ...noReading, kind: "department", selfEnding: "局" }
        : null;
  if (!self) return { agency: unknownAgency, issues };
  const scope = self.scope ?? scopeOf(head);
  const government = self.kind === "government";
  const expanded = self.department === null ? null : (departmentFullForms[self.department] ?? self.department);
  const sector = government ? null : (departmentSector(expanded) ?? sectorOfText(head));
  let division: Division | null = null;
  const coded = creditCodeDivision(text);
  if (coded && fitsScope(coded, scope)) division = coded;
  else if (publisher && fitsScope(publisher, scope)) division = publisher;
  else {
    const top = mostMentioned(placeMentions(head), (d) => fitsScope(d, scope));
    // Without a level word, one passing mention (a visit, a meeting) does not place the body.
    if (top && top.count >= (scope === null ? 2 : 1)) {
      division = divisionByContext(top.divisions, head);
      if (!division) issues.push(ambiguousIssue(top.divisions));
    }
  }
  if (!division) {
    const level = scope === "province" ? "province" : scope === "district" || scope === "county" ? "county" : null;
    return { agency: { ...unknownAgency, kind: self.kind, level, sector }, issues };
  }
  const department = government ? "人民政府" : fullDepartment(head, division, self.department, sector, self.selfEnding);
  return {
    agency: {
      name: department === null ? null : `${placeName(division)}${department}`,
      kind: self.kind,
      level: division.level,
      sector: government ? null : (departmentSector(department) ?? sector ?? "other"),
      region: regionName(division),
      divisionCode: division.code,
    },
    issues,
  };
}

/**
 * The agency a document is by (see `readAgencyWithIssues`), without the issues.
 *
 * @example
 * ```ts
 * readAgency("道外区2021年法治政府建设情况报告\n……", "道外区2021年法治政府建设情况报告").name;
 * //=> "哈尔滨市道外区人民政府"
 * ```
 */
export function readAgency(text: string, title: string | null, signature?: Signature | null): DocumentAgency {
  return readAgencyWithIssues(text, title, signature).agency;
}
