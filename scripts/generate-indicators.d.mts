// Types of scripts/generate-indicators.mjs, for the test that checks the generated files are current.

/** Where the catalog's source and generated files are, relative to the repository. */
export declare const paths: { readonly source: string; readonly indicators: string; readonly codes: string };

/** One row of src/catalog/indicators.tsv, by column name. */
export type CatalogRow = Readonly<Record<string, string>>;

/** Reads the TSV into one record per indicator; throws on a malformed row. */
export declare function readCatalog(tsv: string): CatalogRow[];

/** The text of src/catalog/indicators.ts for the catalog's rows. */
export declare function renderIndicators(rows: readonly CatalogRow[]): string;

/** The text of src/model/indicatorCode.ts for the catalog's rows. */
export declare function renderCodes(rows: readonly CatalogRow[]): string;

/** The generated files for a TSV text, keyed by their path in the repository. */
export declare function generate(tsv: string): Record<string, string>;
