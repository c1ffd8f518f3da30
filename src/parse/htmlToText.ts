import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";
import { isWideCode as isWide } from "./displayWidth.js";

/**
 * HTML to text on htmlparser2's tokenizer: a state machine that reads each
 * character once, knows raw-text elements (`script`, `style`) and decodes the
 * full HTML5 entity table (through `entities`). Its `Parser` is not used: it
 * keeps open elements in an array it shifts and searches, which is quadratic
 * on deeply nested or unclosed markup. What elements mean here needs no tree:
 * counters for hidden and preformatted elements, and a stack of open tables
 * bounded in depth.
 */

/** Elements whose content is not text a reader sees. */
const hiddenElements = /* @__PURE__ */ (() => new Set(["script", "style", "noscript", "template"]))();

/** Elements that begin and end a line. Table parts are handled on their own. */
const blockElements = /* @__PURE__ */ (() => new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
  "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
  "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary",
  "title", "ul",
]))();

/** Tables nested deeper than this are read as plain blocks, so that no text is copied more than this many times. */
const maxTableDepth = 8;

/** A cell longer than this that spans lines is page layout rather than data: its row is read as blocks. */
const layoutCellLength = 200;

/**
 * Text written as a browser lays it out: runs of HTML white space collapse to
 * one space, a line break in the source between two full-width characters
 * disappears (CSS Text: Chinese has no spaces between words), block elements
 * and `<br>` start lines, and at most one blank line stands between blocks.
 */
class TextWriter {
  private readonly parts: string[] = [];
  /** The last character written on the current line, 0 at the start of one. */
  private last = 0;
  /** 1: a space is due before the next word; 2: a space that held a line break. */
  private space = 0;
  /** Line breaks due before the next word. */
  private breaks = 0;
  private written = false;
  /** Whether a rendered table was written into this one (a cell holding a table is layout). */
  hasTable = false;
  /** As a table's cell: the columns (`colspan`) and the rows (`rowspan`) it spans. */
  across = 1;
  down = 1;

  /** Text from a text node; `pre` keeps its white space as written. */
  text(data: string, pre: boolean): void {
    if (pre) {
      if (data !== "") this.word(data.replace(/\r\n?/g, "\n"));
      return;
    }
    const whitespace = /[\t\n\f\r ]+/g;
    let at = 0;
    for (let match = whitespace.exec(data); match !== null; match = whitespace.exec(data)) {
      if (match.index > at) this.word(data.slice(at, match.index));
      this.space = Math.max(this.space, /[\n\r]/.test(match[0]) ? 2 : 1);
      at = match.index + match[0].length;
    }
    if (at < data.length) this.word(data.slice(at));
  }

  /** A finished piece of text (a rendered table) as a block of its own. */
  block(text: string): void {
    this.blockBreak();
    if (text !== "") {
      this.word(text);
      this.blockBreak();
    }
  }

  /** The end or start of a block element. */
  blockBreak(): void {
    if (this.written) this.breaks = Math.max(this.breaks, 1);
    this.space = 0;
  }

  /** A `<br>`. */
  lineBreak(): void {
    if (this.written) this.breaks++;
    this.space = 0;
  }

  private word(word: string): void {
    if (this.breaks > 0) {
      this.parts.push(this.breaks > 1 ? "\n\n" : "\n");
      this.last = 0;
    } else if (this.space > 0 && this.last !== 0) {
      const joined = this.space === 2 && isWide(this.last) && isWide(word.charCodeAt(0));
      if (!joined) this.parts.push(" ");
    }
    this.parts.push(word);
    this.last = word.charCodeAt(word.length - 1);
    this.breaks = 0;
    this.space = 0;
    this.written = true;
  }

  /** The text, each line trimmed, no blank lines at either end. */
  finish(): string {
    return this.parts
      .join("")
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }
}

/** One open table: finished lines, the open row's cells, the open cell, and text outside any cell. */
interface OpenTable {
  readonly lines: string[];
  /** For each column, how many rows below the open one a cell above still spans (`rowspan`). */
  readonly below: number[];
  cells: TextWriter[] | null;
  cell: TextWriter | null;
  loose: TextWriter;
}

/** A cell's lines on one line: dropped between full-width characters, a space elsewhere. */
function oneLine(cell: string): string {
  return cell.replace(/\n+/g, (_, at: number) =>
    isWide(cell.charCodeAt(at - 1)) && isWide(cell.charCodeAt(at + 1)) ? "" : " ",
  );
}

/**
 * A row as one line, `| 行政许可 | 550 |`: cells kept apart, blank cells kept blank
 * (`|  | 2 |`), as web pages' tables are usually quoted; a row of one cell is its text.
 * A row that holds a table or long multi-line content is page layout: its cells' lines.
 */
