import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasShared, sharedDir } from "./helpers/corpus.js";

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
    .sort();
}

/** The repository's copies of ../shared folders: each must hold exactly the same files, byte for byte. */
const copies = [
  { shared: join(sharedDir, "corpus"), ours: corpusDir, extra: ["indicators.tsv"] },
  { shared: join(sharedDir, "disclosure"), ours: join(corpusDir, "..", "disclosure"), extra: [] },
] as const;

describe.skipIf(!hasShared)("the repository's copies of ../shared", () => {
  for (const copy of copies) {
    const name = relative(sharedDir, copy.shared);
    it(`test/${name} holds exactly the files of ../shared/${name}`, () => {
      const ours = files(copy.ours)
        .map((f) => relative(copy.ours, f))
        .filter((f) => !(copy.extra as readonly string[]).includes(f));
      expect(ours).toEqual(files(copy.shared).map((f) => relative(copy.shared, f)));
    });

    it(`test/${name} has the same bytes in every file`, () => {
      for (const file of files(copy.shared)) {
        const rel = relative(copy.shared, file);
        expect(readFileSync(join(copy.ours, rel)).equals(readFileSync(file)), rel).toBe(true);
      }
    });
  }

  it("has the same indicators.tsv", () => {
    expect(readFileSync(join(corpusDir, "indicators.tsv"), "utf8")).toBe(
      readFileSync(join(sharedDir, "indicators.tsv"), "utf8"),
    );
  });
});

describe("the corpus copy", () => {
  it("is present in the repository, so a fresh clone can test without ../shared", () => {
    expect(files(join(corpusDir, "docs")).length).toBeGreaterThanOrEqual(5);
    expect(files(join(corpusDir, "gold")).length).toBe(files(join(corpusDir, "docs")).length);
    expect(files(join(corpusDir, "excerpts", "docs")).length).toBe(12);
  });
});
