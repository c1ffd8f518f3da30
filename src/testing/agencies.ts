import fc from "fast-check";
import { allDivisions } from "../catalog/divisions.js";
import { sectorNames } from "../catalog/sectorNames.js";
import type { AdministrativeLevel } from "../model/administrativeLevel.js";
import type { Agency } from "../model/agency.js";
import { creditCodeCheckCharacter } from "../model/creditCodeCheck.js";
import type { Sector } from "../model/sector.js";

const creditSymbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** The first department word of each sector that has one (交通 → transport), for department names. */
const departmentWords: readonly (readonly [string, Sector])[] = sectorNames.filter(
  ([, sector], i) => sectorNames.findIndex(([, other]) => other === sector) === i,
);

/**
 * A unified social credit code registered in `divisionCode` (a 机关 code, `11`), with a
 * random organisation code and the right check character.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * isCreditCode(fc.sample(creditCodeIn("330203"), 1)[0] ?? ""); //=> true
 * ```
 */
export function creditCodeIn(divisionCode: string): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...creditSymbols), minLength: 9, maxLength: 9 }).map((organisation) => {
    const first17 = `11${divisionCode}${organisation}`;
    return `${first17}${creditCodeCheckCharacter(first17) ?? ""}`;
  });
}

/**
 * Options of `agencies`.
 *
 * @example
 * ```ts
 * const options: AgencyOptions = { levels: ["county"], kinds: ["department"] };
 * ```
 */
export interface AgencyOptions {
  /** The levels to draw from (default all three). */
  readonly levels?: readonly AdministrativeLevel[];
  /** Governments, departments or both (default both). */
  readonly kinds?: readonly Agency["kind"][];
}

/**
 * Agencies valid by construction: a real division of the catalog at its own level, a name
 * made from it (`海曙区人民政府`, `海曙区交通局`), a sector for departments, and a credit code
 * registered in that division. `validate` finds nothing wrong with them.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * const [agency] = fc.sample(agencies({ levels: ["county"] }), 1);
 * agency?.level; //=> "county"
 * ```
 */
export function agencies(options: AgencyOptions = {}): fc.Arbitrary<Agency> {
  const levels = new Set(options.levels ?? ["province", "prefecture", "county"]);
  const divisions = allDivisions().filter((division) => levels.has(division.level) && !division.name.includes("辖"));
  const kinds = options.kinds ?? ["government", "department"];
  return fc
    .record({
      division: fc.constantFrom(...divisions),
      kind: fc.constantFrom(...kinds),
      department: fc.constantFrom(...departmentWords),
    })
    .chain(({ division, kind, department }) =>
      creditCodeIn(division.code).map((creditCode): Agency => {
        const [word, sector] = department;
        const government = kind === "government";
        return {
          id: `${division.code}-${government ? "government" : sector}`,
          name: government ? `${division.name}人民政府` : `${division.name}${word}局`,
          kind,
          level: division.level,
          sector: government ? null : sector,
          divisionCode: division.code,
          creditCode,
        };
      }),
    );
}
