// Pictures in the PDF: the stored image is embedded at its pixel size, and tagged as a Figure with its alt text (qpdf and pdfjs).
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { BookSchema, type Book } from '../../../core/book/schema';
import { renderPdf } from '../../../node/pdf/renderPdf';
import { bilateralBook } from '../../fixtures/books/bilateral';
import { fixtureFramework } from '../../fixtures/books/framework';
import { doc, p } from '../../fixtures/books/nodes';
import { imageNode, samplePicture, withPicture } from '../../fixtures/images';
import { allNodes, qpdfTagging, withFile, type StructNode } from './structureTree';
import { testFontsDir } from './testFonts';

const ALT = 'Portrait of Ivan Petrov, Deputy Director General';

function bookWithPicture(alt: string): Book {
  const picture = samplePicture(120, 160);
  const book = withPicture(bilateralBook(), picture);
  book.tabs.push({
    id: 'bios',
    kind: 'biographies',
    title: 'Biographies',
    defaultMark: 'U',
    content: doc(
      p('U', 'Ivan Petrov'),
      imageNode(picture.hash, alt, 144, 'U') as never,
      p('U', 'Deputy Director General since 2024.'),
    ),
  });
  return BookSchema.parse(book);
}

const render = async (book: Book) =>
  (await renderPdf({ books: [book], framework: fixtureFramework() }, { fontsDir: testFontsDir() }))
    .bytes;

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await render(bookWithPicture(ALT));
});

describe('an image block in the PDF', () => {
  it('embeds the stored picture at its pixel size, on the Biographies page', () => {
    const list = withFile(bytes, (f) =>
      execFileSync('pdfimages', ['-list', f], { encoding: 'utf8' }),
    );
    const rows = list
      .trim()
      .split('\n')
      .slice(2)
      .map((l) => l.trim().split(/\s+/));
    expect(rows).toHaveLength(1);
    const [page, , type, width, height] = rows[0]!;
    expect([type, width, height]).toEqual(['image', '120', '160']);
    const text = withFile(bytes, (f) =>
      execFileSync('pdftotext', ['-f', page!, '-l', page!, f, '-'], { encoding: 'utf8' }),
    );
    expect(text).toContain('Biographies');
    expect(text).toContain('Ivan Petrov');
  });

  it('is a Figure with its alt text in the Biographies section (qpdf)', () => {
    const nodes = allNodes(qpdfTagging(bytes).root);
    const figures = nodes.filter((n) => n.role === 'Figure');
    expect(figures).toEqual([{ role: 'Figure', children: [], alt: ALT }]);
    const sect = nodes.find(
      (n: StructNode) => n.role === 'Sect' && n.children.some((c) => c.role === 'Figure'),
    );
    expect(sect?.children.map((c) => c.role)).toEqual(['H1', 'P', 'P', 'Figure', 'P']);
  });

  it('pdfjs reads the Figure and its alt text on the page the picture is drawn on', async () => {
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    const found: Array<{ page: number; alt?: string }> = [];
    for (let i = 1; i <= pdf.numPages; i++) {
      const visit = (n: { role?: string; alt?: string; children?: unknown[] }): void => {
        if (n.role === 'Figure') found.push({ page: i, alt: n.alt });
        n.children?.forEach((c) => visit(c as typeof n));
      };
      visit((await (await pdf.getPage(i)).getStructTree()) as never);
    }
    await pdf.destroy();
    expect(found).toEqual([{ page: pdf.numPages, alt: ALT }]);
  });

  it('refuses to print an image whose picture is not in the book, naming the tab', async () => {
    const book = bookWithPicture(ALT);
    book.images = {};
    await expect(render(book)).rejects.toThrow(
      /tab "Biographies": The picture "[0-9a-f]{12}…" is not stored in the book/,
    );
  });
});
