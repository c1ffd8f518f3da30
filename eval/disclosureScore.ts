// Scores parseDisclosureReport and validateDisclosure against the gold of a folder laid out like
// test/disclosure (docs/NAME.txt, gold/NAME.json): cells exact / wrong / null, findings matched.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { disclosureCells } from "../src/model/disclosureCells.js";
import type { DisclosureReport } from "../src/model/disclosureReport.js";
import { parseDisclosureReport } from "../src/parse/disclosure/index.js";
import { validateDisclosure } from "../src/validate/disclosure/index.js";

/** A gold finding as written in gold/*.json. */
export interface GoldFinding {
  readonly rule: string;
  readonly cells: readonly string[];
  readonly left?: string;
  readonly right?: string;
}

/** The score of one document. */
export interface DisclosureDocScore {
  readonly name: string;
  readonly goldCells: number;
  readonly filled: number;
  readonly exact: number;
  readonly wrong: readonly string[];
  /** Gold has a value, the reader gave null. */
  readonly missed: readonly string[];
  /** Gold is blank, the reader gave a value. */
  readonly invented: readonly string[];
  readonly template: boolean;
  readonly findings: { readonly matched: number; readonly gold: number; readonly found: number; readonly missing: readonly string[]; readonly extra: readonly string[] };
}

function goldCells(gold: Record<string, unknown>): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const columns = ["naturalPerson", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"];
  const walk = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.set(`${prefix}.${columns[i]}`, (v as string | null) ?? null);
      });
    }
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    else if (!prefix.endsWith(".unit")) out.set(prefix, (value as string | null) ?? null);
  };
  for (const table of ["active", "requests", "reviews"]) walk(table, gold[table]);
  return out;
}

/** A finding's identity: rule, sorted cells, left and right. */
export function findingKey(f: GoldFinding): string {
  return [f.rule, [...f.cells].sort().join(","), f.left ?? "", f.right ?? ""].join(" | ");
}

/** The findings of validateDisclosure in the gold's form. */
export function findingsOf(report: DisclosureReport): GoldFinding[] {
  return validateDisclosure(report).map((issue) => {
    const cells = typeof issue.params["cells"] === "string" ? issue.params["cells"].split(",") : [];
    const left = issue.params["left"];
    const right = issue.params["right"];
    return {
      rule: issue.code.replace(/^disclosure\./, ""),
      cells,
      ...(typeof left === "string" ? { left } : {}),
      ...(typeof right === "string" ? { right } : {}),
    };
  });
}

/** Scores one document against its gold. */
export function scoreDisclosureDoc(name: string, text: string, gold: Record<string, unknown>): DisclosureDocScore {
  const report = parseDisclosureReport(text, { document: name });
  const ours = new Map(disclosureCells(report).map((c) => [c.path, c.value === null ? null : c.value.toString()]));
  const expected = goldCells(gold);
  let exact = 0;
  let filled = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  const invented: string[] = [];
  for (const [path, value] of expected) {
    const got = ours.has(path) ? (ours.get(path) ?? null) : undefined;
    if (value !== null) filled++;
    if (got === value) exact++;
    else if (got === null || got === undefined) missed.push(`${path}: gold ${value}, got ${got === undefined ? "no cell" : "null"}`);
    else if (value === null) invented.push(`${path}: gold null, got ${got}`);
    else wrong.push(`${path}: gold ${value}, got ${got}`);
  }
  const goldFindings = ((gold["findings"] as GoldFinding[] | undefined) ?? []).map(findingKey);
  const found = findingsOf(report).map(findingKey);
  const remaining = [...found];
  let matched = 0;
  const missing: string[] = [];
  for (const g of goldFindings) {
    const at = remaining.indexOf(g);
    if (at >= 0) {
      matched++;
      remaining.splice(at, 1);
    } else missing.push(g);
  }
  return {
    name,
    goldCells: expected.size,
    filled,
    exact,
    wrong,
    missed,
    invented,
    template: report.template === gold["template"],
    findings: { matched, gold: goldFindings.length, found: found.length, missing, extra: remaining },
  };
}

/** Scores every document of a folder (docs/ and gold/). */
export function scoreDisclosureFolder(dir: string): DisclosureDocScore[] {
  return readdirSync(join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, "gold", f), "utf8")) as Record<string, unknown>;
      const name = String(gold["document"] ?? f.replace(/\.json$/, ".txt"));
      return scoreDisclosureDoc(name, readFileSync(join(dir, "docs", name), "utf8"), gold);
    });
}
