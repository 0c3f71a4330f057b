// Long loops on the request thread (a 40,000-row import, a large export) give the event loop a
// turn every slice, so the server keeps answering other requests while one batch is checked.

/** Items handled between two turns: about 10 ms of checking on this project's machines. */
export const itemsPerSlice = 2_000;

export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A turn for the event loop at every slice boundary of a loop (position 2,000, 4,000, ...). */
export async function yieldAtSlice(position: number): Promise<void> {
  if (position > 0 && position % itemsPerSlice === 0) await yieldToEventLoop();
}
