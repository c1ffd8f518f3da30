// Types of scripts/api-report.mjs, for the test that compares the API report with the source.

/** The entries of package.json, by import path, with their source file. */
export declare const entries: Readonly<Record<string, string>>;

/** Where an entry's report goes, relative to the repository. */
export declare function reportPath(entry: string): string;

/** Every entry's report text (keyed by path in the repository) and the exported names whose TSDoc says `@internal`. */
export declare function apiReport(): { readonly reports: Readonly<Record<string, string>>; readonly internal: readonly string[] };
