// The check that Chinese text uses full-width punctuation, for the tests of the message tables.

/** Chinese characters and the full-width marks of Chinese text (“”《》、。 and the full-width forms). */
const cjk = "\\p{Script=Han}“”‘’《》〈〉、。\\u3000-\\u303f\\uff00-\\uffef";

/** An ASCII `,` `:` `;` `(` `)` right before or after a Chinese character: Chinese text takes `，：；（）`. */
export const asciiPunctuationInChinese = new RegExp(`[${cjk}][,:;()]|[,:;()][${cjk}]`, "u");
