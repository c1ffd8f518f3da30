// The breakdown of scripts/bundle-breakdown.ts, and the measured reasons (README, "Size") why
// parseReport alone, and so the root, stays above issue 14's 90 KB goal. Byte counts do not depend
// on the machine; these bundle the sources, so no build is needed.
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type Breakdown, bundleBreakdown } from "../scripts/bundle-breakdown.js";
import { countyRows, prefectureRows, provinceRows } from "../src/catalog/divisionTable.js";

const KB = 1024;
const share = (breakdown: Breakdown, module: string): number => breakdown.shares.find(([name]) => name.endsWith(module))?.[1] ?? 0;

describe("what the root costs, module by module", () => {
  let everything: Breakdown;
  let parse: Breakdown;
  beforeAll(async () => {
    everything = await bundleBreakdown('import * as fazhi from "./src/index.ts";\nconsole.log(fazhi);', ["zod"]);
    parse = await bundleBreakdown('import { parseReport } from "./src/index.ts";\nconsole.log(parseReport);');
  });

  it("shares the whole gzipped bundle out among its modules", () => {
    const total = everything.shares.reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(Math.abs(total - everything.gzipped)).toBeLessThanOrEqual(everything.shares.length);
    expect(everything.shares.some(([name]) => name.includes("zod/"))).toBe(false);
  });

  it("has the three tables the README names, with the sizes it gives, and parseReport alone above 90 KB", () => {
    const near = (bytes: number, kb: number) => expect(Math.abs(bytes / KB - kb)).toBeLessThanOrEqual(0.5);
    near(share(everything, "entities/dist/esm/generated/decode-data-html.js"), 17.6);
    near(share(everything, "src/catalog/divisionTable.ts"), 17.8);
    near(share(everything, "decimal.js/decimal.mjs"), 13.9);
    expect(parse.gzipped).toBeGreaterThan(90 * KB);
    expect(parse.shares.some(([name]) => name.includes("zod/"))).toBe(false);
  });
});

describe("why the two data tables cannot be written smaller for gzip", () => {
  it("the trie of HTML character references gzips to more than 16.5 KB even as raw bytes", () => {
    // The `entities` that htmlparser2's tokenizer imports (the build bundles that one).
    const entities = createRequire(createRequire(import.meta.url).resolve("htmlparser2"))("entities/decode") as { htmlDecodeTree: Uint16Array };
    const raw = Buffer.from(entities.htmlDecodeTree.buffer, entities.htmlDecodeTree.byteOffset, entities.htmlDecodeTree.byteLength);
    expect(gzipSync(raw, { level: 9 }).length).toBeGreaterThan(16.5 * KB);
  });

  it("the division names gzip to more than 10 bits a character, written with nothing else", () => {
    const names = [provinceRows, prefectureRows, countyRows].join("").replace(/[ -~]/g, ""); // codes and separators are printable ASCII
    expect(names.length).toBeGreaterThan(11_000);
    expect((gzipSync(names, { level: 9 }).length * 8) / names.length).toBeGreaterThan(10);
  });
});
