import { defineConfig } from "tsup";

/** One entry per stage plus the root, with shared chunks, so that importing one stage does not drag in the others. */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "model/index": "src/model/index.ts",
    "catalog/index": "src/catalog/index.ts",
    "parse/index": "src/parse/index.ts",
    "validate/index": "src/validate/index.ts",
    "aggregate/index": "src/aggregate/index.ts",
    // The testing kit: its own entry, the only one that imports fast-check (an optional peer).
    "testing/index": "src/testing/index.ts",
    "render/index": "src/render/index.ts",
    // The Parquet writer: its own entry, the only one that loads hyparquet-writer.
    "parquet/index": "src/parquet/index.ts",
    "cli/fazhi": "src/cli/fazhi.ts",
  },
  // d3-scale and its d3 dependencies, hyparquet-writer and hyparquet are ESM only: bundled into the
  // render and parquet chunks so that the CJS build loads on every Node 20 (require() of ESM needs 20.19).
  noExternal: [/^d3-/, "internmap", "hyparquet-writer", "hyparquet"],
  format: ["esm", "cjs"],
  splitting: true,
  dts: true,
  // No source maps in the package: they were half its size, and the output is readable
  // (not minified, one chunk per stage, names kept) so stack traces point somewhere useful.
  sourcemap: false,
  clean: true,
  target: "node20",
  treeshake: true,
  // Chinese text (the division table, the lexicon) stays UTF-8 instead of \uXXXX escapes, which doubled it.
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
