import * as z from "zod";
import { AdministrativeLevel } from "./administrativeLevel.js";
import { AgencyKind } from "./agencyKind.js";
import { DivisionCode } from "./divisionCode.js";
import { Sector } from "./sector.js";

/**
 * Schema of the agency as read from a document: like `Agency` but without an
 * id, with the region's name as written out (`黑龙江省哈尔滨市道外区`), and
 * with `null` for anything the document does not tell.
 *
 * @example
 * ```ts
 * DocumentAgency.parse({
 *   name: "宁波市海曙区交通运输局",
 *   kind: "department",
 *   level: "county",
 *   sector: "transport",
 *   region: "浙江省宁波市海曙区",
 *   divisionCode: "330203",
 * });
 * ```
 */
export const DocumentAgency = /* @__PURE__ */ z.object({
  name: z.string().min(1).nullable(),
  kind: AgencyKind.nullable(),
  level: AdministrativeLevel.nullable(),
  sector: Sector.nullable(),
  region: z.string().min(1).nullable(),
  divisionCode: DivisionCode.nullable(),
});

/**
 * The agency as read from a document.
 *
 * @example
 * ```ts
 * const unknown: DocumentAgency = {
 *   name: null, kind: null, level: null, sector: null, region: null, divisionCode: null,
 * };
 * ```
 */
export interface DocumentAgency extends z.infer<typeof DocumentAgency> {}
