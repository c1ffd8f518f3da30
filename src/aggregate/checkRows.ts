/**
 * Throws a `TypeError` unless `rows` is a list of what an analysis gives, each
 * row holding `fields`: a table maker (`aggregateTable`, `yearOverYearTable`
 * …) takes its analysis's result, and observations passed instead, the likely
 * mistake, would otherwise fail deep inside on a property of `undefined`.
 * Linear in the rows.
 *
 * @internal
 * @example
 * ```ts
 * checkRows("yearOverYearTable", [], "yearOverYear", ["value"]); // returns
 * checkRows("yearOverYearTable", null, "yearOverYear", ["value"]); // throws TypeError("yearOverYearTable: pass what yearOverYear gives (a list), not null")
 * ```
 */
export function checkRows(where: string, rows: unknown, analysis: string, fields: readonly string[]): void {
  if (!Array.isArray(rows)) throw new TypeError(`${where}: pass what ${analysis} gives (a list), not ${rows === null ? "null" : typeof rows}`);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    const missing = typeof row === "object" && row !== null ? fields.find((field) => (row as Record<string, unknown>)[field] === undefined) : fields[0];
    if (missing !== undefined) throw new TypeError(`${where}: rows[${i}] is not a row of ${analysis} (it has no ${missing}): pass what ${analysis} gives, not the observations`);
  }
}
