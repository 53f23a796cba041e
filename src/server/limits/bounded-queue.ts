/**
 * Runs at most `concurrency` tasks at once and lets at most `waiting` more wait; `tryRun` says
 * `undefined` at once when both are full. A burst of slow password hashes then never holds
 * every thread of libuv's pool, which file reads and DNS need too.
 */
export function boundedQueue(concurrency: number, waiting: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  const release = () => {
    running--;
    queue.shift()?.();
  };
  return {
    /** Whether a task handed in now would be accepted. */
    hasRoom: () => running < concurrency || queue.length < waiting,
    tryRun<T>(task: () => Promise<T>): Promise<T> | undefined {
      if (running >= concurrency && queue.length >= waiting) return undefined;
      return new Promise<T>((resolve, reject) => {
        const start = () => {
          running++;
          task().then(resolve, reject).finally(release);
        };
        if (running < concurrency) start();
        else queue.push(start);
      });
    },
  };
}
