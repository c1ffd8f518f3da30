// Scores parseReport against gold annotations: quantities, qualifiers, modality,
// indicators, metadata fields and tasks. Used by `npm run eval` and by the corpus test.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ParsedDocument, parseReport } from "../src/index.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface DocumentScore {
  name: string;
  quantities: Counts;
  qualifier: { right: number; total: number };
  modality: { right: number; total: number };
  indicator: { right: number; predicted: number; gold: number };
  metadata: { right: number; total: number; wrong: string[] };
  tasks: { right: number; total: number; wrong: string[] };
  misses: string[];
}

const metadataFields = [
  ["documentKind", (d: ParsedDocument) => d.documentKind],
  ["title", (d: ParsedDocument) => d.title],
  ["agency.name", (d: ParsedDocument) => d.agency.name],
  ["agency.kind", (d: ParsedDocument) => d.agency.kind],
  ["agency.level", (d: ParsedDocument) => d.agency.level],
  ["agency.sector", (d: ParsedDocument) => d.agency.sector],
  ["agency.region", (d: ParsedDocument) => d.agency.region],
  ["agency.divisionCode", (d: ParsedDocument) => d.agency.divisionCode],
  ["reportingYear", (d: ParsedDocument) => d.reportingYear],
  ["dates.signed", (d: ParsedDocument) => d.dates.signed],
  ["dates.signedRaw", (d: ParsedDocument) => d.dates.signedRaw],
  ["dates.published", (d: ParsedDocument) => d.dates.published],
  ["dates.publishedRaw", (d: ParsedDocument) => d.dates.publishedRaw],
] as const;

/** Where each gold quantity's `number` stands in the text: its quote found in document order, the number inside it. */
function locate(text: string, gold: ParsedDocument): { start: number; end: number }[] {
  let from = 0;
  return gold.quantities.map((q) => {
    let at = text.indexOf(q.quote, from);
    if (at < 0) at = text.indexOf(q.quote);
    if (at >= 0) from = at + 1;
    const start = at < 0 ? -1 : text.indexOf(q.number, at);
    return { start, end: start < 0 ? -1 : start + q.number.length };
  });
}

export function scoreDocument(name: string, text: string, gold: ParsedDocument): DocumentScore {
  const parsed = parseReport(text, { document: `${name}.txt` });
  const spans = locate(text, gold);
  const used = new Set<number>();
  const score: DocumentScore = {
    name,
    quantities: { tp: 0, fp: 0, fn: 0 },
    qualifier: { right: 0, total: 0 },
    modality: { right: 0, total: 0 },
    indicator: { right: 0, predicted: 0, gold: gold.quantities.filter((q) => q.indicator !== null).length },
    metadata: { right: 0, total: 0, wrong: [] },
    tasks: { right: 0, total: gold.tasks.length, wrong: [] },
    misses: [],
  };
  for (const q of parsed.quantities) {
    const span = q.span ?? { start: -1, end: -1 };
    if (q.indicator !== null) score.indicator.predicted++;
    const k = gold.quantities.findIndex((g, i) => {
      const at = spans[i];
      return !used.has(i) && at !== undefined && at.start < span.end && span.start < at.end && g.value.equals(q.value) && g.unit === q.unit;
    });
    const g = gold.quantities[k];
    if (!g) {
      score.quantities.fp++;
      score.misses.push(`extra ${q.number} (${q.value.toString()} ${q.unit}) at ${span.start}`);
      continue;
    }
    used.add(k);
    score.quantities.tp++;
    score.qualifier.total++;
    score.modality.total++;
    if (g.qualifier === q.qualifier) score.qualifier.right++;
    else score.misses.push(`qualifier of ${q.number}: ${q.qualifier}, gold ${g.qualifier}`);
    if (g.modality === q.modality) score.modality.right++;
    else score.misses.push(`modality of ${q.number}: ${q.modality}, gold ${g.modality}`);
    if (q.indicator !== null && q.indicator === g.indicator) score.indicator.right++;
    else if (q.indicator !== g.indicator) score.misses.push(`indicator of ${q.quote}: ${q.indicator}, gold ${g.indicator}`);
  }
  gold.quantities.forEach((g, i) => {
    if (used.has(i)) return;
    score.quantities.fn++;
    score.misses.push(`missed ${g.quote} (${g.value.toString()} ${g.unit})`);
  });
  for (const [field, read] of metadataFields) {
    score.metadata.total++;
    if (read(parsed) === read(gold)) score.metadata.right++;
    else score.metadata.wrong.push(`${field}: ${JSON.stringify(read(parsed))}, gold ${JSON.stringify(read(gold))}`);
  }
  for (const task of gold.tasks) {
    // Plans restart their numbering under each section (1. under 一、 and again under 二、): match by both.
    const found =
      parsed.tasks.find((t) => t.number === task.number && t.section === task.section) ??
      parsed.tasks.find((t) => t.number === task.number);
    const right =
      found !== undefined &&
      found.title === task.title &&
      found.section === task.section &&
      JSON.stringify(found.responsibleUnits) === JSON.stringify(task.responsibleUnits);
    if (right) score.tasks.right++;
    else score.tasks.wrong.push(`task ${task.number}: ${found ? `${found.title} [${found.responsibleUnits.join("、")}]` : "missing"}`);
  }
  return score;
}

