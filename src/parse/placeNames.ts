import { type Division, findDivisions, mayStartDivisionName, nameSuffixes, shortName } from "../catalog/divisions.js";
import { sectorNames } from "../catalog/sectorNames.js";
import { codeAt, codeTable } from "./characters.js";

// Places named in a text, read against the division table (internal to src/parse).

/** The characters that end a division's full name (the last of the catalog's level suffixes), to test a character before a name is sliced. */
const divisionEndCodes: Uint8Array = /* @__PURE__ */ (() => codeTable(nameSuffixes.map((suffix) => suffix.charAt(suffix.length - 1))))();
/** The first characters of the sectors' words. */
const sectorStarts: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(sectorNames.map(([word]) => word.charAt(0))))();
/** A name without its level suffix when two characters remain (绍兴市 → 绍兴). */
const bareName = (name: string): string => shortName(name) ?? name;

function count(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) n++;
  return n;
}

/**
 * @internal Of divisions that share a name (朝阳区 in 北京 and 长春), the one
 * whose province or prefecture the text names more than any other's; `null`
 * when the text does not tell them apart.
 */
export function divisionByContext(divisions: readonly Division[], text: string): Division | null {
  if (divisions.length === 1) return divisions[0] ?? null;
  const scored = divisions
    .map((d) => ({
      d,
      score:
        (d.level === "province" ? 0 : count(text, bareName(d.province.name))) +
        (d.prefecture && d.prefecture.code !== d.code ? count(text, bareName(d.prefecture.name)) : 0),
    }))
    .sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  return first && first.score > 0 && (!second || second.score < first.score) ? first.d : null;
}

/** @internal The divisions a name starts with, and where they end; `ambiguous` when a name fits several and the text does not tell which. */
export interface LeadingPlaces {
  readonly chain: readonly Division[];
  readonly length: number;
  readonly ambiguous: readonly Division[];
}

/**
 * @internal The divisions a name starts with (宁波市海曙区交通运输局 → 宁波市,
 * 海曙区), by their full names, each within the one before. Bounded: at most
 * four divisions of at most 12 characters each.
 */
export function leadingPlaces(name: string, text: string): LeadingPlaces {
  const chain: Division[] = [];
  let at = 0;
  let within: string | undefined;
  outer: while (chain.length < 4 && name.length - at >= 2) {
    for (let length = Math.min(name.length - at, 12); length >= 2; length--) {
      // A full name ends in one of the level characters: looked at before a prefix is sliced.
      if (divisionEndCodes[codeAt(name, at + length - 1)] !== 1) continue;
      const prefix = name.slice(at, at + length);
      const found = findDivisions(prefix, within === undefined ? {} : { within }).filter((d) => d.name === prefix);
      if (found.length === 0) continue;
      const chosen = divisionByContext(found, text);
      if (!chosen) return { chain, length: at, ambiguous: found };
      chain.push(chosen);
      within = chosen.code;
      at += length;
      continue outer;
    }
    break;
  }
  return { chain, length: at, ambiguous: [] };
}

/** @internal A place the text names: the name as written and the divisions it may be. */
export interface PlaceMention {
  readonly name: string;
  readonly divisions: readonly Division[];
  readonly count: number;
}

/**
 * @internal The places a text names, with how often: full names of three or
 * more characters (绍兴市, 海曙区; a name right after its parent is read
 * within it), and bare names right before a sector's word (揭西交通运输 → 揭西县).
 * Linear: at most eleven look-ups a character.
 */
export function placeMentions(text: string): PlaceMention[] {
  const byName = new Map<string, { divisions: readonly Division[]; count: number }>();
  let previous: { end: number; code: string } | null = null;
  let i = 0;
  while (i < text.length) {
    // No name of the table starts with these two characters: nothing to look up here.
    if (!mayStartDivisionName(text, i)) {
      i++;
      continue;
    }
    let matched = 0;
    for (let length = Math.min(12, text.length - i); length >= 3 && matched === 0; length--) {
      if (divisionEndCodes[codeAt(text, i + length - 1)] !== 1) continue;
      const name = text.slice(i, i + length);
      let found = findDivisions(name).filter((d) => d.name === name);
      if (found.length > 1 && previous && previous.end === i) {
        const code = previous.code;
        const inside = found.filter((d) => d.province.code === code || d.prefecture?.code === code);
        if (inside.length > 0) found = inside;
      }
      if (found.length === 0) continue;
      matched = length;
      const entry = byName.get(name);
      byName.set(name, { divisions: entry?.divisions ?? found, count: (entry?.count ?? 0) + 1 });
      previous = found.length === 1 && found[0] ? { end: i + length, code: found[0].code } : null;
    }
    if (matched === 0) {
      for (let length = 2; length <= 4 && matched === 0 && i + length < text.length; length++) {
        // The sector's word first (one character looked at): most places in a text are followed by none.
        if (!sectorStarts.has(text.charAt(i + length)) || !sectorNames.some(([word]) => text.startsWith(word, i + length))) continue;
        const name = text.slice(i, i + length);
        const found = findDivisions(name).filter((d) => d.name !== name);
        if (found.length === 0) continue;
        matched = length;
        const full = found.length === 1 && found[0] ? found[0].name : name;
        const entry = byName.get(full);
        byName.set(full, { divisions: entry?.divisions ?? found, count: (entry?.count ?? 0) + 1 });
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return [...byName].map(([name, entry]) => ({ name, divisions: entry.divisions, count: entry.count }));
}

/**
 * @internal A division's name as an agency's name begins with it: a district
 * (区) after its prefecture's name (宁波市海曙区; 重庆市渝中区 for the districts
 * of a municipality), a county, county-level city or banner alone (揭西县,
 * 格尔木市), a prefecture or province as it is (六安市, 重庆市).
 */
export function placeName(division: Division): string {
  if (division.level !== "county" || !division.name.endsWith("区")) return division.name;
  const parent = division.prefecture ?? (division.province.name.endsWith("市") ? division.province : null);
  return parent ? `${parent.name}${division.name}` : division.name;
}

/** @internal The region a division covers, written out (黑龙江省哈尔滨市道外区). */
export function regionName(division: Division): string {
  const parts = [division.province, division.prefecture, division].filter(
    (d, i, all): d is NonNullable<typeof d> => d !== null && all.findIndex((e) => e?.code === d.code) === i,
  );
  return parts.map((d) => d.name).join("");
}
