// What each module of a bundle costs, minified and gzipped: the breakdown behind the budgets of
// test/bundleSize.test.ts. Bundles `code` (by default the whole root entry) from the sources with
// the build's own esbuild plugins (tsup.config.ts), minified as test/helpers/packed.ts does, and
// gives each module the growth of the gzipped output when its code is appended to the code of the
// modules before it (so the shares add up to the whole; a module that repeats earlier text costs
// less than it would alone). The shares are measured on the output minified without its
// whitespace removed (where esbuild marks each module with its path) and scaled to the minified
// bundle's size, so they are estimates to a few per cent; the total is exact for the sources (the
// packed package that the test bundles differs by a few hundred bytes).
//
//   npx tsx scripts/bundle-breakdown.ts                         the root, zod left out
//   npx tsx scripts/bundle-breakdown.ts --by=folder             summed by folder and package
//   npx tsx scripts/bundle-breakdown.ts --code='import { parseReport } from "./src/index.ts"; console.log(parseReport);'
//   npx tsx scripts/bundle-breakdown.ts --external=             zod bundled too
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type BuildOptions, build } from "esbuild";
import config from "../tsup.config.js";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The build's esbuild plugins (htmlparser2's tokenizer alone), so that the bundle is the one users get. */
const plugins = typeof config === "function" ? [] : ((Array.isArray(config) ? config[0] : config)?.esbuildPlugins ?? []);

/** What a bundle costs, module by module. */
export interface Breakdown {
  /** Bytes of the bundle minified. */
  readonly minified: number;
  /** Bytes of the bundle minified and gzipped. */
  readonly gzipped: number;
  /** Each module's (or folder's) share of `gzipped`, in bytes, largest first. */
  readonly shares: readonly (readonly [string, number])[];
}

/** A module's folder (`src/parse`) or its package (`htmlparser2`, `entities`). */
function folderOf(module: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:.*?node_modules\/((?:@[^/]+\/)?[^/]+)\/)?/.exec(module);
  if (inPackage) return inPackage[2] ?? inPackage[1] ?? module;
  return module.includes("/") ? module.slice(0, module.lastIndexOf("/")) : module;
}

/**
 * Bundles `code` (an ES module importing from `./src/…`, resolved from the repository root) as
 * test/helpers/packed.ts does, with `external` packages left out, and shares its gzipped size out
 * among its modules, or among their folders and packages when `byFolder`.
 */
export async function bundleBreakdown(code: string, external: readonly string[] = [], byFolder = false): Promise<Breakdown> {
  if (plugins.length === 0) throw new Error("tsup.config.ts gave no esbuild plugins: the bundle would not be the package's");
  const common: BuildOptions = {
    stdin: { contents: code, resolveDir: root, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    outfile: "bundle.js",
    external: [...external],
    logLevel: "silent",
    plugins,
  };
  const minified = (await build({ ...common, minify: true })).outputFiles?.[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(minified).length;
  const marked = (await build({ ...common, minifySyntax: true, minifyIdentifiers: true })).outputFiles?.[0]?.text ?? "";
  // The output cut where esbuild marks a module (`// src/parse/agency.ts`).
  const sections: { module: string; text: string }[] = [{ module: "(runtime helpers)", text: "" }];
  for (const line of marked.split("\n")) {
    const mark = /^\/\/ (\S+)$/.exec(line);
    if (mark?.[1] !== undefined) sections.push({ module: mark[1], text: "" });
    else {
      const section = sections.at(-1);
      if (section) section.text += `${line}\n`;
    }
  }
  let text = "";
  let before = 0;
  const shares = new Map<string, number>();
  for (const section of sections) {
    text += section.text;
    const after = gzipSync(text).length;
    const key = byFolder ? folderOf(section.module) : section.module.replace(/^.*node_modules\//, "");
    shares.set(key, (shares.get(key) ?? 0) + after - before);
    before = after;
  }
  const scale = before === 0 ? 0 : gzipped / before;
  return {
    minified: minified.length,
    gzipped,
    shares: [...shares].map(([module, share]) => [module, Math.round(share * scale)] as const).sort((a, b) => b[1] - a[1]),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name: string, fallback: string): string =>
    process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const external = option("external", "zod").split(",").filter((name) => name !== "");
  const { minified, gzipped, shares } = await bundleBreakdown(
    option("code", 'import * as fazhi from "./src/index.ts";\nconsole.log(fazhi);'),
    external,
    option("by", "module") === "folder",
  );
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1).padStart(6)} KB`;
  const lines = [`${kb(gzipped)}  minified and gzipped (${kb(minified).trim()} minified)${external.length > 0 ? `, ${external.join(", ")} left out` : ""}`];
  for (const [module, share] of shares) if (share >= 51) lines.push(`${kb(share)}  ${module}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}
