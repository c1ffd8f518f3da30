// Every `@example` in src/ runs, and each `expression; //=> value` line in it is asserted
// (see test/helpers/examples.ts for how values are read). Examples run with the repository root
// as working directory, the exports of "fazhi" and of every stage entry ("fazhi/parse", "fazhi/render", "fazhi/testing" …) in scope, the exports of the example's own module
// (so that internal data such as the lexicon's word lists can show itself), and the names in `fixtures` below: the
// variables the examples refer to without defining them (a parsed report, observations …).
import { fileURLToPath } from "node:url";
import * as fazhi from "fazhi";
import * as aggregate from "fazhi/aggregate";
import * as catalog from "fazhi/catalog";
import * as model from "fazhi/model";
import * as parse from "fazhi/parse";
import * as render from "fazhi/render";
import * as testing from "fazhi/testing";
import * as validate from "fazhi/validate";
import { describe, expect, it } from "vitest";
import { examplesIn, expectedValue, mismatches, runnable } from "./helpers/examples.js";
import { fixtures } from "./helpers/exampleFixtures.js";

const src = fileURLToPath(new URL("../src/", import.meta.url));
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

describe("the @example blocks of src/", () => {
  const examples = examplesIn(src);

  it("are found (one per documented export at least)", () => {
    expect(examples.length).toBeGreaterThan(200);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} ${example.name}`, async () => {
      const failures: string[] = [];
      const check = (actual: unknown, written: string, line: number) => {
        const problems = mismatches(actual, expectedValue(written));
        if (problems.length > 0) failures.push(`line ${line} of the example: ${problems.join("; ")}`);
      };
      const own = (await import(`${src}${example.file}`)) as Record<string, unknown>;
      const scope: Record<string, unknown> = {
        ...model,
        ...catalog,
        ...parse,
        ...validate,
        ...aggregate,
        ...render,
        ...testing,
        ...fazhi,
        ...own,
        ...fixtures(example.file),
        __fazhi: fazhi,
        __check: check,
        __import: (specifier: string) => import(specifier),
      };
      const run = new AsyncFunction(...Object.keys(scope), runnable(example.code));
      await run(...Object.values(scope));
      expect(failures).toEqual([]);
    });
  }
});
