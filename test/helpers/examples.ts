// The `@example` blocks of the TSDoc comments in src/, turned into code that runs and asserts each
// `expression; //=> value` line (date-fns style). A value may end with `…`: an object or array
// with `…` lists only some of its members (the rest are not checked), a string ending in `…` is a
// prefix. A note in parentheses after the value is not part of it. Decimal values compare by
// their decimal string with a number or string shown.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { transformSync } from "esbuild";

/** One `@example` block. */
export interface Example {
  /** The source file, relative to src/. */
  readonly file: string;
  /** The name of the documented export. */
  readonly name: string;
  /** Line of the block in the file (1-based). */
  readonly line: number;
  /** The code, TypeScript, as written. */
  readonly code: string;
}

function sources(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return name.endsWith(".ts") ? [path] : [];
    });
}

/** Every `@example` of an exported, non-internal declaration under `srcDir`. */
export function examplesIn(srcDir: string): Example[] {
  const found: Example[] = [];
  for (const path of sources(srcDir)) {
    const text = readFileSync(path, "utf8");
    for (const match of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export (?:declare )?(?:const|function|type|interface|class) (\w+)/g)) {
      const comment = match[1] ?? "";
      if (/@internal/.test(comment)) continue;
      const lines = comment.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
      const at = text.slice(0, match.index).split("\n").length;
      let inExample = false;
      let block: string[] | null = null;
      lines.forEach((line, i) => {
        if (/^@example/.test(line)) inExample = true;
        else if (/^@\w/.test(line)) inExample = false;
        if (!inExample) return;
        if (block === null && /^```(?:ts|typescript)\s*$/.test(line)) block = [];
        else if (block !== null && /^```\s*$/.test(line)) {
          found.push({ file: relative(srcDir, path), name: match[2] ?? "", line: at + i, code: block.join("\n") });
          block = null;
        } else if (block !== null) block.push(line);
      });
    }
  }
  return found;
}

/** A marker for `…` in an expected value. */
export const more: unique symbol = Symbol("…");

/** The expected value written after `//=>`, as a value (with `more` markers), or the text itself if it does not read. */
export function expectedValue(written: string): unknown {
  const attempt = (source: string): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: new Function("__more__", `return (${outsideStrings(source, "…", "__more__")});`)(more) };
    } catch {
      return { ok: false };
    }
  };
  const whole = attempt(written.trim());
  if (whole.ok) return whole.value;
  const noted = /^(.*?)\s+\([^()]*\)\s*$/.exec(written.trim());
  if (noted) {
    const value = attempt(noted[1] ?? "");
    if (value.ok) return value.value;
  }
  throw new Error(`cannot read the expected value ${written}`);
}

/** `text` with `from` replaced by `to` where it is not inside a "…" string literal. */
function outsideStrings(text: string, from: string, to: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quoted && char === "\\") {
      out += char + (text[i + 1] ?? "");
      i++;
    } else if (char === '"') {
      quoted = !quoted;
      out += char;
    } else out += !quoted && char === from ? to : char;
  }
  return out;
}

const isDecimal = (value: unknown): value is { toString(): string } =>
  typeof value === "object" && value !== null && "d" in value && "e" in value && "s" in value && typeof (value as { toFixed?: unknown }).toFixed === "function";

