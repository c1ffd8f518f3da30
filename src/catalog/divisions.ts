import type { AdministrativeLevel } from "../model/administrativeLevel.js";
import { readGroupedRows } from "./divisionRows.js";
import { countyRows, prefectureRows, provinceRows } from "./divisionTable.js";
import { shortDivisionEndings } from "./lexicon/agencyNames.js";

/**
 * A division's code and name.
 *
 * @example
 * ```ts
 * const harbin: DivisionRef = { code: "230100", name: "哈尔滨市" };
 * ```
 */
export interface DivisionRef {
  /** The six-digit GB/T 2260 code. */
  readonly code: string;
  /** The name (`哈尔滨市`). */
  readonly name: string;
}

/**
 * An administrative division of the catalog, with its parents.
 *
 * @example
 * ```ts
 * const daowai: Division = divisionOf("230104")!;
 * ```
 */
export interface Division extends DivisionRef {
  /** Its level. */
  readonly level: AdministrativeLevel;
  /** The province-level division it lies in (itself for a province). */
  readonly province: DivisionRef;
  /**
   * The prefecture-level division it lies in (itself for a prefecture);
   * `null` for a province, and for counties directly under a province
   * (the districts of 北京, 天津, 上海, 重庆 and the 省直辖县级行政区划).
   */
  readonly prefecture: DivisionRef | null;
}

/** Groupings of the statistical table that are not real prefectures. */
const pseudoPrefectures: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]))();

interface DivisionIndex {
  readonly byCode: ReadonlyMap<string, Division>;
  readonly byName: ReadonlyMap<string, readonly Division[]>;
  /** At the UTF-16 code of the first character of every name of `byName`, a number of its own from 1 (0 for every other character): most characters of a text are none, and are ruled out at once. */
  readonly firsts: Uint16Array;
  /** The same for the second characters of the names. */
  readonly seconds: Uint16Array;
  /** How many characters `seconds` numbers: the length of a row of `starts`. */
  readonly width: number;
  /** One bit for each pair of a first and a second character's numbers (a row for each first character), set where a name of `byName` starts with the pair: an exact look-up, no hashing. */
  readonly starts: Uint8Array;
}

/** The bit of `starts` for the pair of characters at `at` (`firsts`, `seconds`, `width` of an index), or -1 when no name has its first or its second character there. */
function pairBit(firsts: Uint16Array, seconds: Uint16Array, width: number, text: string, at: number): number {
  const first = firsts[text.charCodeAt(at)] as number;
  const second = first === 0 ? 0 : (seconds[text.charCodeAt(at + 1)] as number);
  return second === 0 ? -1 : (first - 1) * width + second - 1;
}

function split(rows: string, digits: number): [string, string][] {
  return rows.split("|").map((row) => [row.slice(0, digits), row.slice(digits)]);
}

/**
 * The suffixes that end a division's full name by its level, longest first where one ends another;
 * people often leave them out (哈尔滨 for 哈尔滨市).
 *
 * @internal
 */
export const nameSuffixes: readonly string[] = ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "省", "市", "地区", "盟", "区", "县", "旗"];

/**
 * The short form of a name: without its level suffix, if at least two characters remain.
 *
 * @internal
 */
export function shortName(name: string): string | null {
  for (const suffix of nameSuffixes) {
    if (name.endsWith(suffix) && name.length - suffix.length >= 2) return name.slice(0, -suffix.length);
  }
  return null;
}

/** The short endings of autonomous divisions and the full endings they stand for. */
const shortEndings: readonly (readonly [string, string])[] = /* @__PURE__ */ Object.entries(shortDivisionEndings);

function buildIndex(): DivisionIndex {
  const byCode = new Map<string, Division>();
  for (const [prefix, name] of split(provinceRows, 2)) {
    const code = `${prefix}0000`;
    byCode.set(code, { code, name, level: "province", province: { code, name }, prefecture: null });
  }
  const prefectureNames = new Map<string, string>();
  for (const [prefix, name] of readGroupedRows(prefectureRows, 4)) {
    const code = `${prefix}00`;
    const province = byCode.get(`${prefix.slice(0, 2)}0000`);
    if (!province || pseudoPrefectures.has(name)) continue;
    prefectureNames.set(code, name);
    byCode.set(code, { code, name, level: "prefecture", province: province.province, prefecture: { code, name } });
  }
  for (const [code, name] of readGroupedRows(countyRows, 6)) {
    const province = byCode.get(`${code.slice(0, 2)}0000`);
    // Prefecture-level cities without counties (东莞市 441900) stand in the county table too.
    if (!province || byCode.has(code)) continue;
    const prefectureCode = `${code.slice(0, 4)}00`;
    const prefectureName = prefectureNames.get(prefectureCode);
    const prefecture = prefectureName === undefined ? null : { code: prefectureCode, name: prefectureName };
    byCode.set(code, { code, name, level: "county", province: province.province, prefecture });
  }
  const byName = new Map<string, Division[]>();
  const add = (key: string, division: Division): void => {
    const list = byName.get(key);
    if (list) list.push(division);
    else byName.set(key, [division]);
  };
  for (const division of byCode.values()) {
    add(division.name, division);
    const short = shortName(division.name);
    if (short !== null) add(short, division);
    // An autonomous division's name written short: its first two to four characters and the ending's
    // last (大理州 for 大理白族自治州, 长阳县 for 长阳土家族自治县).
    for (const [end, ending] of shortEndings) {
      if (!division.name.endsWith(ending)) continue;
      const place = division.name.length - ending.length;
      for (let length = 2; length <= Math.min(4, place); length++) add(`${division.name.slice(0, length)}${end}`, division);
    }
  }
  const firsts = new Uint16Array(0x10000);
  const seconds = new Uint16Array(0x10000);
  let firstCount = 0;
  let width = 0;
  for (const key of byName.keys()) {
    const first = key.charCodeAt(0);
    const second = key.charCodeAt(1);
    if (firsts[first] === 0) firsts[first] = ++firstCount;
    if (seconds[second] === 0) seconds[second] = ++width;
  }
  const starts = new Uint8Array(Math.ceil((firstCount * width) / 8));
  for (const key of byName.keys()) {
    const bit = pairBit(firsts, seconds, width, key, 0);
    starts[bit >> 3] = (starts[bit >> 3] as number) | (1 << (bit & 7));
  }
  return { byCode, byName, firsts, seconds, width, starts };
}

