// A discrete-event clock for benchmarks: `sleep` registers a timer in virtual time, and
// `runUntil` jumps to the next timer whenever every task is waiting, so minutes of rate-limited
// traffic run in seconds. Shared by the emulator (as its clock) and the client (now/sleep).

/** Creates a virtual clock starting at `startAt` (epoch ms). */
export function createVirtualTime(startAt = Date.UTC(2025, 0, 1)) {
  let now = startAt;
  let sequence = 0;
  const heap = [];
  const before = (a, b) => a.at < b.at || (a.at === b.at && a.sequence < b.sequence);
  const push = (timer) => {
    heap.push(timer);
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < heap.length && before(heap[left], heap[smallest])) smallest = left;
        if (right < heap.length && before(heap[right], heap[smallest])) smallest = right;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
        i = smallest;
      }
    }
    return top;
  };
  return {
    now: () => now,
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const timer = {
          at: now + Math.max(0, ms || 0),
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
    /** Drives virtual time until `promise` settles; `onStep` runs at every jump. */
    async runUntil(promise, onStep = () => {}) {
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
        await new Promise((resolve) => setImmediate(resolve));
        if (settled) break;
        let timer = heap.length > 0 ? pop() : undefined;
        while (timer?.cancelled) timer = heap.length > 0 ? pop() : undefined;
        if (!timer) throw new Error("virtual time: every task waits, but no timer is set");
        now = Math.max(now, timer.at);
        timer.resolve();
        while (heap.length > 0 && heap[0].at <= now) {
          const due = pop();
          if (!due.cancelled) due.resolve();
        }
        onStep();
      }
      return promise;
    },
  };
}
