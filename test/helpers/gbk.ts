// A GB18030 encoder for tests, made from the platform's decoder (Node has no GBK
// TextEncoder): every two-byte GBK sequence is decoded once and the table inverted; other
// characters of the BMP take four bytes, found by a binary search over the four-byte
// pointers, whose code points rise with them.

let table: Map<string, readonly [number, number]> | null = null;

function gbkTable(): Map<string, readonly [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder("gb18030", { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
      } catch {
        // not a GBK sequence
      }
    }
  }
  return table;
}

function pointerBytes(pointer: number): number[] {
  return [
    Math.floor(pointer / 12600) + 0x81,
    (Math.floor(pointer / 1260) % 10) + 0x30,
    (Math.floor(pointer / 10) % 126) + 0x81,
    (pointer % 10) + 0x30,
  ];
}

/** The four GB18030 bytes of a BMP character that GBK cannot write. */
function fourBytes(ch: string): number[] {
  const code = ch.charCodeAt(0);
  const decoder = new TextDecoder("gb18030");
  let low = 0;
  let high = 39419;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const bytes = pointerBytes(middle);
    const found = decoder.decode(new Uint8Array(bytes)).charCodeAt(0);
    if (found === code) return bytes;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  throw new Error(`GB18030 test encoder cannot write ${JSON.stringify(ch)}`);
}

/** The GB18030 bytes of a text (GBK's two bytes for the characters GBK has). */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = codes.get(ch);
    if (pair) bytes.push(pair[0], pair[1]);
    else bytes.push(...fourBytes(ch));
  }
  return new Uint8Array(bytes);
}
