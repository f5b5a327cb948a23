// images:pick through the real handler: the open dialog's file is decoded, capped and re-encoded in main; errors name the file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMAGE_LIMITS } from '../../core/book/images';
import { imageHash } from '../../node/images/imageBytes';
import { jpegBytes } from '../fixtures/images';
import { startTestApp, type TestApp } from './servicesHarness';

let app: TestApp;
beforeEach(() => {
  app = startTestApp();
});
afterEach(() => app.dispose());

const put = (name: string, bytes: Uint8Array): string => {
  const dir = join(app.userDataDir, 'pictures');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

describe('images:pick', () => {
  it('returns the stored picture for the chosen file, its hash over the stored bytes', async () => {
    app.nextOpenAnswer = put('petrov.jpg', jpegBytes(90, 120));
    const picked = await app.value('images:pick', {});
    expect(picked).not.toBeNull();
    expect(picked!.fileName).toBe('petrov.jpg');
    expect(picked!.image).toMatchObject({ mime: 'image/jpeg', width: 90, height: 120 });
    expect(picked!.hash).toBe(imageHash(Buffer.from(picked!.image.data, 'base64')));
    expect(app.dialogCalls.at(-1)?.title).toBe('Insert picture');
  });

  it('is null when the dialog is cancelled', async () => {
    app.nextOpenAnswer = null;
    expect(await app.value('images:pick', {})).toBeNull();
  });

  it('refuses a non-picture and an oversized file with errors naming the file', async () => {
    app.nextOpenAnswer = put('notes.png', Buffer.from('%PDF-1.7 not a picture'));
    const bad = await app.call('images:pick', {});
    expect(bad).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'validation',
        message: 'notes.png: is not a PNG or JPEG picture (only PNG and JPEG can be inserted)',
      }),
    });
    app.nextOpenAnswer = put('huge.jpg', Buffer.alloc(IMAGE_LIMITS.maxFileBytes + 10, 0xff));
    const huge = await app.call('images:pick', {});
    expect(huge.ok ? '' : huge.error.message).toMatch(
      /^huge\.jpg: is 5\.0 MB; a picture may be at most 5\.0 MB$/,
    );
  });
});
