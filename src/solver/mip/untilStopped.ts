/**
 * Waits for a promise, or for a stop request, whichever comes first: while a
 * MIP runs in another thread the engine's own thread is free, so it can poll
 * the stop request and leave at once.
 */
const POLL_MS = 5;

/** The promise's value, or null when a stop request came before it settled. */
export async function untilStopped<T>(promise: Promise<T>, shouldStop: () => boolean): Promise<T | null> {
  let settled = false;
  const done = promise.finally(() => {
    settled = true;
  });
  // Polls only after a first wait, so an answer already there (HiGHS in this thread) always wins.
  const stop = (async () => {
    while (true) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (settled || shouldStop()) return null;
    }
  })();
  const first = await Promise.race([done, stop]);
  return settled ? await done : first;
}
