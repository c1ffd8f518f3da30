import { type Division, findDivisions, divisionOf } from "../catalog/divisions.js";
import { sectorNames, sectorOf } from "../catalog/sectorNames.js";
import { creditCodeForm, readCreditCode } from "../model/creditCode.js";
import type { DocumentAgency } from "../model/documentAgency.js";
import type { DocumentKind } from "../model/documentKind.js";
import { parseChineseNumber } from "./chineseNumber.js";
import { findSignature } from "./documentDates.js";

/**
 * What a document says about itself: its kind, title, agency and the year it covers.
 *
 * @example
 * ```ts
 * const meta: DocumentMetadata = readMetadata("哈尔滨市交通运输局2020年度法治政府部门建设工作情况报告\n……");
 * ```
 */
export interface DocumentMetadata {
  /** An annual report or a work plan. */
  readonly documentKind: DocumentKind;
  /** The title line, or `null` when the text has none. */
  readonly title: string | null;
  /** The agency, with `null` for what the text does not tell. */
  readonly agency: DocumentAgency;
  /** The year reported on or planned for (not the year published), or `null`. */
  readonly reportingYear: number | null;
}

const yearPattern = /(\d{4}|[〇零一二三四五六七八九]{4})\s*年/;
const agencyEnd = /(?:人民政府|政府|委员会|局|厅|办公室|中心|支队|大队)/;

/**
 * The title line of a report or plan: a line of 8 to 60 characters about
 * 法治 or 依法行政 that names a report, plan or programme, and is not a
 * covering notice (关于印发…的通知) nor a sentence.
 *
 * @example
 * ```ts
 * readTitle("首页\n道外区2021年法治政府建设情况报告\n发表时间:2022-03-15"); //=> "道外区2021年法治政府建设情况报告"
 * ```
 */
export function readTitle(text: string): string | null {
  for (const raw of text.slice(0, 4000).split("\n")) {
    const line = raw.trim();
    if (line.length < 8 || line.length > 60) continue;
    if (!/法治|依法行政/.test(line) || !/报告|要点|方案|计划|总结|安排/.test(line)) continue;
    if (/^(?:关于|根据|按照|为|现将)|通知$|[。::,,;;]$|如下/.test(line)) continue;
    return line;
  }
  return null;
}

function yearOf(raw: string): number | null {
  const parsed = parseChineseNumber(raw);
  return parsed.ok ? parsed.value.toNumber() : null;
}

/** The agency names a text offers, best first: the title's, the 落款's, the page header's. */
function nameCandidates(text: string, title: string | null): string[] {
  const names: string[] = [];
  if (title) {
    const year = yearPattern.exec(title);
    const before = year ? title.slice(0, year.index).trim() : "";
    if (before !== "") names.push(before);
    else if (year) {
      const after = title.slice(year.index + year[0].length).replace(/^度/, "");
      const agency = new RegExp(`^[\\u4e00-\\u9fa5]{2,24}?${agencyEnd.source}`).exec(after)?.[0];
      if (agency) names.push(agency);
    }
  }
  const above = findSignature(text)?.above;
  if (above && above.length <= 30 && new RegExp(`${agencyEnd.source}$`).test(above)) names.push(above);
  for (const match of text.slice(0, 3000).matchAll(/(?:信息来源|来源|发布机构|发布单位|发文机关)[\s|]{0,4}[::][\s|]{0,4}([\u4e00-\u9fa5]{2,30})/g)) {
    if (match[1]) names.push(match[1]);
  }
  return names;
}

/** The divisions a name starts with (宁波市海曙区交通运输局 → 宁波市, 海曙区) and what follows them. */
function leadingDivisions(name: string, text: string): { chain: Division[]; rest: string } {
  const chain: Division[] = [];
  let rest = name;
  let within: string | undefined;
  outer: while (rest.length >= 2) {
    for (let length = Math.min(rest.length, 12); length >= 2; length--) {
      const prefix = rest.slice(0, length);
      if (!/(?:省|市|区|县|州|盟|旗|地区)$/.test(prefix)) continue;
      const found = findDivisions(prefix, within === undefined ? {} : { within }).filter((d) => d.name === prefix);
      const chosen = mostMentioned(found, text);
      if (chosen) {
        chain.push(chosen);
        within = chosen.code;
        rest = rest.slice(length);
        continue outer;
      }
    }
    break;
  }
  return { chain, rest };
}

function mentions(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count++;
  return count;
}

/** Of divisions with one name, the one whose province and prefecture the text names most. */
function mostMentioned(divisions: readonly Division[], text: string): Division | undefined {
  if (divisions.length <= 1) return divisions[0];
  const score = (d: Division) =>
    mentions(text, d.province.name.slice(0, 2)) + (d.prefecture ? mentions(text, d.prefecture.name.slice(0, -1)) : 0);
  return [...divisions].sort((a, b) => score(b) - score(a))[0];
}

