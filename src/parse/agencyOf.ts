import type { Agency } from "../model/agency.js";
import type { ParsedDocument } from "../model/parsedDocument.js";

/**
 * The agency a parsed document is by, as a model `Agency` with the given id,
 * or `null` when the document does not tell its name, kind, level or division.
 *
 * @example
 * ```ts
 * const doc = parseReport("道外区2021年法治政府建设情况报告\n……");
 * agencyOf(doc, "daowai")?.divisionCode; //=> "230104"
 * ```
 */
export function agencyOf(doc: ParsedDocument, id: string): Agency | null {
  const given: unknown = doc;
  if (typeof given !== "object" || given === null || typeof (given as Partial<ParsedDocument>).agency !== "object" || (given as Partial<ParsedDocument>).agency === null) {
    throw new TypeError("agencyOf expects a parsed document (what parseReport gives)");
  }
  if (typeof id !== "string") throw new TypeError("agencyOf: the agency id must be a string");
  const { name, kind, level, sector, divisionCode } = doc.agency;
  if (name === null || kind === null || level === null || divisionCode === null || id === "") return null;
  return { id, name, kind, level, sector, divisionCode };
}
