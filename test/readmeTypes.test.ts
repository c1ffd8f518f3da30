// README example 1 (a report read in code) compiles as a user's strict TypeScript would,
// with exactOptionalPropertyTypes: `parseReport` gives a `ParsedReport`, whose `text` and
// `issues` are required, so `formatIssues(issues, { text: doc.text })` needs no `?? ""`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));

/** Type errors of `code`, compiled as a module of the repository ("fazhi" is the source) under tsconfig.json. */
function typeErrors(code: string): string[] {
  const dir = mkdtempSync(join(root, "test", ".types-"));
  try {
    const file = join(dir, "example.ts");
    writeFileSync(file, code);
    const parsed = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const options = { ...parsed?.options, noEmit: true, exactOptionalPropertyTypes: true, strict: true };
    const program = ts.createProgram([file], options);
    return ts
      .getPreEmitDiagnostics(program, program.getSourceFile(file))
      .map((d) => `${d.start ?? 0}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("README example 1", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const example = /## Example[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

  it("compiles under exactOptionalPropertyTypes", () => {
    expect(example).toContain("formatIssues(issues, { locale: \"zh\", text: doc.text })");
    expect(typeErrors(example)).toEqual([]);
  });

  it("would not compile if parseReport's text were optional (the check can fail)", () => {
    const optional = example.replace('import { formatIssues, parseReport, validate } from "fazhi";', 'import { formatIssues, type ParsedDocument, parseReport as read, validate } from "fazhi";\nconst parseReport = (input: Uint8Array): ParsedDocument => read(input);');
    expect(optional).not.toBe(example);
    expect(typeErrors(optional).join("\n")).toMatch(/exactOptionalPropertyTypes|not assignable/);
  });
});
