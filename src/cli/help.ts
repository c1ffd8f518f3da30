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
  extract <files or folders…>   读取数据 figures and metadata as JSON, NDJSON, CSV or Parquet
  validate <files…>             检查问题 check the documents; exit code 1 when any error
  report <files or folders…>    汇总报告 summary, HTML/Markdown/CSV report
  disclosure <files or folders…>  政府信息公开年度报告 tables and checks of 政府信息公开 reports

  fazhi <command> --help        每个命令的说明和示例 help and examples of a command
  fazhi --version               版本 version

示例 Examples:
  fazhi report reports/ --html fazhi-report.html
  fazhi extract reports/ --format csv --out figures.csv
  fazhi extract reports/ --format parquet --table observations --out observations.parquet
  fazhi validate 2021.txt 2022.html --locale en
`,
  extract: `fazhi extract <files or folders…> [--format json|ndjson|csv|parquet] [--table figures|observations] [--out FILE] [--text]

读取每个文件（.txt、.html、.htm；文件夹读其中的这些文件），输出解析结果。
Reads each file (.txt, .html, .htm; a folder's files of these kinds) and writes what was read.

  --format json     一个 JSON 数组，每个文件一项 (default) one JSON array, a document each
  --format ndjson   每行一个文件的 JSON one document per line
  --format csv      每行一个数据，UTF-8 带 BOM，Excel/WPS 可直接打开 a figure per row, for Excel and WPS
  --format parquet  Parquet 文件（精确 DECIMAL(38,6)），供 DuckDB、Spark、Polars 使用；需要 --out
                    a Parquet file (exact DECIMAL(38,6)) for DuckDB, Spark and Polars; needs --out
  --table figures   Parquet/CSV 的数据表：每个数据一行 (default) the dataset: a row per figure found
  --table observations  每个观测值一行，含机关、区划代码、限定与上下限 a row per observation, with
                    its agency, division codes, qualifier and bounds (columns: docs/export.md)
  --out FILE        写入文件而不是标准输出 write to FILE instead of stdout
  --text            JSON 中包含全文 include each document's text in JSON

示例 Examples:
  fazhi extract reports/ --format csv --out figures.csv
  fazhi extract reports/ --format parquet --table observations --out observations.parquet
  fazhi extract reports/ --format csv --table observations --out observations.csv
  fazhi extract 2021年报告.txt | jq '.[0].quantities[] | [.indicator, .value, .unit]'
`,
  validate: `fazhi validate <files…> [--locale zh|en] [--format text|json]

检查每个文件（日期、比率与分子分母、重复数据……），列出问题及其行：列和原文。
有错误时退出码为 1，否则为 0。
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

读取、检查、汇总，打印简要结果，并按需写出报告：
Reads, checks and aggregates the documents, prints a short summary, and writes:

  --html FILE       单文件 HTML 报告（图表、表格，离线可看、可打印） one self-contained HTML file
  --md FILE         Markdown 报告 a Markdown report
  --csv FILE        各指标年度合计 CSV（UTF-8 带 BOM） totals per indicator and year
  --json FILE       完整报告 JSON the whole report as JSON
  --numbers wan     数字写作“121万元” numbers as 121万元 (default grouped: 1,210,000 元)

示例 Examples:
  fazhi report reports/ --html fazhi-report.html
  fazhi report a.txt b.html --md report.md --csv totals.csv --numbers wan
`,
  disclosure: `fazhi disclosure <files or folders…> [--format text|json|csv|parquet] [--compare] [--locale zh|en] [--out FILE]

读取政府信息公开工作年度报告，列出每份报告的机关、年度、模板、表二至表四（空白单元格保持空白，不作 0）
和检查结果（勾稽关系、合计、正文与表格……）。有错误时退出码为 1，否则为 0。
Reads 政府信息公开工作年度报告 and prints per report its agency, year, template, tables 二–四
(blank cells stay blank, never 0) and the findings. Exit code 1 when any error is found, 0 otherwise.

  --format text     每份报告的表格和检查结果 (default) tables and findings per report
  --format json     报告 JSON（SCHEMA.md 格式）及其检查结果 the reports as JSON with their findings
  --format csv      每行一个单元格：文件、机关、年度、路径、数值，UTF-8 带 BOM a cell per row, for Excel and WPS
  --format parquet  disclosureCells 数据集（精确 DECIMAL(38,6)），供 DuckDB、Spark、Polars 使用；需要 --out
                    the disclosureCells dataset of docs/export.md as Parquet; needs --out
  --compare         同一机关相邻两年的跨年度检查（结转、现行有效）及各报告的比率（实质公开率……）
                    cross-year checks of one agency's consecutive years, and the rates of the reports
  --locale zh|en    消息语言 (default zh) language of the labels and messages
  --out FILE        写入文件而不是标准输出 write to FILE instead of stdout

示例 Examples:
  fazhi disclosure 2023年报.txt 2024年报.html --compare
  fazhi disclosure reports/ --format csv --out cells.csv
  fazhi disclosure reports/ --format parquet --out cells.parquet
  fazhi disclosure reports/ --format json --locale en | jq '.reports[].findings'
`,
} as const;
