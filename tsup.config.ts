import { join } from "node:path";
import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * htmlparser2's tokenizer, without the rest of htmlparser2. Its package exports only its index,
 * which also brings its DOM handler, domutils, dom-serializer and a second copy of `entities`
 * (with the encoding tables): 30 KB (gzipped) more in every bundle that reads HTML, which no
 * bundler can shake off. So the build bundles the tokenizer's own module (and the decoder of
 * `entities` it uses) into fazhi's chunk; htmlparser2 is a build-time dependency only. Their
 * licences are in THIRD_PARTY_NOTICES.md.
 */
const htmlTokenizerOnly: Plugin = {
  name: "htmlparser2-tokenizer-only",
  setup(build) {
    const tokenizer = join(process.cwd(), "node_modules/htmlparser2/dist/esm/Tokenizer.js");
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: tokenizer, namespace: "htmlparser2-tokenizer" }));
    build.onLoad({ filter: /.*/, namespace: "htmlparser2-tokenizer" }, () => ({
      contents: `export { default as Tokenizer } from ${JSON.stringify(tokenizer)};`,
      resolveDir: process.cwd(),
      loader: "js",
    }));
  },
};

/** One entry per stage plus the root, with shared chunks, so that importing one stage does not drag in the others. */
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "model/index": "src/model/index.ts",
    "catalog/index": "src/catalog/index.ts",
    "parse/index": "src/parse/index.ts",
    // Not in package.json's exports: an entry only so that numbers get a chunk of their own, and an
    // import of parseChineseNumber alone does not keep the module-level tables of every reader.
    "parse/chineseNumber": "src/parse/chineseNumber.ts",
    "validate/index": "src/validate/index.ts",
    "aggregate/index": "src/aggregate/index.ts",
    // The testing kit: its own entry, the only one that imports fast-check (an optional peer).
    "testing/index": "src/testing/index.ts",
    "render/index": "src/render/index.ts",
    // Node.js only (files, worker threads): an entry of its own, so that no other entry pulls node:worker_threads.
    "node/index": "src/node/index.ts",
    // The worker thread's script: parseReports starts it by its path, next to the entry (dist/node/parseWorker.{js,cjs}).
    "node/parseWorker": "src/node/parseWorker.ts",
    // The Parquet writer: its own entry, the only one that loads hyparquet-writer.
    "parquet/index": "src/parquet/index.ts",
    "cli/fazhi": "src/cli/fazhi.ts",
  },
  // import.meta.url in the CJS build (parseReports finds its worker script by it).
  shims: true,
  // d3-scale and its d3 dependencies, hyparquet-writer and hyparquet are ESM only: bundled into the render and
  // parquet chunks so that the CJS build loads on every Node 20 (require() of ESM needs 20.19); htmlparser2's
  // tokenizer and entities' decoder are bundled into the parse chunk (htmlTokenizerOnly).
  noExternal: [/^d3-/, "internmap", "htmlparser2", /^entities/, "hyparquet-writer", "hyparquet"],
  esbuildPlugins: [htmlTokenizerOnly],
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
