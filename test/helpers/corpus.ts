import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's copy of the corpus. */
export const corpusDir = fileURLToPath(new URL("../corpus/", import.meta.url));

/** The shared corpus beside the repository, present in CI and on developer machines. */
export const sharedDir = fileURLToPath(new URL("../../../shared/", import.meta.url));

/** Whether `../shared` exists. */
export const hasShared = existsSync(`${sharedDir}corpus`);

/** The corpus document names (without extension), in order. */
export function corpusNames(): string[] {
  return readdirSync(`${corpusDir}docs`)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** The text of a corpus document. */
export function corpusText(name: string): string {
  return readFileSync(`${corpusDir}docs/${name}.txt`, "utf8");
}

/** The parsed JSON of a gold file. */
export function corpusGold(name: string): unknown {
  return JSON.parse(readFileSync(`${corpusDir}gold/${name}.json`, "utf8"));
}
