/** Characters that make a spreadsheet treat a text cell as a formula (OWASP CSV injection guidance). */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A month and year on their own ("October 2023", "Oct. 2023"): Excel and LibreOffice Calc in an English locale
 * read such a cell as the date of the month's first day and show "10/01/23", a day the article never gave.
 * (Measured in Calc: "2023 October", "October 2023 (month)" and Chinese "2023年10月" stay text.)
 */
const MONTH_YEAR =
  /^(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?)\.?,? \d{4}$/i;

/**
 * Makes a text cell read in a spreadsheet exactly as what it says. A cell beginning with a formula trigger gets
 * a leading single quote, so Excel, LibreOffice and Google Sheets never run it. A month-year gets " (month)",
 * which names its precision in words and keeps spreadsheets from inventing a day for it. Only text columns pass
 * through here: numeric columns stay numbers, so -3.5 is still a number and not a neutralized string.
 */
export function neutralizeCell(text: string): string {
  if (text.length > 0 && TRIGGERS.has(text[0] ?? '')) return `'${text}`;
  return MONTH_YEAR.test(text) ? `${text} (month)` : text;
}
