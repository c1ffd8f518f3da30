const blockTags = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|pre|hr|title)\b[^>]*>/gi;
const cellTags = /<\/?(?:td|th)\b[^>]*>/gi;
const named: Readonly<Record<string, string>> = {
  nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘",
  rsquo: "’", middot: "·", mdash: "—", ndash: "–", hellip: "…", ensp: " ", emsp: "\u3000", times: "×",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (entity, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return named[body.toLowerCase()] ?? entity;
  });
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
 * The text of an HTML page: scripts, styles and comments dropped, block
 * elements (`p`, `div`, `br`, `li`, `tr`, headings …) turned into line breaks,
 * table cells separated by ` | `, other tags removed, entities decoded
 * (`&nbsp;`, `&ldquo;`, `&#25253;`), and runs of blank lines folded.
 *
 * @example
 * ```ts
 * htmlToText("<p>罚款121&nbsp;万元</p><p>&ldquo;双随机&rdquo;</p>"); //=> "罚款121\u00a0万元\n\n“双随机”"
 * ```
 */
export function htmlToText(html: string): string {
  const text = withoutHidden(html)
    .replace(blockTags, "\n")
    .replace(cellTags, " | ")
    .replace(/<[^>]{0,2000}>/g, "");
  return decodeEntities(text)
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Drops comments and script, style, noscript and template elements, in one pass (an unclosed one runs to the end). */
function withoutHidden(html: string): string {
  const lower = html.toLowerCase();
  const element = /<(script|style|noscript|template)\b/g;
  let out = "";
  let at = 0;
  let comment = -2;
  let open: RegExpExecArray | null | undefined;
  for (;;) {
    // Each search resumes where the last one stopped, so the whole pass stays linear.
    if (comment !== -1 && comment < at) comment = lower.indexOf("<!--", at);
    if (open !== null && (open === undefined || open.index < at)) {
      element.lastIndex = at;
      open = element.exec(lower);
    }
    const elementAt = open ? open.index : -1;
    if (comment < 0 && elementAt < 0) return out + html.slice(at);
    const isComment = comment >= 0 && (elementAt < 0 || comment < elementAt);
    const next = isComment ? comment : elementAt;
    out += html.slice(at, next);
    if (isComment) {
      const end = lower.indexOf("-->", next + 4);
      if (end < 0) return out;
      at = end + 3;
    } else {
      const end = lower.indexOf(`</${open?.[1] ?? ""}`, next + 1);
      const closeEnd = end < 0 ? -1 : lower.indexOf(">", end);
      if (closeEnd < 0) return out;
      at = closeEnd + 1;
    }
  }
}
