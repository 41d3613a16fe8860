// The virtual clock the soak and the hostile-answer properties run on: timers fire in time
// order, aborts cancel them, and work that can never finish is called a hang, not awaited.
import { describe, expect, it } from "vitest";
import { createVirtualTime } from "./virtualTime.ts";

describe("createVirtualTime", () => {
  it("runs sleeps in time order and jumps the clock to each", async () => {
    const time = createVirtualTime(0);
    const seen: number[] = [];
    const work = Promise.all(
      [300, 100, 200, 100].map((ms) => time.sleep(ms).then(() => seen.push(time.now()))),
    );
    await time.runUntil(work);
    expect(seen).toEqual([100, 100, 200, 300]);
    expect(time.now()).toBe(300);
  });

  it("rejects an aborted sleep with the signal's reason and never fires it", async () => {
    const time = createVirtualTime(0);
    const controller = new AbortController();
    const sleeping = time.sleep(1000, controller.signal);
    controller.abort(new Error("stop"));
    await expect(sleeping).rejects.toThrow("stop");
    await time.runUntil(time.sleep(10));
    expect(time.now()).toBe(10);
  });

  it("calls work that waits on nothing a hang instead of waiting forever", async () => {
    const time = createVirtualTime(0);
    const never = new Promise<void>(() => {});
    await expect(time.runUntil(never)).rejects.toThrow(/hang/);
  });

  it("lets answers that take a few turns of the event loop arrive before moving time", async () => {
    const time = createVirtualTime(0);
    const work = (async () => {
      const body = await new Response("x".repeat(100_000)).text();
      await time.sleep(5);
      return body.length;
    })();
    await expect(time.runUntil(work)).resolves.toBe(100_000);
    expect(time.now()).toBe(5);
  });
});
