import type { Issue } from "../model/issue.js";
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

/**
 * `extractDataset` for documents that come a batch at a time and are let go:
 * `add(docs)` gives the dataset of a batch. Written one after the other, the
 * pieces hold the rows of `extractDataset` over all the documents, in the
 * same order, each issue's path counted from the first document (`figures`)
 * or row (`observations`). Nothing is kept between batches but those counts:
 * a document's observations are its own figures (`observationsOf`), which
 * count whatever the other documents say. (A figure given on another
 * agency's behalf would count only if that agency's own report did not
 * state it; `add` refuses one, which no parsed document gives.)
 *
 * @example
 * ```ts
 * const pieces = datasetPieces("observations");
 * pieces.add(docs.slice(0, 2)).rows + pieces.add(docs.slice(2)).rows; //=> 65
 * ```
 */
export function datasetPieces(table: ExtractTable): { add(docs: readonly ParsedDocument[]): ExportDataset } {
  let before = 0;
  return {
    add(docs) {
      if (table === "figures") {
        const piece = shifted(figureColumns(docs), before);
        before += docs.length;
        return piece;
      }
      const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));
      const behalf = observations.find((o) => o.attribution === "onBehalfOf");
      if (behalf !== undefined) throw new Error(`fazhi: datasetPieces: a figure given on another agency's behalf (${behalf.agency}) cannot be written a batch at a time`);
      const piece = shifted(observationColumns(observations, { agencies: docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []) }), before);
      before += observations.length;
      return piece;
    },
  };
}

/** A piece's issues with their paths counted from the collection's start (`offset` documents or rows before the piece). */
function shifted(dataset: ExportDataset, offset: number): ExportDataset {
  if (offset === 0 || dataset.issues.length === 0) return dataset;
  const issues = dataset.issues.map((issue): Issue => {
    const [first, ...rest] = issue.path;
    return typeof first === "number" ? { ...issue, path: [first + offset, ...rest] } : issue;
  });
  return { ...dataset, issues };
}
