// The public API is deliberate: each entry lists its names (no `export *`), the root a chosen
// few, no `@internal` symbol is reachable from any entry, and the API report in api/ (every
// exported name with its signature, written by `npm run api`) matches the source, so that a
// change to the public surface is always a visible diff.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { apiReport, entries, reportPath } from "../scripts/api-report.mjs";

const root = fileURLToPath(new URL("../", import.meta.url));
const read = (path: string): string => readFileSync(`${root}${path}`, "utf8");
/** Case-insensitive order, then upper case first: how the entries list their names. */
const byName = (a: string, b: string): number => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
};
const exportsOf = (entry: string): string[] => [...read(entries[entry] ?? "").matchAll(/^ {2}(?:type )?(\w+),$/gm)].map((m) => m[1] ?? "");

describe("the public API", () => {
  const { reports, internal } = apiReport();

  it("has a checked-in report per entry that matches the source (run `npm run api` after changing an export)", () => {
    expect(Object.keys(reports).sort()).toEqual(Object.keys(entries).map(reportPath).sort());
    for (const [path, text] of Object.entries(reports)) expect(read(path), `${path} is stale: run npm run api`).toBe(text);
  });

  it("reaches no @internal symbol from any entry", () => {
    expect(internal).toEqual([]);
  });

  it("lists every name explicitly, sorted, one per line", () => {
    for (const [entry, file] of Object.entries(entries)) {
      const text = read(file);
      expect(text, entry).not.toMatch(/export \*/);
      for (const block of text.matchAll(/export (?:type )?\{\n([^}]*)\}/g)) {
        const names = (block[1] ?? "").split("\n").filter((line) => line !== "").map((line) => line.replace(/^ {2}(?:type )?(\w+),$/, "$1"));
        expect(names.every((name) => /^\w+$/.test(name)), `${entry}: one name per line`).toBe(true);
        expect(names, `${entry}: sorted`).toEqual([...names].sort(byName));
      }
    }
  });

  it("gives the root about forty names, and the types of their options and results, each also in its stage's entry", () => {
    const rootNames = exportsOf("fazhi");
    // The values (functions, schemas, constants); `type` names cost nothing at run time.
    const values = [...read(entries["fazhi"] ?? "").matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1] ?? "");
    expect(values.length).toBeGreaterThanOrEqual(30);
    expect(values.length).toBeLessThanOrEqual(50);
    const staged = new Set(Object.keys(entries).filter((entry) => entry !== "fazhi").flatMap(exportsOf));
    expect(rootNames.filter((name) => !staged.has(name))).toEqual([]);
  });

  it("gives from the root the types of the options and the result of each function it exports (README: a user can name them)", () => {
    // Every name of the package's entries: what a signature may name that a user could import.
    const publicNames = new Set(Object.keys(entries).flatMap(exportsOf));
    const rootNames = new Set(exportsOf("fazhi"));
    const signatures = [...(reports[reportPath("fazhi")] ?? "").matchAll(/^function (\w+)(?:<.*?>)?\((.*)\): (.+);$/gm)];
    expect(signatures.length).toBeGreaterThan(20);
    const missing = signatures.flatMap(([, name, parameters, result]) => {
      const options = /\boptions\??: (.*?)(?: = [^=]*)?$/.exec(parameters ?? "")?.[1] ?? "";
      const named = [...`${options} ${result}`.matchAll(/(?<![\w.])[A-Z]\w*/g)].map((m) => m[0]);
      return [...new Set(named)].filter((type) => publicNames.has(type) && !rootNames.has(type)).map((type) => `${name} names ${type}`);
    });
    expect(missing).toEqual([]);
  });
});
