// Published pages write `，：；（）！？` where the corpus (folded to ASCII) writes `,:;()!?`: the tests
// read each case in both forms.

/** The full-width form of each ASCII mark. */
export const fullWidthOf: Readonly<Record<string, string>> = { ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？" };

/** Published pages' punctuation: every ASCII mark made full-width, except commas and colons between digits (1,210, 10:30). */
export const toFullWidth = (text: string): string =>
  text.replace(/[,:;()!?]/g, (ch, at: number) =>
    (ch === "," || ch === ":") && /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "") ? ch : (fullWidthOf[ch] ?? ch),
  );
