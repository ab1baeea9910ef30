/**
 * The text of a PDF written with `compress: false`, for tests: each text-showing operation (pdfkit
 * writes `[<hex> kerning <hex> …] TJ`) decoded from Windows-1252, one line each. Not a PDF parser:
 * it reads what our own builder writes, so tests can say what a reader would and would not see.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const [, array] of source.matchAll(/\[((?:<[0-9a-f]*>|\s|-?[\d.]+)*)\]\s*TJ/gi)) {
    const hex = [...(array ?? '').matchAll(/<([0-9a-f]*)>/gi)].map(([, part]) => part).join('');
    lines.push([...Buffer.from(hex, 'hex')].map(windows1252).join(''));
  }
  return lines.join('\n');
}

/** Windows-1252 differs from Latin-1 only in 0x80–0x9f (the euro sign, curly quotes, dashes, …). */
const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const windows1252 = (byte: number) =>
  byte >= 0x80 && byte <= 0x9f ? high[byte - 0x80]! : String.fromCharCode(byte);