/** A department's name as written in full in the text, after its division's name (区交通局 → 交通运输局). */
function fullDepartment(text: string, division: Division, short: string): string {
  const sector = sectorNames.find(([word]) => short.includes(word))?.[0];
  if (sector === undefined) return short;
  const pattern = new RegExp(`${division.name}([\\u4e00-\\u9fa5]{0,6}${sector}[\\u4e00-\\u9fa5]{0,6}?(?:局|委员会|厅))`);
  return pattern.exec(text)?.[1] ?? short;
}

const unknownAgency: DocumentAgency = { name: null, kind: null, level: null, sector: null, region: null, divisionCode: null };

function creditCodeDivision(text: string): Division | undefined {
  for (const match of text.slice(0, 3000).matchAll(new RegExp(creditCodeForm, "g"))) {
    const parts = readCreditCode(match[0]);
    const division = parts ? divisionOf(parts.divisionCode) : undefined;
    if (division) return division;
  }
  return undefined;
}

/**
 * The agency a document is by: its name from the title, the 落款 or the page
 * header (来源, 发布机构), its division through the catalog (or the division
 * embedded in a unified social credit code on the page), its kind, level and
 * sector. A government is named in full (道外区 → 哈尔滨市道外区人民政府); a
 * department's short name is completed from the text (区交通局 → 宁波市海曙区交通运输局).
 *
 * @example
 * ```ts
 * readAgency("道外区2021年法治政府建设情况报告\n……", "道外区2021年法治政府建设情况报告").name;
 * //=> "哈尔滨市道外区人民政府"
 * ```
 */
export function readAgency(text: string, title: string | null): DocumentAgency {
  const candidates = nameCandidates(text, title);
  let division: Division | undefined;
  let rest = "";
  for (const candidate of candidates) {
    const found = leadingDivisions(candidate, text);
    const last = found.chain[found.chain.length - 1];
    if (last) {
      division = last;
      rest = found.rest;
      break;
    }
  }
  if (!division) {
    division = creditCodeDivision(text);
    rest = (candidates[0] ?? "").replace(/^[省市区县州]/, "");
  }
  if (!division) {
    const name = candidates[0] ?? null;
    return name === null ? unknownAgency : { ...unknownAgency, name, sector: sectorOf(name) };
  }
  const government = rest === "" || /^(?:人民)?政府$/.test(rest);
  const place = division.level === "county" && division.prefecture ? `${division.prefecture.name}${division.name}` : division.name;
  const department = government ? "人民政府" : fullDepartment(text, division, rest);
  const name = `${place}${department}`;
  const region = [division.province, division.prefecture, division]
    .filter((d, i, all): d is NonNullable<typeof d> => d !== null && all.findIndex((e) => e?.code === d.code) === i)
    .map((d) => d.name)
    .join("");
  return {
    name,
    kind: government ? "government" : "department",
    level: division.level,
    sector: government ? null : sectorOf(name),
    region,
    divisionCode: division.code,
  };
}

/**
 * Reads a document's kind, title, agency and reporting year. The reporting year
 * is the year the title (or the opening's 我局2020年…报告) names, not the year
 * of publication.
 *
 * @example
 * ```ts
 * const meta = readMetadata("2021年营口市交通运输局加快推进法治政府部门建设工作要点\n……");
 * [meta.documentKind, meta.reportingYear, meta.agency.name]; //=> ["work-plan", 2021, "营口市交通运输局"]
 * ```
 */
export function readMetadata(text: string): DocumentMetadata {
  const title = readTitle(text);
  const head = text.slice(0, 3000);
  // A plan names itself so in its title; without a title, its responsibility notes tell.
  const planLike = title
    ? /要点|方案|计划|任务分工|工作安排/.test(title) && !/报告|总结/.test(title)
    : (text.match(/[((](?:责任单位|牵头单位|责任部门)[::]/g) ?? []).length >= 2;
  const documentKind: DocumentKind = planLike ? "work-plan" : "annual-report";
  const titleYear = title ? yearPattern.exec(title)?.[1] : undefined;
  const openingYear = /(\d{4})\s*年度?[^。\n]{0,15}?(?:法治政府|依法行政)[^。\n]{0,20}?(?:报告|要点|计划|方案)/.exec(head)?.[1];
  const year = titleYear ?? openingYear;
  return {
    documentKind,
    title,
    agency: readAgency(text, title),
    reportingYear: year === undefined ? null : yearOf(year),
  };
}
