import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sleep } from "./sleep.ts";

// The fake timers move time by hand, so these waits take no real time.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Tells whether a promise has settled, without waiting for it. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe("sleep", () => {
  it("resolves once the time has passed, not before", async () => {
    const wait = sleep(1000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(wait)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(wait).resolves.toBeUndefined();
  });

  it("rejects with the signal's reason as soon as it aborts, and clears its timer", async () => {
    const controller = new AbortController();
    const wait = sleep(60_000, controller.signal);
    await vi.advanceTimersByTimeAsync(10);
    const reason = new DOMException("stop", "AbortError");
    controller.abort(reason);
    await expect(wait).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("rejects at once, leaving no timer behind, when the signal is already aborted", async () => {
    const reason = new Error("already gone");
    const wait = sleep(60_000, AbortSignal.abort(reason));
    await expect(wait).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("lets go of the signal once it has waited", async () => {
    const controller = new AbortController();
    const removed = vi.spyOn(controller.signal, "removeEventListener");
    const wait = sleep(5, controller.signal);
    await vi.advanceTimersByTimeAsync(5);
    await expect(wait).resolves.toBeUndefined();
    expect(removed).toHaveBeenCalledWith("abort", expect.any(Function));
    // A late abort changes nothing for a wait that is over.
    controller.abort();
    await expect(wait).resolves.toBeUndefined();
  });
});
