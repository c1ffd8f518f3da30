// helpTexts: the help of the command line, each command's options described and shown in its examples.
import { describe, expect, it } from "vitest";
import { helpTexts } from "../../src/cli/help.js";

const commands = ["extract", "validate", "report", "disclosure"] as const;

/** The options of a usage line with their choices: `[--format json|csv]` → ["--format", ["json", "csv"]]. */
function usageOptions(usage: string): Map<string, string[]> {
  return new Map([...usage.matchAll(/\[(--[a-z]+)(?: ([A-Za-z|]+))?\]/g)].map((m) => [m[1] ?? "", m[2] === undefined || m[2] === "FILE" ? [] : m[2].split("|")]));
}

describe("helpTexts", () => {
  it("has a text for the command line and for each command, and nothing else", () => {
    expect(Object.keys(helpTexts).sort()).toEqual(["disclosure", "extract", "main", "report", "validate"]);
  });

  it("lists every command in the main text, with --help and --version, in Chinese and English", () => {
    const main = helpTexts.main;
    expect(main.split("\n")[0]).toBe("fazhi — 法治政府建设年度报告与工作要点 → 数据 (typed data from rule-of-law government reports)");
    for (const command of commands) expect(main, command).toMatch(new RegExp(`\\n  ${command} <files`));
    expect(main).toContain("  fazhi <command> --help");
    expect(main).toContain("  fazhi --version");
    const examples = main.slice(main.indexOf("示例 Examples:")).split("\n").slice(1).filter((l) => l !== "");
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const line of examples) expect(commands.some((c) => line.startsWith(`  fazhi ${c} `)), line).toBe(true);
  });

  for (const command of commands) {
    it(`${command}: a usage line, each of its options described with its choices, examples of the command`, () => {
      const text = helpTexts[command];
      const [usage = "", ...body] = text.split("\n");
      expect(usage.startsWith(`fazhi ${command} <files`)).toBe(true);
      const options = usageOptions(usage);
      expect(options.size).toBeGreaterThan(0);
      const described = new Set(body.flatMap((line) => /^ {2}(--[a-z]+)/.exec(line)?.[1] ?? []));
      expect([...described].sort(), "the options described are those of the usage line").toEqual([...options.keys()].sort());
      const rest = body.join("\n");
      for (const [option, choices] of options) for (const choice of choices) expect(rest, `${option} ${choice}`).toContain(choice);
      const examples = rest.slice(rest.indexOf("示例 Examples:")).split("\n").slice(1).filter((l) => l !== "");
      expect(rest).toContain("示例 Examples:");
      expect(examples.length).toBeGreaterThanOrEqual(2);
      for (const line of examples) {
        expect(line.startsWith(`  fazhi ${command} `), line).toBe(true);
        for (const [option] of line.matchAll(/--[a-z]+/g)) expect(options.has(option), `${line}: ${option}`).toBe(true);
      }
      expect(text.endsWith("\n")).toBe(true);
    });
  }
});
