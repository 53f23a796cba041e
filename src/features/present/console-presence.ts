/**
 * Whether a console is still open, through the browser's Web Locks: each console holds a lock
 * named for its id while its page lives, and the browser lets go when the tab closes. A screen
 * whose console has gone can then follow a console opened since, while a second console tab
 * beside a live one still never moves it.
 */
const lockName = (source: string) => `sta-present-console:${source}`;

const locks = () => (typeof navigator === 'undefined' ? undefined : navigator.locks);

/** Holds this console's lock until the returned function is called (or the page goes). */
export function holdConsolePresence(source: string): () => void {
  const manager = locks();
  if (!manager) return () => {};
  const controller = new AbortController();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  manager.request(lockName(source), { signal: controller.signal }, () => held).catch(() => {});
  return () => {
    controller.abort();
    release();
  };
}

/** Whether the console `source` is open in this browser; true when the browser cannot tell, so a screen keeps its console. */
export async function isConsolePresent(source: string): Promise<boolean> {
  const manager = locks();
  if (!manager) return true;
  try {
    const { held = [], pending = [] } = await manager.query();
    return [...held, ...pending].some((lock) => lock.name === lockName(source));
  } catch {
    return true;
  }
}
