// The type of `window.briefing`, derived from the names in core/ipc/names.ts and the contract's types (no code).
import type { AppNotice, Channel, ExportProgress, RequestOf, ResponseMap } from './contract';
import type {
  API_CHANNELS,
  API_EVENTS,
  EventName,
  EXPORT_PROGRESS_EVENT,
  MENU_COMMAND_EVENT,
  MenuCommand,
  NOTICE_EVENT,
} from './names';
import type { Result } from './result';

export { API_CHANNELS, API_EVENTS } from './names';

/** One intent: the channel's request in, a Result of its response out. */
export type Call<C extends Channel> = (request: RequestOf<C>) => Promise<Result<ResponseMap[C]>>;

/** The payload main pushes on each event. */
export interface EventPayloads {
  [EXPORT_PROGRESS_EVENT]: ExportProgress;
  [MENU_COMMAND_EVENT]: MenuCommand;
  [NOTICE_EVENT]: AppNotice;
}
// Every event of names.ts has a payload type, and no other event does.
type _EveryEventTyped = [EventName] extends [keyof EventPayloads]
  ? [keyof EventPayloads] extends [EventName]
    ? true
    : never
  : never;
const _everyEventTyped: _EveryEventTyped = true;
void _everyEventTyped;

/** A subscription: the listener gets each payload; the returned function unsubscribes. */
export type Subscribe<E extends EventName> = (
  listener: (payload: EventPayloads[E]) => void,
) => () => void;

type Channels = typeof API_CHANNELS;
type Events = typeof API_EVENTS;

/** What the preload exposes (built in electron/preload/buildApi.ts) and the e2e harness runs. */
export type BriefingApi = {
  readonly [D in keyof Channels]: {
    readonly [M in keyof Channels[D]]: Channels[D][M] extends Channel
      ? Call<Channels[D][M]>
      : never;
  } & (D extends keyof Events
    ? {
        readonly [M in keyof Events[D]]: Events[D][M] extends EventName
          ? Subscribe<Events[D][M]>
          : never;
      }
    : unknown);
};