function renderRow(cells: readonly TextWriter[], below: number[]): string | null {
  if (cells.length === 0) return null;
  const texts = cells.map((cell) => cell.finish());
  const layout = cells.some((cell, i) => cell.hasTable || ((texts[i] ?? "").includes("\n") && (texts[i] ?? "").length > layoutCellLength));
  const placed = placeCells(cells, texts, below);
  if (texts.every((text) => text === "")) return null;
  if (layout) return texts.filter((text) => text !== "").join("\n");
  // A row of one cell (a section's row across the table) is its text.
  return texts.length === 1 && placed.length === Math.min(cells[0]?.across ?? 1, maxSpan) ? (texts[0] ?? "") : `| ${placed.map(oneLine).join(" | ")} |`;
}

/** The most columns and rows a cell is taken to span: a page's `colspan="1000"` writes no thousand blank cells. */
const maxSpan = 32;
/** The most columns a table's spans are followed in. */
const maxSpannedColumns = 256;

/**
 * The texts of a row's cells in their columns, as the page draws them: a blank cell under each
 * cell of a row above that spans this one (`rowspan`), and after a cell a blank one for each
 * further column it spans (`colspan`); `below` keeps, for each column, the rows still spanned.
 */
function placeCells(cells: readonly TextWriter[], texts: readonly string[], below: number[]): string[] {
  const placed: string[] = [];
  let column = 0;
  const spanned = () => {
    while (column < below.length && (below[column] ?? 0) > 0) {
      below[column] = (below[column] ?? 1) - 1;
      placed.push("");
      column++;
    }
  };
  cells.forEach((cell, i) => {
    spanned();
    const down = Math.min(cell.down, maxSpan);
    const across = Math.min(cell.across, maxSpan);
    for (let k = 0; k < across; k++) {
      if (column < maxSpannedColumns) below[column] = down - 1;
      placed.push(k === 0 ? (texts[i] ?? "") : "");
      column++;
    }
  });
  // Cells spanning down into the row past its last cell: blank cells up to the last of them.
  let last = below.length - 1;
  while (last >= column && (below[last] ?? 0) === 0) last--;
  for (; column <= last; column++) {
    if ((below[column] ?? 0) > 0) below[column] = (below[column] ?? 1) - 1;
    placed.push("");
  }
  return placed;
}

/** Reads the tokens of one page into text. */
class HtmlReader implements TokenizerCallbacks {
  private readonly document = new TextWriter();
  private readonly tables: OpenTable[] = [];
  /** Tables opened beyond `maxTableDepth`, read as blocks. */
  private deepTables = 0;
  private hidden = 0;
  private pre = 0;
  private tagName = "";

  constructor(private readonly html: string) {}

  text(): string {
    while (this.tables.length > 0) this.closeTable();
    return this.document.finish();
  }

  private get table(): OpenTable | undefined {
    return this.deepTables > 0 ? undefined : this.tables[this.tables.length - 1];
  }

  private get writer(): TextWriter {
    const table = this.tables[this.tables.length - 1];
    return table ? (table.cell ?? table.loose) : this.document;
  }

  ontext(start: number, end: number): void {
    if (this.hidden === 0) this.writer.text(this.html.slice(start, end), this.pre > 0);
  }

  ontextentity(codePoint: number): void {
    if (this.hidden === 0) this.writer.text(String.fromCodePoint(codePoint), this.pre > 0);
  }

  onopentagname(start: number, end: number): void {
    this.tagName = this.html.slice(start, end).toLowerCase();
    this.spans = { across: 1, down: 1 };
  }

  onopentagend(): void {
    this.open(this.tagName);
  }

  onselfclosingtag(): void {
    this.open(this.tagName);
  }

  onclosetag(start: number, end: number): void {
    this.close(this.html.slice(start, end).toLowerCase());
  }

  private open(name: string): void {
    if (hiddenElements.has(name)) {
      this.hidden++;
      return;
    }
    if (this.hidden > 0) return;
    switch (name) {
      case "br":
        this.writer.lineBreak();
        return;
      case "table":
        if (this.deepTables > 0 || this.tables.length >= maxTableDepth) {
          this.deepTables++;
          this.writer.blockBreak();
        } else {
          this.writer.blockBreak();
          this.tables.push({ lines: [], below: [], cells: null, cell: null, loose: new TextWriter() });
        }
        return;
      case "tr":
        if (this.table) this.startRow(this.table);
        else this.writer.blockBreak();
        return;
      case "td":
      case "th": {
        const table = this.table;
        if (!table) {
          this.writer.text(" ", false);
          return;
        }
        if (table.cells === null) this.startRow(table);
        this.closeCell(table);
        table.cell = new TextWriter();
        table.cell.across = this.spans.across;
        table.cell.down = this.spans.down;
        return;
      }
      default:
        if (name === "pre") this.pre++;
        if (blockElements.has(name)) this.writer.blockBreak();
    }
  }

