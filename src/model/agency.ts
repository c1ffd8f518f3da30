import * as z from "zod";
import { AdministrativeLevel } from "./administrativeLevel.js";
import { AgencyKind } from "./agencyKind.js";
import { CreditCode } from "./creditCode.js";
import { DivisionCode } from "./divisionCode.js";
import { Sector } from "./sector.js";

/**
 * Schema of an agency that plans and reports rule-of-law work: a government or
 * a department, at province, prefecture or county level, with the GB/T 2260
 * code of the division it serves. `sector` is `null` for a whole government.
 * `parentId` names the agency it reports to, where known.
 *
 * @example
 * ```ts
 * const daowai = Agency.parse({
 *   id: "230104-gov",
 *   name: "哈尔滨市道外区人民政府",
 *   kind: "government",
 *   level: "county",
 *   sector: null,
 *   divisionCode: "230104",
 * });
 * ```
 */
export const Agency = /* @__PURE__ */ z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: AgencyKind,
  level: AdministrativeLevel,
  sector: Sector.nullable(),
  divisionCode: DivisionCode,
  creditCode: CreditCode.exactOptional(),
  parentId: z.string().min(1).exactOptional(),
});

/**
 * An agency: government or department.
 *
 * @example
 * ```ts
 * const bureau: Agency = {
 *   id: "hrb-transport",
 *   name: "哈尔滨市交通运输局",
 *   kind: "department",
 *   level: "prefecture",
 *   sector: "transport",
 *   divisionCode: "230100",
 * };
 * ```
 */
export interface Agency extends z.infer<typeof Agency> {}
