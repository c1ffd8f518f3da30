// extractDataset: the datasets `fazhi extract --table` writes, the figures of parsed documents or their observations
// with their agencies' columns.
import { describe, expect, it } from "vitest";
import { datasetPieces, extractDataset, extractTables } from "../../src/cli/extractDataset.js";
import { parseReport } from "../../src/parse/parseReport.js";
import { readReportFile } from "../../src/node/readReportFile.js";
import type { ParsedDocument } from "../../src/model/parsedDocument.js";
import { observationsOf } from "../../src/parse/observationsOf.js";
import { figureColumns } from "../../src/render/figureColumns.js";
import type { ExportDataset } from "../../src/render/exportColumns.js";

const reports = new URL("../../examples/reports/", import.meta.url).pathname;
const docs: ParsedDocument[] = ["000_6abc9caa6ce6874c.txt", "001_7212b651b1212873.txt", "002_79c3c9eaf9c8363c.txt", "003_b045f6404209a1b9.txt", "004_d7befece2778118b.txt"].flatMap(
  (name) => {
    const file = readReportFile(`${reports}${name}`, { reportUtf8Guess: false });
    return file.ok ? [file.document] : [];
  },
);

/** The values of a column by name. */
const column = (data: ExportDataset, name: string): readonly unknown[] => data.columns.find((c) => c.name === name)?.values ?? [];

describe("extractTables", () => {
  it("names the two datasets, figures first (the default)", () => {
    expect(extractTables).toEqual(["figures", "observations"]);
  });
});

describe("extractDataset", () => {
  it("gives the figures dataset as figureColumns gives it: a row per quantity found", () => {
    expect(docs).toHaveLength(5);
    const figures = extractDataset(docs, "figures");
    expect(figures).toEqual(figureColumns(docs));
    expect([figures.name, figures.rows]).toEqual(["figures", docs.reduce((n, d) => n + d.quantities.length, 0)]);
  });

  it("gives the observations of the documents, a row each, with the agency named in each document", () => {
    const data = extractDataset(docs, "observations");
    expect([data.name, data.rows]).toEqual(["observations", docs.reduce((n, d) => n + observationsOf(d, d.document).length, 0)]);
    expect(data.rows).toBe(65);
    // Each row's agency is its document (agencyOf(doc, doc.document)), with the agency's name, level and division filled in.
    const byDocument = new Map(docs.map((d) => [d.document, d.agency]));
    const agencyIds = column(data, "agency");
    const agencyNames = column(data, "agency_name");
    const divisions = column(data, "division_code");
    expect(new Set(agencyIds)).toEqual(new Set(docs.map((d) => d.document)));
    agencyIds.forEach((id, row) => {
      const agency = byDocument.get(String(id));
      expect([agencyNames[row], divisions[row]], `row ${row}`).toEqual([agency?.name, agency?.divisionCode]);
    });
    const [indicator, year, value] = [column(data, "indicator"), column(data, "year"), column(data, "value_text")];
    const fines = value.filter((_, row) => indicator[row] === "enforcement.fineAmount" && year[row] === 2020);
    expect(fines).toEqual(["1210000"]);
  });

  it("gives empty datasets with their columns for no documents", () => {
    for (const table of extractTables) {
      const data = extractDataset([], table);
      expect([data.name, data.rows, data.issues]).toEqual([table, 0, []]);
      expect(data.columns.length).toBeGreaterThan(10);
      for (const c of data.columns) expect(c.values).toEqual([]);
    }
  });
});

describe("datasetPieces", () => {
  // Figures beyond DECIMAL(38, 6) in the second and fifth documents: an issue each, its path counted from the first document.
  const huge = (name: string) => parseReport(`某县2023年法治政府建设情况报告\n全年罚款${"9".repeat(40)}元，办理行政复议案件3件。`, { document: name });
  const collection = [docs[0], huge("h1.txt"), docs[1], docs[2], huge("h2.txt"), docs[3], docs[4]] as ParsedDocument[];

  it("gives, piece after piece, the rows and issues of extractDataset over the whole collection", () => {
    for (const table of extractTables) {
      const whole = extractDataset(collection, table);
      for (const cuts of [[7], [1, 7], [2, 3, 5, 7], [1, 2, 3, 4, 5, 6, 7]]) {
        const pieces = datasetPieces(table);
        let from = 0;
        const parts = cuts.map((cut) => {
          const part = pieces.add(collection.slice(from, cut));
          from = cut;
          return part;
        });
        expect(parts.reduce((n, p) => n + p.rows, 0), `${table} ${cuts}`).toBe(whole.rows);
        for (const [k, c] of whole.columns.entries()) expect(parts.flatMap((p): readonly unknown[] => p.columns[k]?.values ?? []), `${table} ${c.name}`).toEqual(c.values);
        expect(parts.flatMap((p) => p.issues)).toEqual(whole.issues);
      }
      expect(whole.issues.map((i) => i.path[0])).toEqual(table === "figures" ? [1, 4] : [8, 31]);
    }
  });
});
