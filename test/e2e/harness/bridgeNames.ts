// Names shared by the e2e harness (Node side) and the page-side preload it injects.

/** Name of the Playwright binding that forwards (channel, request) to the real main-process handlers. */
export const INVOKE_BINDING = '__briefingInvoke';
/** Page function the harness calls to push an event (name, payload), as main's webContents.send would. */
export const EVENT_HOOK = '__briefingEvent';
/** The binding's pseudo-channel for one part of a long request (wireJson.ts wireParts). */
export const WIRE_PART_CHANNEL = '__wirePart';
