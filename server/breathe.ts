/**
 * One turn of the event loop for everything else (sockets, /healthz, other events' clocks)
 * before going on: the pause between the steps of work on thousands of people.
 */
export const breathe = (): Promise<void> => new Promise<void>((resume) => setImmediate(resume));

/** From how many people work on them pauses between its steps. */
export const LARGE_EVENT_PEOPLE = 1000;
