import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // Examples import "fazhi" as users do; in this repository that is the source.
  resolve: {
    alias: [
      { find: /^fazhi$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^fazhi\/render$/, replacement: fileURLToPath(new URL("./src/render/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Sized for a loaded 2-core machine: the slowest test (a README example run in a
    // subprocess) takes about 4 s alone and several times that when the machine is busy.
    // No test asserts a time; these limits only stop a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Dates are strings in the model; run in a far-off zone so that any accidental `Date` use shows.
    env: { TZ: "America/Los_Angeles" },
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/index.ts", "src/catalog/divisionTable.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
    },
  },
});
