import type { Issue } from "../model/issue.js";
import {
  bilingualMessage,
  encodingDeclaredMismatchMessage,
  encodingGuessedMessage,
  encodingLossyMessage,
  encodingUnknownLabelMessage,
} from "../model/parseMessages.js";

/**
 * Options of `decodeText`.
 *
 * @example
 * ```ts
 * const options: DecodeTextOptions = { encoding: "gbk" }; // from an HTTP header: Content-Type: text/html; charset=gbk
 * ```
 */
export interface DecodeTextOptions {
  /**
   * The encoding declared outside the bytes, such as the `charset` of an HTTP
   * `Content-Type` header: any label `TextDecoder` knows (`gbk`, `gb2312`,
   * `utf-8` …). A byte order mark still wins over it, as in browsers.
   */
  readonly encoding?: string;
  /**
   * Whether reading undeclared bytes as UTF-8 because they are valid UTF-8 is
   * reported (`encoding.guessed`, severity `info`); default `true`. `false`
   * where UTF-8 is what the bytes are expected in (a text file on disk, read
   * by the command line): every other guess, a mismatch and a lossy reading
   * are still reported.
   */
  readonly reportUtf8Guess?: boolean;
}

/**
 * What `decodeText` gives: the text, the encoding it was decoded with (the
 * WHATWG name: `utf-8`, `utf-16le`, `utf-16be`, `gb18030`, …), and issues
 * when that encoding was guessed or characters could not be decoded.
 *
 * @example
 * ```ts
 * const decoded: DecodedText = { text: "报告", encoding: "utf-8", issues: [] };
 * ```
 */
export interface DecodedText {
  /** The decoded text, without a byte order mark. */
  readonly text: string;
  /** The WHATWG name of the encoding the bytes were decoded with. */
  readonly encoding: string;
  /** `encoding.guessed`, `encoding.declaredMismatch`, `encoding.unknownLabel`, `encoding.lossy`. */
  readonly issues: readonly Issue[];
}

type Source = "bom" | "option" | "meta";

/** The GB family: every label decodes with the GB18030 decoder, which reads GB2312 and GBK bytes too. */
const gbFamily = /* @__PURE__ */ (() => new Set(["gbk", "gb18030"]))();

/** How many bytes at the start of a page are searched for a charset declaration. */
const declarationWindow = 4096;

/** The messages of the issues this reader raises, by code. */
const messages = {
  "encoding.declaredMismatch": encodingDeclaredMismatchMessage,
  "encoding.guessed": encodingGuessedMessage,
  "encoding.lossy": encodingLossyMessage,
  "encoding.unknownLabel": encodingUnknownLabelMessage,
} as const;

function issue(code: keyof typeof messages, severity: Issue["severity"], params: Issue["params"]): Issue {
  return { code, severity, path: ["encoding"], message: bilingualMessage(messages[code], params), params };
}

/** The WHATWG name of an encoding label, or `null` when `TextDecoder` does not know it. */
function encodingName(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return gbFamily.has(name) ? "gb18030" : name;
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: "utf-8", length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * The charset an HTML or XML page declares in its first bytes:
 * `<meta charset="gbk">`, `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`
 * or `<?xml version="1.0" encoding="GBK"?>`. The window is read as Latin-1, so
 * every byte is one character and the ASCII of the declaration reads as written.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const window = bytes.subarray(0, declarationWindow);
  // Both declarations start with a "<": bytes without one in the window (a text file) declare nothing,
  // and are not decoded a second time to find that out (the Latin-1 reading takes as long as the text's).
  if (window.indexOf(0x3c) < 0) return null;
  const head = new TextDecoder("latin1").decode(window);
  // Bounded window, and each quantifier stops at a character the next part cannot start with.
  const meta = /<meta\b[^>]{0,1000}?\bcharset\s{0,20}=\s{0,20}["']?\s{0,20}([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /^\s{0,100}<\?xml\b[^>]{0,200}?\bencoding\s{0,20}=\s{0,20}["']([A-Za-z0-9_.:-]{1,40})["']/i.exec(head);
  return xml?.[1] ?? null;
}

/** Whether the bytes are all ASCII (then every candidate encoding reads them the same). */
function isAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return false;
  return true;
}

/**
 * UTF-16 without a byte order mark, from its zero bytes: text that is mostly
 * ASCII has a zero in every other byte, and UTF-8 and GB18030 text has none.
 * Looks at the first 4 KiB only.
 */
function utf16ByZeros(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, declarationWindow) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) return "utf-16le";
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) return "utf-16be";
  return null;
}

