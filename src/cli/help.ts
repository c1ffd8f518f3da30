/**
 * The help texts of the command line, per command, with examples.
 *
 * @example
 * ```ts
 * helpTexts.extract.includes("--format"); //=> true
 * ```
 */
export const helpTexts = {
  main: `fazhi — 法治政府建设年度报告与工作要点 → 数据 (typed data from rule-of-law government reports)

用法 Usage: fazhi <command> [options]

命令 Commands:
  extract <files or folders…>   读取数据 figures and metadata as JSON, NDJSON or CSV
  validate <files…>             检查问题 check the documents; exit code 1 when any error
  report <files or folders…>    汇总报告 summary, HTML/Markdown/CSV report

  fazhi <command> --help        每个命令的说明和示例 help and examples of a command
  fazhi --version               版本 version

示例 Examples:
  fazhi report reports/ --html fazhi-report.html
  fazhi extract reports/ --format csv --out figures.csv
  fazhi validate 2021.txt 2022.html --locale en
`,
  extract: `fazhi extract <files or folders…> [--format json|ndjson|csv] [--out FILE] [--text]

读取每个文件(.txt、.html、.htm;文件夹读其中的这些文件),输出解析结果。
Reads each file (.txt, .html, .htm; a folder's files of these kinds) and writes what was read.

  --format json     一个 JSON 数组,每个文件一项 (default) one JSON array, a document each
  --format ndjson   每行一个文件的 JSON one document per line
  --format csv      每行一个数据,UTF-8 带 BOM,Excel/WPS 可直接打开 a figure per row, for Excel and WPS
  --out FILE        写入文件而不是标准输出 write to FILE instead of stdout
  --text            JSON 中包含全文 include each document's text in JSON

示例 Examples:
  fazhi extract reports/ --format csv --out figures.csv
  fazhi extract 2021年报告.txt | jq '.[0].quantities[] | [.indicator, .value, .unit]'
`,
  validate: `fazhi validate <files…> [--locale zh|en] [--format text|json]

检查每个文件(日期、比率与分子分母、重复数据……),列出问题及其行:列和原文。
有错误时退出码为 1,否则为 0。
Checks each file and lists its issues with line:column and the quoted text.
Exit code 1 when any error is found, 0 otherwise.

  --locale zh|en    消息语言 (default zh) language of the messages
  --format text     每行一个问题 (default) one issue a line
  --format json     按文件分组的 JSON issues grouped by document, as JSON

示例 Examples:
  fazhi validate reports/
  fazhi validate 2021.txt --locale en --format json > issues.json
`,
  report: `fazhi report <files or folders…> [--html FILE] [--md FILE] [--csv FILE] [--json FILE] [--numbers grouped|wan]

读取、检查、汇总,打印简要结果,并按需写出报告:
Reads, checks and aggregates the documents, prints a short summary, and writes:

  --html FILE       单文件 HTML 报告(图表、表格,离线可看、可打印) one self-contained HTML file
  --md FILE         Markdown 报告 a Markdown report
  --csv FILE        各指标年度合计 CSV (UTF-8 带 BOM) totals per indicator and year
  --json FILE       完整报告 JSON the whole report as JSON
  --numbers wan     数字写作“121万元” numbers as 121万元 (default grouped: 1,210,000 元)

示例 Examples:
  fazhi report reports/ --html fazhi-report.html
  fazhi report a.txt b.html --md report.md --csv totals.csv --numbers wan
`,
} as const;
