// The app's screens as a tagged union: routing by state, no router library.
export type Route =
  | { name: 'library' }
  | { name: 'trash' }
  | { name: 'new-book' }
  | { name: 'editor'; bookId: string };

import type { MenuCommand } from '../../core/ipc/contract';

/** A menu command stamped with a sequence number so the same command twice still fires. */
export interface CommandSignal {
  name: MenuCommand;
  seq: number;
}
