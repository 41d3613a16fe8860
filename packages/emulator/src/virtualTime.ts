// A discrete-event clock shared by the emulator (as its clock) and the client (`now`/`sleep`):
// `sleep` registers a timer in virtual time, and `runUntil` jumps to the next timer whenever
// every task is waiting, so minutes of rate-limited traffic run in seconds. It has a hang
// check: when nothing is running and no timer is set, the awaited work can never finish, and
// `runUntil` says so instead of waiting.

interface Timer {
  at: number;
  sequence: number;
  resolve: () => void;
  cancelled: boolean;
}

/** A virtual clock: `now`, an abortable `sleep`, and `runUntil` to drive it. */
export interface VirtualTime {
  /** The virtual time in epoch milliseconds. */
  now(): number;
  /** Waits `ms` of virtual time; rejects with the signal's reason on abort. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Drives virtual time until `promise` settles; throws when it can never settle (a hang). */
  runUntil<T>(promise: Promise<T>): Promise<T>;
  /** How many timers were ever set (a measure of the work the clock did). */
  timersSet(): number;
}

// One turn of the event loop, so every promise chain in flight settles before time jumps:
// `setImmediate` where the runtime has it (Node, Deno, Bun), else a zero-delay timeout.
const nextTurn: (run: () => void) => void =
  (globalThis as { setImmediate?: (run: () => void) => void }).setImmediate ??
  ((run) => setTimeout(run, 0));

// Turns of the event loop to wait, with no timer due, before calling the work hung: a
// response body read takes a few turns, a real hang takes forever.
const IDLE_TURNS = 50;

/**
 * Creates a virtual clock starting at `startAt` (epoch ms): give it to the emulator as its
 * `clock` and to the client as `now`/`sleep`, then drive the work with `runUntil`, so minutes
 * of retries, polls and rate limits run in milliseconds, deterministically.
 *
 * @example
 * ```ts
 * const time = createVirtualTime();
 * const emulator = createEngageEmulator({ clock: time });
 * const client = createOrdersClient({ baseUrl, apiKey, fetch: emulator.fetch, now: time.now, sleep: time.sleep });
 * await time.runUntil(createOrderAndWait(client, order));
 * ```
 */
export function createVirtualTime(startAt = Date.UTC(2025, 0, 1)): VirtualTime {
  let now = startAt;
  let sequence = 0;
  const heap: Timer[] = [];
  const before = (a: Timer, b: Timer) => a.at < b.at || (a.at === b.at && a.sequence < b.sequence);
  const swap = (i: number, j: number) => {
    [heap[i], heap[j]] = [heap[j] as Timer, heap[i] as Timer];
  };
  const push = (timer: Timer) => {
    heap.push(timer);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i] as Timer, heap[parent] as Timer)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const pop = (): Timer | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left] as Timer, heap[smallest] as Timer))
          smallest = left;
        if (right < heap.length && before(heap[right] as Timer, heap[smallest] as Timer))
          smallest = right;
        if (smallest === i) break;
        swap(i, smallest);
        i = smallest;
      }
    }
    return top;
  };
  const nextLiveTimer = (): Timer | undefined => {
    let timer = pop();
    while (timer?.cancelled) timer = pop();
    return timer;
  };
  const turn = () => new Promise<void>((resolve) => nextTurn(resolve));
  return {
    now: () => now,
    timersSet: () => sequence,
    sleep(ms, signal) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer: Timer = {
          at: now + Math.max(0, Number.isFinite(ms) ? ms : 0),
          sequence: sequence++,
          resolve,
          cancelled: false,
        };
        signal?.addEventListener(
          "abort",
          () => {
            timer.cancelled = true;
            reject(signal.reason);
          },
          { once: true },
        );
        push(timer);
      });
    },
    async runUntil<T>(promise: Promise<T>): Promise<T> {
      let settled = false;
      promise.then(
        () => {
          settled = true;
        },
        () => {
          settled = true;
        },
      );
      while (!settled) {
        await turn();
        if (settled) break;
        let timer = nextLiveTimer();
        for (let idle = 0; !timer && !settled && idle < IDLE_TURNS; idle++) {
          await turn();
          timer = nextLiveTimer();
        }
        if (settled) {
          if (timer) push(timer);
          break;
        }
        if (!timer) throw new Error("virtual time: every task waits, but no timer is set (a hang)");
        now = Math.max(now, timer.at);
        timer.resolve();
        while (heap.length > 0 && (heap[0] as Timer).at <= now) {
          const due = pop() as Timer;
          if (!due.cancelled) due.resolve();
        }
      }
      return promise;
    },
  };
}
