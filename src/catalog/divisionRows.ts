/**
 * The rows of a grouped division list (`prefectureRows`, `countyRows` of the generated
 * division table) as `[code, name]` pairs in code order. Each `|`-separated group is its
 * parent's digits followed by its `,`-separated members; a member is the last two digits of
 * its code and its name, the digits left out when they follow the previous member's (`01` for
 * a group's first). `digits` is the length of a whole code (4 for prefectures, 6 for
 * counties). scripts/generate-divisions.mjs writes them (`groupRows`). Linear in the text.
 *
 * @internal
 * @example
 * ```ts
 * readGroupedRows("2301东城区,03西城区|230202和平区", 6); //=> [["230101", "东城区"], ["230103", "西城区"], ["230202", "和平区"]]
 * ```
 */
export function readGroupedRows(grouped: string, digits: number): [string, string][] {
  const rows: [string, string][] = [];
  for (const group of grouped.split("|")) {
    const parent = group.slice(0, digits - 2);
    let previous = 0;
    for (const member of group.slice(parent.length).split(",")) {
      const digits = /^\d\d/.exec(member)?.[0];
      const own = digits === undefined ? previous + 1 : Number(digits);
      rows.push([`${parent}${String(own).padStart(2, "0")}`, digits === undefined ? member : member.slice(2)]);
      previous = own;
    }
  }
  return rows;
}
