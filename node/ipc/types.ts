// Types of the main-process handler map: one async handler per channel of core/ipc/contract.ts.
import type {
  AppNotice,
  Channel,
  ExportProgress,
  ParsedRequestOf,
  ResponseMap,
} from '../../core/ipc/contract';

/** What a handler may do besides returning: push events to the window that asked. */
export interface HandlerContext {
  emitProgress(progress: ExportProgress): void;
  emitNotice(notice: AppNotice): void;
}

/** A handler receives the zod-parsed request and resolves to the channel's response (or throws AppFailure). */
export type Handler<C extends Channel> = (
  request: ParsedRequestOf<C>,
  ctx: HandlerContext,
) => Promise<ResponseMap[C]>;

/** Every channel's handler: the compiler refuses a map that misses one. */
export type HandlerMap = { [C in Channel]: Handler<C> };

/** The handlers of one domain, e.g. DomainHandlers<'books'> = books:list, books:get, ... */
export type DomainHandlers<D extends string> = {
  [C in Channel as C extends `${D}:${string}` ? C : never]: Handler<C>;
};
