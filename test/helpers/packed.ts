// The package as users get it: `npm pack` of this repository unpacked into node_modules/fazhi of
// a temporary consumer project, whose other dependencies (zod, date-fns, decimal.js) link to ours.
// `npm test` builds dist/ before vitest runs; run `npm run build` first when calling vitest alone.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The repository root. */
export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Whether dist/ has been built. */
export const built = existsSync(join(root, "dist/index.js")) && existsSync(join(root, "dist/index.cjs"));

/** Packs the package into a fresh consumer project and returns the project's directory. */
export function packIntoConsumer(): string {
  const project = mkdtempSync(join(tmpdir(), "fazhi-consumer-"));
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const [packed] = JSON.parse(
    execFileSync(npm, ["pack", "--json", "--pack-destination", project], { cwd: root, encoding: "utf8" }),
  ) as { filename: string }[];
  const target = join(project, "node_modules/fazhi");
  mkdirSync(target, { recursive: true });
  execFileSync("tar", ["-xzf", join(project, packed?.filename ?? ""), "-C", target, "--strip-components=1"]);
  for (const name of readdirSync(join(root, "node_modules"))) {
    if (name === "fazhi" || name.startsWith(".")) continue;
    symlinkSync(join(root, "node_modules", name), join(project, "node_modules", name), "junction");
  }
  return project;
}

/** A bundle of `code` as an application's bundler makes it: esbuild, minified, ESM, for the browser. */
export interface BundleSize {
  /** Bytes minified. */
  readonly minified: number;
  /** Bytes minified and gzipped. */
  readonly gzipped: number;
  /** The files that contributed bytes, relative to the consumer project. */
  readonly inputs: readonly string[];
}

/** Bundles `code` (an ES module) in the consumer `project`, with `external` packages left out. */
export async function bundleSize(project: string, code: string, external: readonly string[] = []): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir: project, loader: "js" },
    absWorkingDir: project,
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    charset: "utf8",
    metafile: true,
    outfile: "bundle.js",
    external: [...external],
    logLevel: "silent",
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.entries(result.metafile.outputs["bundle.js"]?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { minified: output.length, gzipped: gzipSync(output).length, inputs };
}
