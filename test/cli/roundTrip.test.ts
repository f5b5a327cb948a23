// App <-> CLI interop through the one codec: an app-exported book file validates and exports in the built CLI, and a CLI-drafted book imports into the app.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSchema } from '../../core/book/schema';
import { startTestApp, type TestApp } from '../main/servicesHarness';
import { pdfPages } from '../fixtures/pdfPages';
import { brief, briefNew, buildCli } from './run';

let dir: string;
const apps: TestApp[] = [];
const start = (): TestApp => {
  const app = startTestApp();
  apps.push(app);
  return app;
};

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'brief-roundtrip-'));
});
afterAll(() => {
  apps.forEach((a) => a.dispose());
  rmSync(dir, { recursive: true, force: true });
});

const mode = (path: string) => statSync(path).mode & 0o777;

describe('app and CLI share one book-file codec', () => {
  it('the CLI validates and exports a book file written by the app\'s "Export book file"', async () => {
    const app = start();
    const book = await app.value('books:create', {
      templateId: 'bilateral-space-dialogue',
      countryCode: 'JP',
      meeting: { date: '2026-09-15', city: 'Tokyo' },
    });
    app.nextDialogAnswer = 'exported.briefing.json';
    const written = await app.value('books:exportFile', { id: book.id });
    expect(written).toBe(join(app.userDataDir, 'exported.briefing.json'));
    // The app writes the checksummed envelope, not a bare book: this is what the CLI used to refuse.
    const text = readFileSync(written!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'briefing-book', book: { id: book.id } });

    const validated = brief(['validate', written!], dir);
    expect(validated.stderr).toBe('');
    expect(validated.code).toBe(0);
    expect(validated.stdout).toContain(`valid; "${book.title}", ${book.tabs.length} tabs`);

    const pdf = join(dir, 'from-app.pdf');
    const exported = brief(['export', written!, '--out', pdf], dir);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(mode(pdf)).toBe(0o600);
    const pages = await pdfPages(readFileSync(pdf));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join(' ')).toContain(book.tabs[0]!.title);
  });

  it('the app imports a book drafted by `brief new`, and the CLI writes it with mode 0600', async () => {
    const out = join(dir, 'drafted.json');
    const r = briefNew(
      { country: 'KE', date: '2026-05-20', options: ['--city', 'Nairobi'], out },
      dir,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(mode(out)).toBe(0o600);
    // No temp file is left beside the output.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const drafted = BookSchema.parse(JSON.parse(readFileSync(out, 'utf8')));

    const app = start();
    const imported = await app.value('books:import', {
      fileName: 'drafted.json',
      text: readFileSync(out, 'utf8'),
    });
    expect(imported.id).not.toBe(drafted.id);
    const stored = await app.value('books:get', { id: imported.id });
    // Everything but the fresh id and the save time is the drafted book.
    expect({ ...stored, id: drafted.id, updatedAt: drafted.updatedAt }).toEqual(drafted);
  });
});
