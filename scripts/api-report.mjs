// The API report: every name each entry of the package exports, with its signature, one file
// per entry in api/. `npm run api` writes the files; test/api.test.ts regenerates them and fails
// when they differ from the checked-in ones, so that a change to the public surface is always a
// visible diff. It reads the source through the TypeScript compiler API.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = fileURLToPath(new URL("../", import.meta.url));

/** The entries of package.json, by import path, with their source file. */
export const entries = {
  fazhi: "src/index.ts",
  "fazhi/model": "src/model/index.ts",
  "fazhi/catalog": "src/catalog/index.ts",
  "fazhi/parse": "src/parse/index.ts",
  "fazhi/validate": "src/validate/index.ts",
  "fazhi/aggregate": "src/aggregate/index.ts",
  "fazhi/render": "src/render/index.ts",
  "fazhi/testing": "src/testing/index.ts",
  "fazhi/node": "src/node/index.ts",
  "fazhi/parquet": "src/parquet/index.ts",
};

/** Where an entry's report goes, relative to the repository. */
export const reportPath = (entry) => `api/${entry.replace("/", "-")}.api.md`;

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const oneLine = (text) => text.replace(/\s*\n\s*/g, " ").replace(/\s+/g, " ").trim();

/** The lines of one exported name: one per declaration (a zod schema and its inferred type are two). */
function describe(checker, name, symbol) {
  const lines = [];
  for (const declaration of symbol.declarations ?? []) {
    const source = declaration.getSourceFile();
    if (ts.isFunctionDeclaration(declaration)) {
      if (declaration.body && (symbol.declarations?.length ?? 0) > 1) continue; // an overloaded function: its overloads only
      // As written in the source (type names, not their expansions), without the body.
      const header = ts.factory.updateFunctionDeclaration(
        declaration,
        declaration.modifiers?.filter((modifier) => modifier.kind !== ts.SyntaxKind.ExportKeyword),
        declaration.asteriskToken,
        ts.factory.createIdentifier(name),
        declaration.typeParameters,
        declaration.parameters,
        declaration.type,
        undefined,
      );
      lines.push(oneLine(printer.printNode(ts.EmitHint.Unspecified, header, source)));
    } else if (ts.isVariableDeclaration(declaration)) {
      const type = declaration.type
        ? oneLine(printer.printNode(ts.EmitHint.Unspecified, declaration.type, source))
        : checker.typeToString(checker.getTypeAtLocation(declaration.name), undefined, ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope);
      lines.push(`const ${name}: ${type};`);
    } else if (ts.isTypeAliasDeclaration(declaration) || ts.isInterfaceDeclaration(declaration) || ts.isEnumDeclaration(declaration)) {
      const printed = oneLine(printer.printNode(ts.EmitHint.Unspecified, declaration, source)).replace(/^export /, "");
      const renamed = declaration.name.text === name ? printed : printed.replace(/^(type|interface|enum) \w+/, `$1 ${name}`);
      lines.push(renamed);
    } else if (ts.isClassDeclaration(declaration)) {
      lines.push(`class ${name}`);
    } else {
      // A declaration from a package (decimal.js's Decimal): named by where it comes from.
      const from = source.fileName.includes("/node_modules/") ? source.fileName.replace(/.*\/node_modules\//, "").replace(/\/.*$/, "") : "";
      lines.push(`${ts.SyntaxKind[declaration.kind]} ${name}${from ? ` (from ${from})` : ""}`);
    }
  }
  return lines;
}

/** Whether a symbol's TSDoc marks it `@internal`. */
const isInternal = (checker, symbol) => symbol.getJsDocTags(checker).some((tag) => tag.name === "internal");

/**
 * Reads every entry: its report text (keyed by path in the repository) and the exported names
 * whose TSDoc says `@internal` (which no entry may export).
 */
export function apiReport() {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(
    Object.values(entries).map((file) => resolve(root, file)),
    { ...parsed?.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const reports = {};
  const internal = [];
  for (const [entry, file] of Object.entries(entries)) {
    const source = program.getSourceFile(resolve(root, file));
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file}: no module`);
    const exported = checker.getExportsOfModule(module).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const lines = [];
    for (const symbol of exported) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (isInternal(checker, target)) internal.push(`${entry}: ${symbol.name}`);
      lines.push(...describe(checker, symbol.name, target));
    }
    reports[reportPath(entry)] = [
      `# ${entry}`,
      "",
      `The ${exported.length} names that \`${entry}\` exports (${file}), with their signatures.`,
      "Generated by `npm run api` (scripts/api-report.mjs): do not edit. test/api.test.ts fails when",
      "this file differs from the source, so that every change to the public API shows in a diff.",
      "",
      "```ts",
      ...lines,
      "```",
      "",
    ].join("\n");
  }
  return { reports, internal };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { reports, internal } = apiReport();
  for (const [path, text] of Object.entries(reports)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  console.log(`wrote ${Object.keys(reports).join(", ")}`);
  if (internal.length > 0) {
    console.error(`@internal names exported: ${internal.join(", ")}`);
    process.exit(1);
  }
}