/** Where `actual` differs from `expected` (empty when it matches), as paths with what was found. */
export function mismatches(actual: unknown, expected: unknown, path = "value"): string[] {
  if (isDecimal(actual) && (typeof expected === "number" || typeof expected === "string")) {
    return actual.toString() === String(expected) ? [] : [`${path}: ${actual.toString()} is not ${String(expected)}`];
  }
  if (typeof expected === "string" && expected.endsWith("…") && typeof actual === "string") {
    return actual.startsWith(expected.slice(0, -1)) ? [] : [`${path}: ${JSON.stringify(actual)} does not start with ${JSON.stringify(expected.slice(0, -1))}`];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: ${show(actual)} is not an array`];
    const open = expected[expected.length - 1] === more;
    const items = open ? expected.slice(0, -1) : expected;
    const problems = open || actual.length === items.length ? [] : [`${path}: ${actual.length} items, not ${items.length}`];
    return [...problems, ...items.flatMap((item, i) => mismatches(actual[i], item, `${path}[${i}]`))];
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null) return [`${path}: ${show(actual)} is not an object`];
    const entries = Object.entries(expected).filter(([key]) => key !== "__more__");
    const open = "__more__" in expected;
    const extra = open ? [] : Object.keys(actual).filter((key) => !(key in expected) && (actual as Record<string, unknown>)[key] !== undefined);
    return [
      ...extra.map((key) => `${path}.${key}: not shown in the example`),
      ...entries.flatMap(([key, value]) => mismatches((actual as Record<string, unknown>)[key], value, `${path}.${key}`)),
    ];
  }
  return Object.is(actual, expected) ? [] : [`${path}: ${show(actual)} is not ${show(expected)}`];
}

function show(value: unknown): string {
  if (isDecimal(value)) return `Decimal(${value.toString()})`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The example as the body of an async function: imports become `await import` (of the module
 * `"fazhi"` gives `fazhi`), and each `expression; //=> value` becomes a call of `check`.
 */
export function runnable(code: string): string {
  const lines = code.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const standalone = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (standalone) {
      // The value of the statement just before, which may span several lines.
      let start = out.length - 1;
      while (start > 0 && !/;\s*$/.test(out[start - 1] ?? "") && (out[start - 1] ?? "").trim() !== "") start--;
      const expression = out.splice(start).join("\n").replace(/;\s*$/, "");
      out.push(`__check(${expression}, ${JSON.stringify(standalone[1])}, ${i + 1});`);
      continue;
    }
    const inline = /^(\s*)(.*?);\s*\/\/=>\s?(.*)$/.exec(line);
    if (inline) {
      const [, indent, expression, expected] = inline;
      // `if (condition) expression; //=> value` checks the expression when the condition holds.
      const guarded = /^(if\s*\((?:[^()]|\([^()]*\))*\)\s*)(.*)$/.exec(expression ?? "");
      if (guarded) {
        out.push(`${indent}${guarded[1]}__check(${guarded[2]}, ${JSON.stringify(expected)}, ${i + 1});`);
        continue;
      }
      const declared = /^(?:const|let)\s+(\w+)\s*(?::[^=]+)?=\s*(.*)$/.exec(expression ?? "");
      if (declared) out.push(`${indent}${expression};`, `${indent}__check(${declared[1]}, ${JSON.stringify(expected)}, ${i + 1});`);
      else out.push(`${indent}__check(${expression}, ${JSON.stringify(expected)}, ${i + 1});`);
      continue;
    }
    out.push(line);
  }
  const body = out
    .join("\n")
    .replace(/^import\s+type\s+[^;]+;\s*$/gm, "")
    .replace(/^import\s+(\w+)\s+from\s+"([^"]+)";\s*$/gm, (_all, name: string, from: string) => `const ${name} = (await __import(${JSON.stringify(from)})).default;`)
    .replace(/^import\s+\{([^}]*)\}\s+from\s+"([^"]+)";\s*$/gm, (_all, names: string, from: string) => {
      const list = names
        .split(",")
        .map((name) => name.trim().replace(/^type\s+\w+$/, ""))
        .filter((name) => name !== "")
        .map((name) => name.replace(/\s+as\s+/, ": "));
      return `const { ${list.join(", ")} } = ${from === "fazhi" ? "__fazhi" : `await __import(${JSON.stringify(from)})`};`;
    });
  // In a block of its own, so that the example may declare names that are also in scope.
  return transformSync(`{\n${body}\n}`, { loader: "ts", format: "esm", target: "es2022" }).code;
}
