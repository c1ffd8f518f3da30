// Every public export carries TSDoc with an @example (typedoc checks that a comment exists).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith(".ts") && name !== "index.ts" ? [path] : [];
  });
}

describe("public exports", () => {
  for (const file of sources(src)) {
    it(`each export of ${file.slice(src.length)} has a TSDoc @example`, () => {
      const text = readFileSync(file, "utf8");
      const missing: string[] = [];
      for (const match of text.matchAll(/^export (?:const|function|type|interface) (\w+)/gm)) {
        const before = text.slice(0, match.index);
        const comment = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/.exec(before)?.[1] ?? "";
        if (/@internal/.test(comment)) continue;
        if (!/@example/.test(comment)) missing.push(match[1] ?? "");
      }
      expect(missing).toEqual([]);
    });
  }
});
