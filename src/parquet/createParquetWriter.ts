import { ByteWriter, type ColumnSource, ParquetWriter, type SchemaElement } from "hyparquet-writer";
import { daysBetween } from "../model/daysBetween.js";
import type { ExportColumn, ExportColumnType, ExportDataset } from "../render/exportColumns.js";
import { exportDecimal } from "../render/exportDecimal.js";

/** The Parquet schema element of each export column type (see `ExportColumnType`). */
const elements: Record<ExportColumnType, Omit<SchemaElement, "name" | "repetition_type">> = {
  string: { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } },
  int32: { type: "INT32" },
  decimal: {
    type: "FIXED_LEN_BYTE_ARRAY",
    type_length: 16,
    converted_type: "DECIMAL",
    precision: exportDecimal.precision,
    scale: exportDecimal.scale,
    logical_type: { type: "DECIMAL", precision: exportDecimal.precision, scale: exportDecimal.scale },
  },
  date: { type: "INT32", converted_type: "DATE", logical_type: { type: "DATE" } },
  boolean: { type: "BOOLEAN" },
};

/**
 * The rows of each row group in turn, the last repeating: hyparquet-writer's own default, a small
 * first group (a reader that looks at the first rows reads little) and then groups of 100,000.
 */
const rowGroupSizes = [1000, 100_000] as const;

/** How many bytes are written before they are handed to the sink (hyparquet-writer's file writer flushes at 1 MB too). */
const chunkBytes = 1_000_000;

/** `YYYY-MM-DD` → days since 1970-01-01 (Parquet DATE), by the proleptic Gregorian calendar. */
function days(date: string | null): number | null {
  return date === null ? null : daysBetween("1970-01-01", date);
}

/**
 * Values held for a later row group, copied. A string is copied anew: a string sliced from a
 * document (a figure's quote) would otherwise keep the whole document's text alive in V8 (a
 * sliced string points into its parent) for as long as the row is held, and a row group of
 * 100,000 figures would hold some thousands of documents. Concatenating makes V8 build a new
 * string, of the quote's length only. (`fazhi extract --format parquet` of 5,000 reports' figures
 * ran in a heap of 120 MB; without the copy it ran out of memory there.)
 */
function heldCopy(values: readonly unknown[], type: ExportColumnType): unknown[] {
  if (type !== "string") return values.slice();
  return values.map((value) => (typeof value === "string" && value.length > 12 ? ` ${value}`.slice(1) : value));
}

/** A byte writer that hands what it wrote to `sink` each megabyte, after each row group and at the end, and keeps nothing. */
class SinkWriter extends ByteWriter {
  constructor(private readonly sink: (bytes: Uint8Array) => void) {
    super();
  }
  override ensure(size: number): void {
    if (this.index > chunkBytes) this.flush();
    super.ensure(size);
  }
  flush(): void {
    if (this.index === 0) return;
    this.sink(new Uint8Array(this.buffer.slice(0, this.index)));
    this.index = 0;
  }
  override finish(): void {
    this.flush();
  }
}

/**
 * What `createParquetWriter` gives: a Parquet file written dataset after
 * dataset.
 *
 * @example
 * ```ts
 * const writer: ParquetStream = createParquetWriter((bytes) => appendFileSync("figures.parquet", bytes));
 * ```
 */
export interface ParquetStream {
  /**
   * Adds a dataset's rows after those written before. Every dataset must be
   * of the first one's kind (`observations`, `figures` or `disclosureCells`):
   * another is a `TypeError`, as is a write after `finish`.
   */
  write(dataset: ExportDataset): void;
  /**
   * Writes the rows still held and the file's footer, and returns how many
   * rows the file has. A writer given no dataset has no schema to write: a
   * `TypeError`.
   */
  finish(): number;
}

