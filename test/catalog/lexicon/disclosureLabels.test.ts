import { describe, expect, it } from "vitest";
import { disclosureRateKinds } from "../../../src/aggregate/disclosureRates.js";
import { activeColumns, activeRowWords, requestRowWords, reviewGroupWords } from "../../../src/catalog/lexicon/disclosure.js";
import { disclosureColumnLabels, disclosureRateNames, disclosureRowLabels, disclosureTableTitles } from "../../../src/catalog/lexicon/disclosureLabels.js";
import { disclosureRequestColumns, disclosureReviewColumns } from "../../../src/model/disclosureCells.js";
import { requestRowKey } from "../../../src/parse/disclosure/requestsTable.js";
import { findSections, splitLines } from "../../../src/parse/disclosure/sections.js";
import { foldText } from "../../../src/parse/foldText.js";

/** Every label pair: a Chinese label without spaces and a trimmed English one. */
function expectLabels(labels: Readonly<Record<string, readonly [string, string]>>, name: string): void {
  for (const [key, [zh, en]] of Object.entries(labels)) {
    expect(zh, `${name} ${key}`).toMatch(/^\S+$/);
    expect(en.length > 0 && en.trim() === en, `${name} ${key}: “${en}”`).toBe(true);
  }
}

/** Labels of one table (keys starting with `prefix.`) are told apart in both languages. */
function expectDistinct(labels: Readonly<Record<string, readonly [string, string]>>, prefix: string): void {
  const entries = Object.entries(labels).filter(([key]) => key.startsWith(`${prefix}.`));
  for (const language of [0, 1] as const) {
    const texts = entries.map(([, pair]) => pair[language]);
    expect(new Set(texts).size, `${prefix} labels in language ${language}`).toBe(texts.length);
  }
}

describe("disclosureTableTitles", () => {
  it("titles tables 二, 三 and 四 as the template does, and each title is read as its section", () => {
    expectLabels(disclosureTableTitles, "titles");
    expect(Object.values(disclosureTableTitles).map(([zh]) => zh.slice(0, 2))).toEqual(["二、", "三、", "四、"]);
    const text = Object.values(disclosureTableTitles)
      .map(([zh]) => `${zh}\n正文。`)
      .join("\n");
    expect(findSections(foldText(text), text, splitLines(text)).map((s) => s.key)).toEqual(Object.keys(disclosureTableTitles));
  });
});

describe("disclosureRowLabels", () => {
  it("labels exactly the rows the readers know: table 二's rows, table 三's rows and table 四's groups", () => {
    expectLabels(disclosureRowLabels, "rows");
    const expected = [
      ...activeRowWords.map((r) => `active.${r.key}`),
      ...requestRowWords.map((r) => `requests.${r.key}`),
      ...reviewGroupWords.map((g) => `reviews.${g.key}`),
    ];
    expect(new Set(Object.keys(disclosureRowLabels))).toEqual(new Set(expected));
    for (const table of ["active", "requests", "reviews"]) expectDistinct(disclosureRowLabels, table);
  });

  it("has table 三 labels that the row reader reads as their rows", () => {
    let previous: string | null = null;
    for (const [path, [zh]] of Object.entries(disclosureRowLabels)) {
      if (!path.startsWith("requests.")) continue;
      const key = path.slice("requests.".length);
      expect(requestRowKey(zh, previous), zh).toBe(key);
      previous = key;
    }
  });

  it("has table 二 labels that name their own row first, by the rows' words in order", () => {
    for (const [path, [zh]] of Object.entries(disclosureRowLabels)) {
      if (!path.startsWith("active.")) continue;
      expect(activeRowWords.find((r) => r.words.some((w) => zh.includes(w)))?.key, zh).toBe(path.slice("active.".length));
    }
  });
});

describe("disclosureColumnLabels", () => {
  it("labels exactly the columns of tables 二, 三 and 四", () => {
    expectLabels(disclosureColumnLabels, "columns");
    const active = new Set(Object.values(activeColumns).flatMap((rows) => Object.values(rows).flat()));
    const expected = [...[...active].map((c) => `active.${c}`), ...disclosureRequestColumns.map((c) => `requests.${c}`), ...disclosureReviewColumns.map((c) => `reviews.${c}`)];
    expect(new Set(Object.keys(disclosureColumnLabels))).toEqual(new Set(expected));
    for (const table of ["active", "requests", "reviews"]) expectDistinct(disclosureColumnLabels, table);
  });
});

describe("disclosureRateNames", () => {
  it("names every disclosure rate, and only those", () => {
    expectLabels(disclosureRateNames, "rates");
    expect(Object.keys(disclosureRateNames)).toEqual([...disclosureRateKinds]);
    for (const [zh] of Object.values(disclosureRateNames)) expect(zh.endsWith("率"), zh).toBe(true);
  });
});
