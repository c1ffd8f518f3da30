import type { ParsedDocument } from "../model/parsedDocument.js";
import { agencyOf } from "../parse/agencyOf.js";
import { observationsOf } from "../parse/observationsOf.js";
import type { ExportDataset } from "../render/exportColumns.js";
import { figureColumns } from "../render/figureColumns.js";
import { observationColumns } from "../render/observationColumns.js";

/**
 * The datasets `fazhi extract --table` writes as Parquet or CSV: `figures`
 * (every quantity found, the default) and `observations` (the figures with an
 * indicator, as `observationsOf` gives them, with their agencies' columns).
 *
 * @example
 * ```ts
 * extractTables; //=> ["figures", "observations"]
 * ```
 */
export const extractTables = ["figures", "observations"] as const;

/**
 * A dataset of `extractTables`.
 *
 * @example
 * ```ts
 * const table: ExtractTable = "observations";
 * ```
 */
export type ExtractTable = (typeof extractTables)[number];

/**
 * The dataset of parsed documents that `fazhi extract --format parquet|csv
 * --table …` writes (see docs/export.md for its columns).
 *
 * @example
 * ```ts
 * extractDataset(docs, "observations").rows; //=> 65
 * extractDataset(docs, "figures").name; //=> "figures"
 * ```
 */
export function extractDataset(docs: readonly ParsedDocument[], table: ExtractTable): ExportDataset {
  if (table === "figures") return figureColumns(docs);
  const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
  return observationColumns(
    docs.flatMap((doc) => observationsOf(doc, doc.document)),
    { agencies },
  );
}