  private close(name: string): void {
    if (hiddenElements.has(name)) {
      if (this.hidden > 0) this.hidden--;
      return;
    }
    if (this.hidden > 0) return;
    switch (name) {
      case "br":
        this.writer.lineBreak();
        return;
      case "table":
        if (this.deepTables > 0) {
          this.deepTables--;
          this.writer.blockBreak();
        } else if (this.tables.length > 0) this.closeTable();
        return;
      case "tr":
        if (this.table) this.closeRow(this.table);
        else this.writer.blockBreak();
        return;
      case "td":
      case "th":
        if (this.table) this.closeCell(this.table);
        return;
      default:
        if (name === "pre" && this.pre > 0) this.pre--;
        if (blockElements.has(name)) this.writer.blockBreak();
    }
  }

  private startRow(table: OpenTable): void {
    this.closeRow(table);
    const loose = table.loose.finish();
    if (loose !== "") table.lines.push(loose);
    table.loose = new TextWriter();
    table.cells = [];
  }

  private closeCell(table: OpenTable): void {
    if (table.cell !== null) table.cells?.push(table.cell);
    table.cell = null;
  }

  private closeRow(table: OpenTable): void {
    this.closeCell(table);
    const row = table.cells === null ? null : renderRow(table.cells, table.below);
    if (row !== null) table.lines.push(row);
    table.cells = null;
  }

  private closeTable(): void {
    const table = this.tables.pop();
    if (!table) return;
    this.closeRow(table);
    const loose = table.loose.finish();
    if (loose !== "") table.lines.push(loose);
    const parent = this.writer;
    parent.hasTable = true;
    parent.block(table.lines.join("\n"));
  }

  /** The spans the open tag's attributes give (a cell's `colspan`, `rowspan`), and the attribute being read. */
  private spans = { across: 1, down: 1 };
  private attribute = "";
  private value = "";

  onattribdata(start: number, end: number): void {
    if (this.attribute !== "" && this.value.length < 8) this.value += this.html.slice(start, Math.min(end, start + 8));
  }
  onattribentity(): void {}
  onattribend(): void {
    const span = /^\s*(\d{1,4})/.exec(this.value);
    const count = span ? Math.max(1, Number(span[1])) : 1;
    if (this.attribute === "colspan") this.spans.across = count;
    else if (this.attribute === "rowspan") this.spans.down = count;
    this.attribute = "";
    this.value = "";
  }
  onattribname(start: number, end: number): void {
    const name = this.html.slice(start, end).toLowerCase();
    this.attribute = name === "colspan" || name === "rowspan" ? name : "";
    this.value = "";
  }
  oncdata(): void {}
  oncomment(): void {}
  ondeclaration(): void {}
  onend(): void {}
  onprocessinginstruction(): void {}
}

/**
 * Whether a text looks like an HTML page rather than plain text.
 *
 * @example
 * ```ts
 * looksLikeHtml("<html><body><p>报告</p></body></html>"); //=> true
 * looksLikeHtml("一、主要举措和成效"); //=> false
 * ```
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text) && /<(?:html|body|p|div|br|table|span)\b/i.test(text.slice(0, 5000));
}

/**
 * The text of an HTML page, as a reader sees it: scripts, styles, `noscript`,
 * `template` and comments dropped (an unclosed one runs to the end); white
 * space collapsed as a browser does (a source line break between two Chinese
 * characters disappears); block elements (`p`, `div`, `li`, headings …) and
 * `<br>` turned into line breaks, with at most one blank line in a row; every
 * named and numeric entity of HTML5 decoded (`&nbsp;` stays a no-break space,
 * U+00A0). A table comes out one line per row (`<tr>`) with its cells kept
 * apart by ` | ` and blank cells kept blank, each cell in its column as the page
 * draws it: a blank cell for each further column a cell spans (`colspan`) and
 * under a cell of a row above that spans this one (`rowspan`), spans followed
 * up to 32 columns or rows; a row of one cell, or holding a
 * nested table or long multi-line content (a table used for page layout), comes
 * out as its cells' lines. Nested tables are rendered inside their cell. Linear
 * in the page's length (htmlparser2's tokenizer); never throws on a string.
 *
 * @example
 * ```ts
 * htmlToText("<p>罚款121&nbsp;万元</p><p>&ldquo;双随机&rdquo;,收费&yen;5</p>"); //=> "罚款121\u00a0万元\n“双随机”,收费¥5"
 * htmlToText("<table><tr><th>项目</th><th>数量</th></tr><tr><td>行政许可</td><td>550</td></tr></table>");
 * //=> "| 项目 | 数量 |\n| 行政许可 | 550 |"
 * ```
 */
export function htmlToText(html: string): string {
  const reader = new HtmlReader(html);
  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, reader);
  tokenizer.write(html);
  tokenizer.end();
  return reader.text();
}