export interface CorpusScore {
  documents: DocumentScore[];
  quantity: { precision: number; recall: number; f1: number };
  qualifierAccuracy: number;
  modalityAccuracy: number;
  indicator: { precision: number; recall: number };
  metadataAccuracy: number;
  taskAccuracy: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Options of `scoreCorpus`. */
export interface ScoreOptions {
  /** Score the text and gold with their punctuation made full-width, as published pages write it. */
  readonly fullWidth?: boolean;
}

const fullWidthOf: Readonly<Record<string, string>> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？" };

/**
 * The corpus's ASCII punctuation restored to the full-width forms that published pages use, one
 * character for one, except commas and colons between digits (1,286 and 8:30 stay as they are).
 */
export function toFullWidth(text: string): string {
  return text.replace(/[,:;()!?]/g, (ch, at: number) => {
    if ((ch === "," || ch === ":") && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "")) return ch;
    return fullWidthOf[ch] ?? ch;
  });
}

/** Every string of a gold file made full-width the same way (the document name and decimal values aside). */
function goldToFullWidth(value: unknown, key = ""): unknown {
  if (typeof value === "string") return key === "document" || key === "value" ? value : toFullWidth(value);
  if (Array.isArray(value)) return value.map((v) => goldToFullWidth(v));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, goldToFullWidth(v, k)]));
  }
  return value;
}

export function scoreCorpus(dir: string, options: ScoreOptions = {}): CorpusScore {
  const names = readdirSync(join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.slice(0, -5))
    .sort();
  const documents = names.map((name) => {
    const text = readFileSync(join(dir, "docs", `${name}.txt`), "utf8");
    const gold: unknown = JSON.parse(readFileSync(join(dir, "gold", `${name}.json`), "utf8"));
    return options.fullWidth
      ? scoreDocument(name, toFullWidth(text), ParsedDocument.parse(goldToFullWidth(gold)))
      : scoreDocument(name, text, ParsedDocument.parse(gold));
  });
  const sum = (f: (d: DocumentScore) => number) => documents.reduce((acc, d) => acc + f(d), 0);
  const tp = sum((d) => d.quantities.tp);
  const precision = ratio(tp, tp + sum((d) => d.quantities.fp));
  const recall = ratio(tp, tp + sum((d) => d.quantities.fn));
  return {
    documents,
    quantity: { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    qualifierAccuracy: ratio(sum((d) => d.qualifier.right), sum((d) => d.qualifier.total)),
    modalityAccuracy: ratio(sum((d) => d.modality.right), sum((d) => d.modality.total)),
    indicator: {
      precision: ratio(sum((d) => d.indicator.right), sum((d) => d.indicator.predicted)),
      recall: ratio(sum((d) => d.indicator.right), sum((d) => d.indicator.gold)),
    },
    metadataAccuracy: ratio(sum((d) => d.metadata.right), sum((d) => d.metadata.total)),
    taskAccuracy: ratio(sum((d) => d.tasks.right), sum((d) => d.tasks.total)),
  };
}
