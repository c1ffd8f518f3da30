import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusDir, hasShared, sharedDir } from "./helpers/corpus.js";

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]))
    .sort();
}

describe.skipIf(!hasShared)("the repository's corpus copy", () => {
  const shared = join(sharedDir, "corpus");

  it("holds exactly the files of ../shared/corpus", () => {
    const ours = files(corpusDir).map((f) => relative(corpusDir, f)).filter((f) => f !== "indicators.tsv");
    expect(ours).toEqual(files(shared).map((f) => relative(shared, f)));
  });

  it("has the same bytes in every file", () => {
    for (const file of files(shared)) {
      const name = relative(shared, file);
      expect(readFileSync(join(corpusDir, name)).equals(readFileSync(file)), name).toBe(true);
    }
  });

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
  });
});
