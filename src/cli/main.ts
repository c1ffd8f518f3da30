import { parseArgs } from "node:util";
import { UsageError, extractCommand, reportCommand, validateCommand } from "./commands.js";
import { disclosureCommand } from "./disclosureCommand.js";
import { helpTexts } from "./help.js";
import type { CliIo } from "./io.js";

const commonOptions = { help: { type: "boolean", short: "h" } } as const;

const commandOptions = {
  extract: { ...commonOptions, format: { type: "string", short: "f" }, out: { type: "string", short: "o" }, text: { type: "boolean" }, table: { type: "string" } },
  validate: { ...commonOptions, locale: { type: "string", short: "l" }, format: { type: "string", short: "f" } },
  report: { ...commonOptions, html: { type: "string" }, md: { type: "string" }, csv: { type: "string" }, json: { type: "string" }, numbers: { type: "string" } },
  disclosure: { ...commonOptions, format: { type: "string", short: "f" }, compare: { type: "boolean" }, locale: { type: "string", short: "l" }, out: { type: "string", short: "o" } },
} as const;

/**
 * The `fazhi` command line: parses `argv` (without `node` and the script)
 * with Node's `util.parseArgs`, runs the command and returns its exit code: 0
 * done, 1 errors found by `validate`, 2 bad usage or nothing readable. User
 * errors are one line on stderr, never a stack trace.
 *
 * @example
 * ```ts
 * const code = runCli(["validate", "examples/reports", "--locale", "en"], io, "0.1.0"); //=> 1 (one document has an error)
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(helpTexts.main);
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v") {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (command !== "extract" && command !== "validate" && command !== "report" && command !== "disclosure") {
    io.stderr.write(`fazhi: 未知的命令 unknown command: ${command} — fazhi --help\n`);
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: commandOptions[command], allowPositionals: true, strict: true });
    if (values.help === true) {
      io.stdout.write(helpTexts[command]);
      return 0;
    }
    if (positionals.length === 0) throw new UsageError(`缺少文件或文件夹 no files or folders given — fazhi ${command} --help`);
    if (command === "extract") return extractCommand(positionals, values as { format?: string; out?: string; text?: boolean; table?: string }, io);
    if (command === "validate") return validateCommand(positionals, values as { locale?: string; format?: string }, io);
    if (command === "disclosure") return disclosureCommand(positionals, values as { format?: string; compare?: boolean; locale?: string; out?: string }, io);
    return reportCommand(positionals, values as { html?: string; md?: string; csv?: string; json?: string; numbers?: string }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`fazhi ${command}: ${error.message.split("\n")[0]}\n`);
      return 2;
    }
    if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr.write(`fazhi ${command}: ${optionMessage(String(error.code), error.message)} — fazhi ${command} --help\n`);
      return 2;
    }
    if (error instanceof Error && "code" in error && typeof error.code === "string" && /^E[A-Z]+$/.test(error.code)) {
      // A file system error (EACCES writing --out, ENOSPC …): one line, no stack.
      io.stderr.write(`fazhi ${command}: ${fileErrorMessage(error as NodeJS.ErrnoException)}\n`);
      return 2;
    }
    throw error;
  }
}

/**
 * A mistake in the options (what `util.parseArgs` throws), in Chinese and English: the option it
 * names, read from Node's English message; that message's first line when it names none.
 */
function optionMessage(code: string, message: string): string {
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (option === undefined) return message.split("\n")[0] ?? message;
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `未知的选项 unknown option: ${option}`;
  if (/argument missing/.test(message)) return `选项缺少值 option needs a value: ${option}`;
  if (/does not take an argument/.test(message)) return `选项不带值 option takes no value: ${option}`;
  return `选项的值无效 invalid value of option: ${option}`;
}

/** What the file system said, in Chinese and English: the path, and why it cannot be written or read. */
const fileErrorReasons: Readonly<Record<string, readonly [string, string]>> = {
  ENOENT: ["文件夹或文件不存在", "no such folder or file"],
  ENOTDIR: ["路径中有一项不是文件夹", "a part of the path is not a folder"],
  EISDIR: ["这是一个文件夹", "it is a folder"],
  EACCES: ["没有权限", "permission denied"],
  EPERM: ["没有权限", "permission denied"],
  EROFS: ["文件系统只读", "read-only file system"],
  ENOSPC: ["磁盘已满", "no space left on the device"],
};

function fileErrorMessage(error: NodeJS.ErrnoException): string {
  const reason = fileErrorReasons[error.code ?? ""];
  if (error.path === undefined || reason === undefined) return error.message;
  const writing = error.syscall === "open" || error.syscall === "write" || error.syscall === "rename";
  return `${writing ? "无法写入" : "无法读取"} ${error.path}：${reason[0]} ${writing ? "cannot write" : "cannot read"} ${error.path}: ${reason[1]} (${error.code})`;
}