const index: DivisionIndex = /* @__PURE__ */ buildIndex();
const noDivisions: readonly Division[] = /* @__PURE__ */ Object.freeze([]);
const levelRank: Readonly<Record<AdministrativeLevel, number>> = { province: 0, prefecture: 1, county: 2 };

/**
 * Whether a name that `findDivisions` knows (full or short) can start at `at` in `text`: whether
 * the two characters there begin one. A reader trying names of several lengths at every place of
 * a text asks this first, and makes no string where none can start.
 *
 * @internal
 */
export function mayStartDivisionName(text: string, at: number): boolean {
  if (at + 1 >= text.length) return false;
  const bit = pairBit(index.firsts, index.seconds, index.width, text, at);
  return bit >= 0 && ((index.starts[bit >> 3] as number) & (1 << (bit & 7))) !== 0;
}

/**
 * How many characters of `name` are the full names of divisions it starts with (宁波市海曙区交通运输局:
 * 6, 宁波市海曙区), at most four names, each the longest full name of the table at its place, and
 * never the whole name. 0 when it starts with none.
 *
 * @internal
 */
export function leadingDivisionsLength(name: string): number {
  let at = 0;
  for (let names = 0; names < 4 && mayStartDivisionName(name, at); names++) {
    let found = 0;
    for (let length = Math.min(12, name.length - at - 1); length >= 2 && found === 0; length--) {
      const prefix = name.slice(at, at + length);
      if (findDivisions(prefix).some((d) => d.name === prefix)) found = length;
    }
    if (found === 0) break;
    at += found;
  }
  return at;
}

/**
 * The division a GB/T 2260 code stands for, with its prefecture and province,
 * or `undefined` when the catalog has no such code. The catalog holds every
 * province-, prefecture- and county-level division of 2023 (see the README).
 *
 * @example
 * ```ts
 * const d = divisionOf("230104");
 * d?.name; //=> "道外区"
 * d?.prefecture?.name; //=> "哈尔滨市"
 * d?.province.name; //=> "黑龙江省"
 * divisionOf("230199"); //=> undefined
 * ```
 */
export function divisionOf(code: string): Division | undefined {
  return index.byCode.get(code);
}

/**
 * The divisions with a given name, full (`朝阳市`) or without its level
 * suffix (`朝阳`), or an autonomous division's short form (`大理州` for
 * 大理白族自治州: two to four first characters and the ending's last), provinces first, then prefectures, then counties. Names
 * repeat across the country (`朝阳` is 朝阳市 in 辽宁 and 朝阳区 in 北京),
 * so narrow the result with `within`, the code of a division they must lie in.
 *
 * @example
 * ```ts
 * findDivisions("哈尔滨市").map((d) => d.code); //=> ["230100"]
 * findDivisions("朝阳").map((d) => d.code); //=> ["211300", "110105", "211321", "220104"]
 * findDivisions("海曙区", { within: "330000" }).map((d) => d.code); //=> ["330203"]
 * ```
 */
export function findDivisions(name: string, options: { readonly within?: string } = {}): readonly Division[] {
  const found = index.byName.get(name);
  // Most look-ups (a reader trying every few characters of a text) find nothing: no array is made for them.
  if (found === undefined) return noDivisions;
  const within = options.within;
  const inside =
    within === undefined
      ? found
      : found.filter(
          (division) =>
            division.code !== within &&
            (division.province.code === within || division.prefecture?.code === within),
        );
  return [...inside].sort((a, b) => levelRank[a.level] - levelRank[b.level] || a.code.localeCompare(b.code));
}

/**
 * Every division of the catalog, in code order.
 *
 * @example
 * ```ts
 * allDivisions().filter((d) => d.level === "province").length; //=> 34
 * ```
 */
export function allDivisions(): readonly Division[] {
  return [...index.byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}
