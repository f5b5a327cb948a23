// Drift, end to end on real services: a newer pack changes a fact (or a cleared text) a drafted book relied on, and readiness names the blocks.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Book } from '../../../core/book/schema';
import { checkReadiness, type ReadinessProblem } from '../../../core/readiness';
import { bundledPayload } from '../../../node/packs/bundledPacks';
import { PackLibrary } from '../../../node/packs/packLibrary';
import { createContentService, type ContentService } from '../../../node/services/contentService';
import {
  countriesPayloadKenyaSigned,
  makeTestKey,
  signedPack,
  trustedWith,
} from '../../fixtures/packs';

const key = makeTestKey();
let dir: string;
let content: ContentService;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bbb-drift-'));
  content = createContentService(
    new PackLibrary({ userDataDir: dir, trustedKeys: trustedWith(key) }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const draftKenya = (id = 'kenya-1'): Book =>
  content.draftBook(
    'bilateral-space-dialogue',
    'KE',
    { date: '2027-03-10', city: 'Nairobi', counterpart: null, principal: null },
    { now: new Date('2026-11-01T00:00:00Z'), id },
  );
const problems = (book: Book): ReadinessProblem[] =>
  checkReadiness({
    book,
    framework: content.framework(),
    countries: content.countries(),
    authorities: content.authorities(),
    packs: content.packVersions(),
    today: '2026-11-29',
  });
const drift = (book: Book) => problems(book).filter((p) => p.kind === 'fact-drift');
/** The top-level block of `tabTitle` that quotes `itemId`. */
const blockOf = (book: Book, tabTitle: string, itemId: string) =>
  book.tabs
    .find((t) => t.title === tabTitle)!
    .content.root.children.findIndex((b) => JSON.stringify(b).includes(`"itemId":"${itemId}"`));

const INVITE = 'TP.P1.G1.2.b.invite';

describe('fact drift', () => {
  it('a drafted book records the packs and the facts its text relied on', () => {
    const book = draftKenya();
    expect(book.provenance).toEqual({
      packs: { countries: 1, framework: 1 },
      facts: [
        { fact: 'artemisSignatory', value: false },
        { fact: 'mtcrPartner', value: false },
      ],
    });
    expect(blockOf(book, 'Points to Make', INVITE)).toBeGreaterThanOrEqual(0);
    expect(drift(book)).toEqual([]);
  });

  it('a test pack that changes Kenya’s Artemis status flags the drafted Kenya book’s invitation to sign', async () => {
    const book = draftKenya();
    await content.importPack(signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()), 'p');
    const found = drift(book);
    const invite = found.find((p) => p.message.includes(INVITE))!;
    expect(invite).toMatchObject({
      severity: 'blocker',
      tabTitle: 'Points to Make',
      path: [blockOf(book, 'Points to Make', INVITE)],
    });
    expect(invite.message).toMatch(
      /^Kenya signed the Artemis Accords on 20 November 2026 \(country facts pack v2\); Points to Make still invites Kenya to sign \(block \d+, TP\.P1\.G1\.2\.b\.invite\)/,
    );
    // Every quoted point chosen because Kenya had not signed is listed, each at its own block.
    expect(found.filter((p) => p.severity === 'blocker').length).toBeGreaterThan(1);
    // The Background line printed from the old facts is listed too.
    const background = found.find((p) => p.tabTitle === 'Background')!;
    expect(background.message).toMatch(
      /Artemis Accords: the country facts pack v2 now reads “Artemis Accords: Signed 20 November 2026/,
    );
    expect(background.message).toMatch(/still prints “Artemis Accords: Not a signatory/);
  });

  it('an older book without provenance counts as drafted from the bundled pack v1', async () => {
    const { provenance: _dropped, ...old } = draftKenya();
    await content.importPack(signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()), 'p');
    expect(drift(old).some((p) => p.message.includes('still invites Kenya to sign'))).toBe(true);
  });

  it('a book drafted from the newer pack has no drift, and records it', async () => {
    await content.importPack(signedPack(key, 'countries', 2, countriesPayloadKenyaSigned()), 'p');
    const book = draftKenya('kenya-2');
    expect(book.provenance?.packs.countries).toBe(2);
    expect(book.provenance?.facts).toContainEqual({ fact: 'artemisSignatory', value: true });
    expect(blockOf(book, 'Points to Make', INVITE)).toBe(-1);
    expect(drift(book)).toEqual([]);
  });

  it('a pack that changes nothing the book relied on adds no drift', async () => {
    const book = draftKenya();
    await content.importPack(signedPack(key, 'countries', 2, bundledPayload('countries')), 'p');
    expect(drift(book)).toEqual([]);
  });
});

describe('framework drift', () => {
  it('a framework pack that revises a quoted text flags the quote as drift, not as the officer’s edit', async () => {
    const book = draftKenya();
    const payload = structuredClone(bundledPayload('framework')) as {
      talkingPoints: { talkingPoints: Array<{ id: string; text: string; slots?: unknown }> };
    };
    // TEST DATA, NOT POLICY: a made-up revision, only to exercise the check. The revised text has
    // no generic words left, so it declares no sanctioned slots.
    const point = payload.talkingPoints.talkingPoints.find((tp) => tp.id === INVITE)!;
    point.text = 'TEST REVISION of the invitation text, made up for this test only.';
    delete point.slots;
    await content.importPack(signedPack(key, 'framework', 2, payload), 'f');
    const all = problems(book);
    const block = blockOf(book, 'Points to Make', INVITE);
    const revised = all.filter((p) => p.kind === 'fact-drift' && p.path?.[0] === block);
    expect(revised).toHaveLength(1);
    expect(revised[0]!.message).toMatch(
      /^The framework pack v2 revised the text of TP\.P1\.G1\.2\.b\.invite; Points to Make block \d+ still quotes the earlier text/,
    );
    expect(
      all.some(
        (p) =>
          p.kind === 'quote-edited' && p.tabTitle === 'Points to Make' && p.path?.[0] === block,
      ),
    ).toBe(false);
  });
});