/** Decodes strictly: the text, or `null` when the bytes are not valid in the encoding. */
function strict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lenient(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * @internal The `encoding.lossy` issue of a text holding U+FFFD, the mark of bytes a
 * decoder could not read: how many and where the first is. `encoding` is the one the
 * bytes were decoded with, `null` when the text came decoded (a string read as UTF-8
 * from a GBK file is full of them).
 */
export function lossIssue(text: string, encoding: string | null): Issue | null {
  const first = text.indexOf("\ufffd");
  if (first < 0) return null;
  const count = replacements(text);
  const cause =
    encoding === null
      ? {
          causeZh: "可能是按错误的编码读取的；请传入文件的原始字节",
          causeEn: "it was probably decoded with the wrong encoding; pass the file's bytes instead",
        }
      : { causeZh: `按${encoding}解码时这些字节无法识别`, causeEn: `these bytes could not be decoded as ${encoding}` };
  return { ...issue("encoding.lossy", "warning", { encoding, count, first, position: first + 1, ...cause }), span: { start: first, end: first + 1 } };
}

/**
 * Decodes a file's bytes into text, as a report reaches a reader: UTF-8 with
 * or without a byte order mark, UTF-16LE/BE with a byte order mark (or, for
 * ASCII-heavy text, recognised by its zero bytes), GB18030/GBK/GB2312, or any
 * encoding `TextDecoder` knows when the page or the caller declares it.
 *
 * The encoding is chosen, in order, by a byte order mark, by `options.encoding`
 * (an HTTP charset), by a `<meta charset>` / `http-equiv` / XML declaration in
 * the first 4 KiB of a page, and otherwise by the bytes: strict UTF-8 when they
 * are valid UTF-8, else GB18030. Every guess is reported (`encoding.guessed`,
 * `info` for UTF-8, `warning` for GB18030), as is a declaration the bytes
 * contradict (`encoding.declaredMismatch`: a page declaring `gb2312` whose
 * bytes are valid UTF-8 is read as UTF-8) and every character that could not
 * be decoded (`encoding.lossy`, with the count and the span of the first
 * U+FFFD), so that a wrong reading is never silent. Never throws on any bytes.
 * Linear in their length.
 *
 * @throws TypeError when `bytes` is not a `Uint8Array` (a Node.js `Buffer` is one).
 *
 * @example
 * ```ts
 * // 报告 in GBK
 * decodeText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])).text; //=> "报告"
 * decodeText(new Uint8Array([0xb1, 0xa8, 0xb8, 0xe6])).issues[0]?.code; //=> "encoding.guessed"
 * decodeText(new TextEncoder().encode("\ufeff报告")); //=> { text: "报告", encoding: "utf-8", issues: [] }
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) throw new TypeError("decodeText expects a Uint8Array (or a Buffer)");
  const bom = bomOf(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    return finish(strict(body, bom.encoding), body, bom.encoding, []);
  }
  const issues: Issue[] = [];
  let declared: { label: string; source: Source } | null = null;
  if (options.encoding !== undefined) declared = { label: options.encoding, source: "option" };
  else {
    const meta = declaredCharset(bytes);
    if (meta !== null) declared = { label: meta, source: "meta" };
  }
  if (declared) {
    const label = encodingName(declared.label);
    // A page that declares UTF-16 in a meta tag readable as ASCII is not UTF-16 (the HTML standard reads it as UTF-8).
    const name = declared.source === "meta" && label?.startsWith("utf-16") ? "utf-8" : label;
    if (name === null) {
      issues.push(
        issue(
          "encoding.unknownLabel",
          "warning",
          { label: declared.label, source: declared.source },
        ),
      );
    } else {
      return decodeDeclared(bytes, name, declared, issues);
    }
  }
  const utf16 = utf16ByZeros(bytes);
  if (utf16 !== null) return finish(strict(bytes, utf16), bytes, utf16, [...issues, guessed(utf16, "warning")]);
  if (isAscii(bytes)) return { text: lenient(bytes, "utf-8"), encoding: "utf-8", issues };
  const utf8 = strict(bytes, "utf-8");
  if (utf8 !== null) return { text: utf8, encoding: "utf-8", issues: options.reportUtf8Guess === false ? issues : [...issues, guessed("utf-8", "info")] };
  const gb = strict(bytes, "gb18030");
  if (gb !== null) return { text: gb, encoding: "gb18030", issues: [...issues, guessed("gb18030", "warning")] };
  // Valid in neither: the reading that loses fewer characters, with what it lost.
  const asUtf8 = lenient(bytes, "utf-8");
  const asGb = lenient(bytes, "gb18030");
  const encoding = replacements(asGb) < replacements(asUtf8) ? "gb18030" : "utf-8";
  const text = encoding === "utf-8" ? asUtf8 : asGb;
  const loss = lossIssue(text, encoding);
  return { text, encoding, issues: [...issues, guessed(encoding, "warning"), ...(loss ? [loss] : [])] };
}

function replacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\ufffd"); at >= 0; at = text.indexOf("\ufffd", at + 1)) count++;
  return count;
}

function guessed(encoding: string, severity: Issue["severity"]): Issue {
  return issue(
    "encoding.guessed",
    severity,
    { encoding },
  );
}

/**
 * Bytes with a declared encoding. A declaration the bytes contradict is common on
 * Chinese sites (a template's `gb2312` on a page served as UTF-8): valid UTF-8 with
 * non-ASCII bytes under a non-UTF-8 declaration is read as UTF-8 (GB18030 would read
 * it without error but wrongly), and bytes that are not valid in a declared UTF-8
 * are read as GB18030 when they are valid there.
 */
function decodeDeclared(bytes: Uint8Array, name: string, declared: { label: string; source: Source }, issues: Issue[]): DecodedText {
  const mismatch = (actual: string): Issue =>
    issue(
      "encoding.declaredMismatch",
      "warning",
      { declared: declared.label, source: declared.source, encoding: actual },
    );
  if (name !== "utf-8" && !name.startsWith("utf-16") && !isAscii(bytes)) {
    const utf8 = strict(bytes, "utf-8");
    if (utf8 !== null) return { text: utf8, encoding: "utf-8", issues: [...issues, mismatch("utf-8")] };
  }
  const text = strict(bytes, name);
  if (text === null && name === "utf-8") {
    const gb = strict(bytes, "gb18030");
    if (gb !== null) return { text: gb, encoding: "gb18030", issues: [...issues, mismatch("gb18030")] };
  }
  return finish(text, bytes, name, issues);
}

function finish(text: string | null, bytes: Uint8Array, encoding: string, issues: Issue[]): DecodedText {
  if (text !== null) return { text, encoding, issues };
  const lossy = lenient(bytes, encoding);
  const loss = lossIssue(lossy, encoding);
  return { text: lossy, encoding, issues: loss ? [...issues, loss] : issues };
}
