// Types of scripts/generate-divisions.mjs, for the test that reads what it writes.

/** Rows (`code` + name, in code order) grouped by their parent (the encoding `readGroupedRows` reads). */
export declare function groupRows(rows: readonly string[], digits: number): string;

/** The text of src/catalog/divisionTable.ts for the three lists of rows (`code` + name). */
export declare function divisionTableText(provinces: readonly string[], prefectures: readonly string[], counties: readonly string[]): string;
