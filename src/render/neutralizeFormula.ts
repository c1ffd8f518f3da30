/**
 * A text cell made safe for spreadsheets: a cell that begins with `=`, `+`,
 * `-`, `@`, a tab or a carriage return would be read by Excel, WPS or
 * LibreOffice as a formula (CSV injection, OWASP), so it gets a leading `'`.
 * Only for text: numbers are written as numbers and never pass through here.
 *
 * @example
 * ```ts
 * neutralizeFormula("=HYPERLINK(\"http://x\")"); //=> "'=HYPERLINK(\"http://x\")"
 * neutralizeFormula("罚款121万元"); //=> "罚款121万元"
 * ```
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
