import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's copy of ../shared/disclosure. */
export const disclosureDir = fileURLToPath(new URL("../disclosure/", import.meta.url));

/** The disclosure report names (without extension), in order. */
export function disclosureNames(): string[] {
  return readdirSync(`${disclosureDir}docs`)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** The text of a disclosure report. */
export function disclosureText(name: string): string {
  return readFileSync(`${disclosureDir}docs/${name}.txt`, "utf8");
}

/** A gold annotation, as JSON. */
export interface DisclosureGold {
  readonly template: string;
  readonly reportingYear: number;
  readonly active: Record<string, Record<string, string | null>>;
  readonly requests: Record<string, unknown>;
  readonly reviews: Record<string, Record<string, string | null>>;
  readonly fee: { readonly value: string; readonly unit: string } | null;
  readonly textFigures: readonly { readonly value: string; readonly cells?: readonly string[]; readonly numerator?: readonly string[]; readonly denominator?: readonly string[] }[];
  readonly findings: readonly { readonly rule: string; readonly cells: readonly string[]; readonly left?: string; readonly right?: string }[];
}

/** The gold of a disclosure report. */
export function disclosureGold(name: string): DisclosureGold {
  return JSON.parse(readFileSync(`${disclosureDir}gold/${name}.json`, "utf8")) as DisclosureGold;
}

const columns = ["naturalPerson", "commercial", "research", "publicWelfare", "legalService", "otherOrg", "total"];

/** Every cell of a gold file's tables 二–四 by its dotted path. */
export function goldCells(gold: DisclosureGold): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const walk = (prefix: string, value: unknown) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.set(`${prefix}.${columns[i]}`, (v as string | null) ?? null);
      });
    } else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
    } else if (!prefix.endsWith(".unit")) {
      out.set(prefix, (value as string | null) ?? null);
    }
  };
  walk("active", gold.active);
  walk("requests", gold.requests);
  walk("reviews", gold.reviews);
  return out;
}
