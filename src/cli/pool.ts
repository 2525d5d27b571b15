import { Piscina } from 'piscina';
import type { FileOutcome, FileTask } from './task.js';

/**
 * Runs `work` over `items` with at most `concurrency` running at once, and yields the results in input order.
 * At most `window` items are started ahead of the one being yielded, so a slow file holds back at most `window`
 * finished results (memory stays flat however many files there are). `onDone` sees each result as it finishes.
 * `work` must not reject. Once `stop()` turns true nothing new starts and the generator ends.
 */
export async function* inInputOrder<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  options: { concurrency: number; window: number; onDone?: (result: R, index: number) => void; stop?: () => boolean },
): AsyncGenerator<R> {
  const done = new Map<number, R>();
  let started = 0;
  let running = 0;
  let yielded = 0;
  let wake: (() => void) | undefined;
  const stopped = () => options.stop?.() === true;
  const startMore = () => {
    while (!stopped() && running < options.concurrency && started < items.length && started - yielded < options.window) {
      const index = started++;
      running++;
      void work(items[index], index).then((result) => {
        running--;
        done.set(index, result);
        options.onDone?.(result, index);
        startMore();
        const w = wake;
        wake = undefined;
        w?.();
      });
    }
  };
  startMore();
  while (yielded < items.length) {
    while (!done.has(yielded)) {
      if (stopped()) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (stopped()) return;
    const result = done.get(yielded) as R;
    done.delete(yielded);
    yielded++;
    startMore();
    yield result;
  }
}

/** A pool of worker threads that convert files; a task past `timeoutMs` is cancelled (its worker is replaced). */
export class ConvertPool {
  private readonly pool: Piscina;
  constructor(
    threads: number,
    private readonly timeoutMs: number,
  ) {
    this.pool = new Piscina({
      filename: new URL('./cli-worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // concurrency is limited by the caller, so the queue stays short
      maxQueue: 'auto',
    });
  }

  /** Converts one file; a crash or timeout becomes a failed outcome, never a rejection. */
  async convert(task: FileTask): Promise<FileOutcome> {
    try {
      return (await this.pool.run(task, { signal: AbortSignal.timeout(this.timeoutMs) })) as FileOutcome;
    } catch (err) {
      const timedOut = err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
      return timedOut
        ? { ok: false, file: task.path, code: 'TIMEOUT', reason: `timed out after ${this.timeoutMs / 1000} s` }
        : { ok: false, file: task.path, code: 'WORKER_CRASHED', reason: `worker failed: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  /** Stops the worker threads. */
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
