// Child process of the kill test: reports what it finds on disk, then saves alternating generations until SIGKILLed.
// Protocol on stdout, one line each: "found <gen|none> <ok|mismatch> <recovered 0|1> <journal gen|none>",
// "ready", then "ack <gen>" after each save resolved and "jack <gen>" after each journal write resolved.
import type { AppNotice } from '../../../core/ipc/contract';
import { BookRepository } from '../../../node/storage/bookRepository';
import { DataCipher } from '../../../node/storage/cipher';
import { RecoveryJournal } from '../../../node/storage/journal';
import { killBook, killGenerationOf, sameContent } from './killBook';

const userDataDir = process.env.KILL_USER_DATA!;
const cipher = new DataCipher(Buffer.from(process.env.KILL_DATA_KEY!, 'hex'));
const notices: AppNotice[] = [];
const notify = (n: AppNotice): void => void notices.push(n);
const repo = new BookRepository({ userDataDir, cipher, notify });
const journal = new RecoveryJournal({ userDataDir, cipher, notify });
const say = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  let start = 1;
  let found = 'none ok 0';
  // A folder whose first save was killed before its rename holds no generation yet: no book.
  const outcome = (await repo.exists('kill-book'))
    ? await repo.load('kill-book').catch((e: unknown) => {
        if ((e as { code?: string }).code === 'not-found') return null;
        throw e;
      })
    : null;
  if (outcome) {
    const gen = killGenerationOf(outcome.book);
    const ok = sameContent(outcome.book, killBook(gen));
    found = `${gen} ${ok ? 'ok' : 'mismatch'} ${outcome.recovery ? 1 : 0}`;
    start = gen + 1;
  }
  const entry = await journal.get('kill-book');
  const journalGen = entry ? String(killGenerationOf(entry.book)) : 'none';
  say(`found ${found} ${journalGen}${notices.length ? ` notices:${notices.length}` : ''}`);
  say('ready');
  for (let gen = start; ; gen++) {
    // The journal write runs concurrently with the save, as autosave does while the user saves.
    const journaled = journal.write(killBook(gen + 1)).then(() => say(`jack ${gen + 1}`));
    await repo.save(killBook(gen));
    say(`ack ${gen}`);
    await journaled;
  }
}

main().catch((error: unknown) => {
  say(`error ${(error as Error).message.replace(/\n/g, ' | ')}`);
  process.exit(2);
});
