// zod is a peer dependency: vitest runs the model, validation and parse tests twice, once with
// the zod of devDependencies and once with the lowest version of the peer range (project "zod 4.3.0").
import { readFileSync } from "node:fs";
import * as z from "zod";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  peerDependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe("the zod these tests run with", () => {
  it("is the version the project was configured for", () => {
    const { major, minor, patch } = z.core.version;
    const expected = process.env["FAZHI_ZOD"] ?? pkg.devDependencies["zod"];
    expect(`${major}.${minor}.${patch}`).toBe(expected);
  });

  it("is the lowest version of the peer range in the lowest-version project", () => {
    expect(pkg.peerDependencies["zod"]).toBe(`^${pkg.devDependencies["zod-lowest"]?.replace("npm:zod@", "")}`);
  });
});