/**
 * A Parquet file of `fazhi/render` datasets written piece by piece, for
 * collections too large to hold at once: each `write(dataset)` adds its rows
 * (the rows of a batch of documents, say), the bytes go to `sink` as row
 * groups fill (a megabyte at a time, never the whole file), and `finish()`
 * writes the footer. The file is the one `toParquet` writes of all the rows
 * together, byte for byte: the same schema, exact `DECIMAL(38, 6)`, `DATE`
 * and UTF-8 columns, key-value metadata, and row groups of 1,000 rows and
 * then 100,000 (`toParquet` is this writer given one dataset). It holds at
 * most a row group's rows. `fazhi extract --format parquet` writes its file
 * this way.
 *
 * @example
 * ```ts
 * const chunks: Uint8Array[] = [];
 * const writer = createParquetWriter((bytes) => chunks.push(bytes));
 * writer.write(observationColumns(observations.slice(0, 10), { agencies }));
 * writer.write(observationColumns(observations.slice(10), { agencies }));
 * writer.finish() === observations.length; //=> true
 * new TextDecoder().decode(chunks[0]?.subarray(0, 4)); //=> "PAR1"
 * ```
 */
export function createParquetWriter(sink: (bytes: Uint8Array) => void): ParquetStream {
  if (typeof sink !== "function") throw new TypeError(`createParquetWriter: sink must be a function that takes the bytes, not ${typeof sink}`);
  let file: { readonly name: string; readonly columns: readonly ExportColumn[]; readonly writer: ParquetWriter } | null = null;
  let held: unknown[][] = [];
  let heldRows = 0;
  let groups = 0;
  let rows = 0;
  let finished = false;
  const target = (): number => rowGroupSizes[Math.min(groups, rowGroupSizes.length - 1)] ?? 100_000;
  // The first `count` rows held as one row group.
  const writeGroup = (count: number): void => {
    if (file === null || count === 0) return;
    const columnData: ColumnSource[] = file.columns.map((column, k) => {
      const values = held[k] ?? [];
      const group = count === values.length ? values : values.slice(0, count);
      return { name: column.name, data: group as ColumnSource["data"] };
    });
    file.writer.write({ columnData, rowGroupSize: count });
    held = count === heldRows ? file.columns.map(() => []) : held.map((values) => values.slice(count));
    heldRows -= count;
    groups++;
  };
  return {
    write(dataset) {
      if (finished) throw new TypeError("createParquetWriter: write after finish");
      if (file === null) {
        const schema: SchemaElement[] = [
          { name: "root", num_children: dataset.columns.length },
          ...dataset.columns.map((column): SchemaElement => ({ name: column.name, repetition_type: column.nullable ? "OPTIONAL" : "REQUIRED", ...elements[column.type] })),
        ];
        const writer = new ParquetWriter({
          writer: new SinkWriter(sink),
          schema,
          createdBy: "fazhi",
          kvMetadata: [
            { key: "fazhi.dataset", value: dataset.name },
            { key: "fazhi.schemaVersion", value: String(dataset.version) },
            { key: "fazhi.decimal", value: `DECIMAL(${exportDecimal.precision},${exportDecimal.scale})` },
          ],
        });
        file = { name: dataset.name, columns: dataset.columns, writer };
        held = dataset.columns.map(() => []);
      } else if (dataset.name !== file.name || dataset.columns.map((c) => c.name).join() !== file.columns.map((c) => c.name).join()) {
        throw new TypeError(`createParquetWriter: ${dataset.name} rows cannot follow ${file.name} rows in one file`);
      }
      // Rows written at once are sliced from the dataset's own columns (never changed); rows held
      // for the next write are copied, to be added to.
      const borrowed = heldRows === 0;
      dataset.columns.forEach((column, k) => {
        const values = column.type === "date" ? column.values.map(days) : (column.values as readonly unknown[]);
        held[k] = borrowed ? (values as unknown[]) : (held[k] ?? []).concat(heldCopy(values, column.type));
      });
      heldRows += dataset.rows;
      rows += dataset.rows;
      while (heldRows >= target()) writeGroup(target());
      if (borrowed && heldRows > 0) held = held.map((values, k) => heldCopy(values, file?.columns[k]?.type ?? "string"));
    },
    finish() {
      if (file === null) throw new TypeError("createParquetWriter: finish before any write (the schema is the first dataset's)");
      if (!finished) {
        writeGroup(heldRows);
        file.writer.finish();
        finished = true;
      }
      return rows;
    },
  };
}
