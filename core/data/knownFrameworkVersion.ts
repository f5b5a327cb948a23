// Refuses a book drafted from a framework version this app does not bundle: its quotes cannot be verified.
import { AppFailure } from '../ipc/result';
import { FRAMEWORK_VERSIONS } from './framework';

/**
 * Throws AppFailure('validation') when `book.frameworkVersion` is not a bundled framework version.
 * Called on import, open, validate and export, so such a book never prints as cleared language.
 */
export function assertKnownFrameworkVersion(book: {
  title: string;
  frameworkVersion: string;
}): void {
  if (FRAMEWORK_VERSIONS.includes(book.frameworkVersion)) return;
  throw new AppFailure(
    'validation',
    `Book "${book.title.slice(0, 80)}" was drafted from framework version "${book.frameworkVersion.slice(0, 40)}", ` +
      `which this app does not hold (it holds ${FRAMEWORK_VERSIONS.join(', ')}), so its cleared language cannot be verified. ` +
      'Open it in an app version that has that framework, or redraft it.',
  );
}
