/** Characters that make a spreadsheet treat a text cell as a formula (OWASP CSV injection guidance). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * Makes a text cell inert in Excel, LibreOffice and Google Sheets by prefixing a single quote when it begins
 * with a formula trigger. Only text columns pass through here: numeric columns stay numbers, so -3.5 is
 * still a number and not a neutralized string.
 */
export function neutralizeCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0] ?? '') ? `'${text}` : text;
}
