import PDFDocument from 'pdfkit';

/**
 * A small document builder over pdfkit (decision in docs/ARCHITECTURE.md): A4, the built-in
 * Helvetica (no font files to ship; it covers English and German and the rest of Western Europe),
 * a title, headings, paragraphs, label/value lines, simple tables, and a footer with page numbers on
 * every page. `toBuffer()` gives the finished file. Used for improvement plans and pay letters.
 *
 * The built-in fonts only know the Windows-1252 letters: anything else (another script, an emoji) is
 * written as "?" rather than as a wrong glyph. Documents in other scripts would need an embedded
 * Unicode font.
 */
export interface PdfOptions {
  title: string;
  /** Repeated at the bottom of every page, before "page n of m" (e.g. "Confidential — HR view"). */
  footer?: string;
  /** Page numbering, in the reader's language: `(page, pages) => "Page 1 of 3"`. */
  pageLabel?: (page: number, pages: number) => string;
  /** false writes readable content streams (tests look for text in them). */
  compress?: boolean;
}

const MARGIN = 56;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Windows-1252 beyond Latin-1: what the built-in fonts can draw in 0x80–0x9f. */
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Text the built-in fonts can draw: other characters become "?", control characters spaces. */
export function drawableText(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\n') out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else if (code <= 0xff || winAnsiExtras.has(char)) out += char;
    else out += '?';
  }
  return out;
}

export interface PdfTable {
  /** Column headings; `widths` are shares of the text width (default equal). */
  columns: string[];
  widths?: number[];
  rows: string[][];
}

export class PdfBuilder {
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(private readonly options: PdfOptions) {
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
      bufferPages: true,
      compress: options.compress ?? true,
      info: { Title: drawableText(options.title), Producer: 'Trellis', Creator: 'Trellis' },
    });
    this.done = new Promise((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.font(BOLD).fontSize(18).text(drawableText(options.title));
    this.doc.moveDown(0.6);
  }

  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  heading(text: string, level: 1 | 2 = 1): this {
    this.doc.moveDown(level === 1 ? 0.8 : 0.5);
    this.doc
      .font(BOLD)
      .fontSize(level === 1 ? 13 : 11)
      .text(drawableText(text), this.doc.page.margins.left);
    this.doc.moveDown(0.3);
    return this;
  }

  paragraph(text: string, options: { muted?: boolean } = {}): this {
    this.doc
      .font(FONT)
      .fontSize(10)
      .fillColor(options.muted ? '#555555' : '#000000')
      .text(drawableText(text), this.doc.page.margins.left, undefined, { width: this.width });
    this.doc.fillColor('#000000').moveDown(0.4);
    return this;
  }

  /** "Label: value" lines, the label in bold. */
  fields(pairs: [label: string, value: string][]): this {
    for (const [label, value] of pairs) {
      this.doc
        .font(BOLD)
        .fontSize(10)
        .text(`${drawableText(label)}: `, this.doc.page.margins.left, undefined, { continued: true })
        .font(FONT)
        .text(drawableText(value));
    }
    this.doc.moveDown(0.4);
    return this;
  }

  /** A table with a bold header row; rows that do not fit start a new page under a repeated header. */
  table(table: PdfTable): this {
    const { doc } = this;
    const shares = table.widths ?? table.columns.map(() => 1);
    const total = shares.reduce((sum, share) => sum + share, 0);
    const widths = shares.map((share) => (share / total) * this.width);
    const padding = 4;
    const drawRow = (cells: string[], bold: boolean) => {
      doc.font(bold ? BOLD : FONT).fontSize(9);
      const texts = cells.map(drawableText);
      const height =
        Math.max(
          ...texts.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i]! - padding })),
        ) + padding;
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) {
        doc.addPage();
        if (!bold) drawRow(table.columns, true);
      }
      const top = doc.y;
      let x = doc.page.margins.left;
      texts.forEach((text, i) => {
        doc.text(text, x, top, { width: widths[i]! - padding });
        x += widths[i]!;
      });
      doc
        .moveTo(doc.page.margins.left, top + height - padding / 2)
        .lineTo(doc.page.margins.left + this.width, top + height - padding / 2)
        .lineWidth(bold ? 0.8 : 0.3)
        .strokeColor('#999999')
        .stroke();
      doc.x = doc.page.margins.left;
      doc.y = top + height;
    };
    drawRow(table.columns, true);
    for (const row of table.rows) drawRow(row, false);
    doc.moveDown(0.6);
    return this;
  }

  /** Writes the footers and finishes the file. */
  async toBuffer(): Promise<Buffer> {
    const { doc } = this;
    const range = doc.bufferedPageRange();
    const label = this.options.pageLabel ?? ((page, pages) => `Page ${page} of ${pages}`);
    for (let index = range.start; index < range.start + range.count; index++) {
      doc.switchToPage(index);
      const bottom = doc.page.margins.bottom;
      // Writing below the bottom margin would start a new page: lift the margin while writing.
      doc.page.margins.bottom = 0;
      const footer = [this.options.footer, label(index - range.start + 1, range.count)]
        .filter(Boolean)
        .join(' · ');
      doc
        .font(FONT)
        .fontSize(8)
        .fillColor('#555555')
        .text(drawableText(footer), doc.page.margins.left, doc.page.height - MARGIN + 8, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.done;
  }
}

/** A new A4 document with its title at the top. */
export const createPdf = (options: PdfOptions) => new PdfBuilder(options);
