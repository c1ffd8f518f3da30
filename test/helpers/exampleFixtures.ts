// The variables the @example blocks of src/ use without defining them, per source file: most
// examples work on the repository's five corpus reports (the bundled examples/reports); the
// change examples on a small series of one agency, "a"; the testing kit's on nothing; the
// command line's on an in-memory `io`.
import { readFileSync, readdirSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Agency,
  type Observation,
  type ParsedDocument,
  aggregate,
  aggregateTable,
  agencyOf,
  observationsOf,
  parseReport,
  validate,
} from "fazhi";
import { parseDisclosureReport } from "fazhi/parse";
import { annualReportSummary, comparisonReport } from "fazhi/render";
import { memoryIo } from "./cliIo.js";

const reports = fileURLToPath(new URL("../../examples/reports/", import.meta.url));
const disclosureDocs = fileURLToPath(new URL("../disclosure/docs/", import.meta.url));

let corpus: { docs: ParsedDocument[]; observations: Observation[]; agencies: Agency[] } | undefined;

/** The five reports parsed, each named by its file, with their observations and agencies. */
function readCorpus(): NonNullable<typeof corpus> {
  if (corpus) return corpus;
  const docs = readdirSync(reports)
    .sort()
    .map((file) => parseReport(readFileSync(reports + file, "utf8"), { document: file }));
  const agencies = docs.flatMap((doc) => agencyOf(doc, doc.document) ?? []);
  const observations = docs.flatMap((doc) => observationsOf(doc, doc.document));
  corpus = { docs, observations, agencies };
  return corpus;
}

/** Penalty cases of agency "a": 140 in 2019, 152 in 2020, 150 in 2021. */
function seriesOfA(): Observation[] {
  return [
    [2019, "140"],
    [2020, "152"],
    [2021, "150"],
  ].map(([period, value]) => ({
    agency: "a",
    indicator: "enforcement.penaltyCases",
    period: Number(period),
    quantity: { value: String(value), unit: "件", qualifier: "exact" },
    modality: "actual",
    attribution: "own",
  })) as unknown as Observation[];
}

/** The free variables of the examples in `file` (relative to src/). */
export function fixtures(file: string): Record<string, unknown> {
  if (file === "aggregate/change.ts") return { observations: seriesOfA() };
  // Year-over-year changes need two years of one agency: "a"'s series, which has no Agency record.
  if (file === "aggregate/yearOverYearTable.ts") return { observations: seriesOfA(), agencies: [] };
  // The 政府信息公开 examples: 淮安市洪泽区人民政府's reports for 2023 (d06) and 2024 (d07).
  if (file.includes("disclosure") || file.includes("Disclosure")) {
    const text = readFileSync(`${disclosureDocs}d06_hongze_qu_zhengfu_xxgk_2023.txt`, "utf8");
    const report2023 = parseDisclosureReport(text);
    const report2024 = parseDisclosureReport(readFileSync(`${disclosureDocs}d07_hongze_qu_zhengfu_xxgk_2024.txt`, "utf8"));
    // d01 (上海市人民政府办公厅, 2019) leaves most 总计 cells blank: the cell examples show it.
    const report = file === "model/disclosureCells.ts"
      ? parseDisclosureReport(readFileSync(`${disclosureDocs}d01_shanghai_zfbgt_xxgk_2019.txt`, "utf8"))
      : file === "aggregate/disclosureRates.ts"
        ? report2024
        : report2023;
    return { text, report, report2023, report2024 };
  }
  // The testing kit's examples use its own `agencies` and `observations`.
  if (file.startsWith("testing/")) return {};
  const { docs, observations, agencies } = readCorpus();
  const named = (name: string) => docs.find((doc) => doc.document === name);
  // 哈尔滨市道外区人民政府, 2021: signed 2022225 (a malformed date).
  const doc = named("004_d7befece2778118b.txt");
  const common = {
    observations,
    agencies,
    figures: observations,
    all: agencies,
    doc,
    // 朝阳市交通运输局, 2020: signed before the year ended, published late.
    text: readFileSync(`${reports}002_79c3c9eaf9c8363c.txt`, "utf8"),
  };
  if (!file.startsWith("render/") && !file.startsWith("cli/")) return common;
  // The render and cli examples: the five documents and their files, the totals by indicator
  // and year as a Table, a summary of `doc`, a comparison of the five; an `io` that keeps
  // what a command prints and writes; `read` and `writeFile` for the loops that read the
  // files and write a page (in memory: an example writes nothing to the disk).
  const files = readdirSync(reports)
    .sort()
    .map((file) => `examples/reports/${file}`);
  const by = ["indicator", "year"] as const;
  const table = aggregateTable(aggregate(observations, { by: [...by], agencies }), { by: [...by], agencies, observations });
  const summary = doc === undefined ? undefined : annualReportSummary(doc, validate(doc, { locale: "zh" }));
  const written = new Map<string, string>();
  return {
    ...common,
    docs,
    files,
    table,
    summary,
    report: comparisonReport(observations, agencies),
    io: memoryIo().io,
    read: (path: string) => readFileSync(path, "utf8"),
    readFileSync,
    basename,
    writeFile: async (path: string, text: string) => void written.set(path, text),
  };
}
