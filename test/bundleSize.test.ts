// What fazhi costs in an application's bundle: esbuild, minified and gzipped, from the packed
// package (npm pack), as an application's bundler sees it. The budgets are in the README
// ("Size"). Byte counts do not depend on the machine; the build only has to have run.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BundleSize, built, bundleSize, packIntoConsumer, root } from "./helpers/packed.js";

const KB = 1024;
const only = (name: string, from = "fazhi") => `import { ${name} } from "${from}";\nconsole.log(${name});`;
const everything = 'import * as fazhi from "fazhi";\nconsole.log(fazhi);';

/** The subpath entries of package.json that are stages of the pipeline (not `fazhi/testing`). */
const exportsMap = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, unknown> }).exports;
const stages = Object.keys(exportsMap)
  .filter((path) => path !== "." && path !== "./package.json" && path !== "./testing")
  .map((path) => path.slice(2));

describe.runIf(built)("the size of fazhi in a bundle (minified + gzip)", () => {
  let project = "";
  const size = (code: string, external: readonly string[] = []): Promise<BundleSize> => bundleSize(project, code, external);

  beforeAll(() => {
    project = packIntoConsumer();
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it("only isCreditCode: at most 2 KB, and neither zod nor decimal.js", async () => {
    const bundle = await size(only("isCreditCode"));
    expect(bundle.gzipped).toBeLessThanOrEqual(2 * KB);
    expect(bundle.inputs.filter((input) => /node_modules\/(?!fazhi\/)/.test(input))).toEqual([]);
  });

  it("only parseChineseNumber: at most 2 KB of fazhi's own code, 15 KB with decimal.js (13 KB alone)", async () => {
    expect((await size(only("parseChineseNumber"), ["decimal.js"])).gzipped).toBeLessThanOrEqual(2 * KB);
    const bundle = await size(only("parseChineseNumber"));
    expect(bundle.gzipped).toBeLessThanOrEqual(15 * KB);
    expect(bundle.inputs.some((input) => input.includes("node_modules/zod/"))).toBe(false);
  });

  it("only aggregate: at most 24 KB, without zod", async () => {
    const bundle = await size(only("aggregate"));
    expect(bundle.gzipped).toBeLessThanOrEqual(24 * KB);
    expect(bundle.inputs.some((input) => input.includes("node_modules/zod/"))).toBe(false);
  });

  it("only validate: at most 90 KB (it checks schemas, so zod comes with it)", async () => {
    expect((await size(only("validate"))).gzipped).toBeLessThanOrEqual(90 * KB);
  });

  it("the whole root entry: at most 90 KB besides zod (a peer the application already bundles), 110 KB with it", async () => {
    expect((await size(everything, ["zod"])).gzipped).toBeLessThanOrEqual(90 * KB);
    expect((await size(everything)).gzipped).toBeLessThanOrEqual(110 * KB);
  });

  // Importing a stage's exports through the root costs exactly what importing them through the
  // stage's own entry costs: the root brings nothing else along (no other stage, and later no
  // render/ or command line, whose entries this test covers as soon as package.json lists them).
  for (const stage of stages) {
    it(`fazhi/${stage} through the root costs what it costs alone`, async () => {
      const names = Object.keys((await import(join(root, "dist", stage, "index.js"))) as object);
      expect(names.length).toBeGreaterThan(0);
      const code = (from: string) => `import { ${names.join(", ")} } from "${from}";\nconsole.log(${names.join(", ")});`;
      const alone = await size(code(`fazhi/${stage}`));
      const throughRoot = await size(code("fazhi"));
      expect(throughRoot.minified).toBe(alone.minified);
    });
  }
});
