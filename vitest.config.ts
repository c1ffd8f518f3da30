import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// zod is a peer dependency (^4.3.0): the schema, validation and parse tests also run against
// the lowest version of that range, installed as the dev dependency zod-lowest (npm:zod@4.3.0).
const fazhiSource = fileURLToPath(new URL("./src/index.ts", import.meta.url));
/** The stage entries (`fazhi/parse` …), each its folder's index.ts. */
const fazhiEntry = { find: /^fazhi\/(model|catalog|parse|validate|aggregate|render|testing|node|parquet)$/, replacement: fileURLToPath(new URL("./src/$1/index.ts", import.meta.url)) };
const lowestZod = fileURLToPath(new URL("./node_modules/zod-lowest", import.meta.url));

export default defineConfig({
  // Examples import "fazhi" as users do; in this repository that is the source.
  resolve: {
    alias: [
      fazhiEntry,
      { find: /^fazhi$/, replacement: fazhiSource },
    ],
  },
  test: {
    // examples/testing shows how a user tests a script with fazhi/testing; it runs here too.
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    environment: "node",
    // Sized for a loaded 2-core machine: the slowest test (a README example run in a
    // subprocess) takes about 4 s alone and several times that when the machine is busy.
    // No test asserts a time; these limits only stop a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Dates are strings in the model; run in a far-off zone so that any accidental `Date` use shows.
    env: { TZ: "America/Los_Angeles" },
    projects: [
      { extends: true, test: { name: "fazhi" } },
      {
        resolve: {
          alias: [
            { find: /^zod(\/.*)?$/, replacement: `${lowestZod}$1` },
            fazhiEntry,
            { find: /^fazhi$/, replacement: fazhiSource },
          ],
        },
        test: {
          name: "zod 4.3.0",
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 120_000,
          env: { TZ: "America/Los_Angeles", FAZHI_ZOD: "4.3.0" },
          include: ["test/model/**/*.test.ts", "test/validate/**/*.test.ts", "test/parse/corpus.test.ts", "test/aggregate/aggregate.test.ts"],
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/index.ts", "src/catalog/divisionTable.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
    },
  },
});
