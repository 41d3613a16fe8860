import { describe, expect, it, vi } from "vitest";
import { job, json, setup } from "../test/fake.ts";
import {
  type EngageError,
  JobFailedError,
  type JobHandle,
  type JobWatch,
  type JobWatchState,
  watchJob,
} from "./index.ts";

const handle = (jobId = "j-1"): JobHandle => ({
  jobId,
  pollUrl: `https://t.voyado.com/api/v3/orders/jobs/${jobId}`,
  orderId: "o-1",
  operation: "create",
  startedAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
});
const done = (extra = {}) =>
  job("j-1", "Completed", { versionTag: "v1", completedAt: "2025-01-01T00:00:01Z", ...extra });

/** Lets pending promises settle. */
const settle = async () => {
  for (let round = 0; round < 10; round++) await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Subscribes and resolves with the first state that `ok` accepts (then unsubscribes). */
const until = (watch: JobWatch, ok: (state: JobWatchState) => boolean) =>
  new Promise<JobWatchState>((resolve) => {
    const stop = watch.subscribe((state) => {
      if (!ok(state)) return;
      stop();
      resolve(state);
    });
  });

/** Sleeps that last until the test wakes them, and reject at once on abort. */
function heldSleeps() {
  const held: { ms: number; signal: AbortSignal | undefined; wake: () => void }[] = [];
  const sleep = (ms: number, signal?: AbortSignal) =>
    new Promise<void>((resolve, reject) => {
      signal?.throwIfAborted();
      signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
      held.push({ ms, signal, wake: resolve });
    });
  return { held, sleep };
}

/** A page whose visibility the test sets, dispatching `visibilitychange` like a browser. */
function fakePage() {
  const page = Object.assign(new EventTarget(), { visibilityState: "visible" });
  const show = (state: "visible" | "hidden") => {
    page.visibilityState = state;
    page.dispatchEvent(new Event("visibilitychange"));
  };
  return { page, show };
}

describe("watchJob", () => {
  it("is one watch per client and job: one request per poll for every subscriber, a timeline, onCompleted once", async () => {
    const { client, sent, clock } = setup([job("j-1", "Processing"), done()]);
    const onCompleted = vi.fn();
    const watch = watchJob(client, handle(), { onCompleted });
    expect(watchJob(client, handle())).toBe(watch);
    expect(watchJob(client, "j-1")).toBe(watch);
    expect(watchJob(setup().client, handle())).not.toBe(watch);
    expect(watch.state).toEqual({
      job: { ...handle(), status: "Pending" },
      timeline: [{ status: "Pending", at: handle().startedAt }],
    });
    const seen: string[] = [];
    const stop = watch.subscribe((state) => seen.push(`${state.job?.status}`));
    const [first, second] = await Promise.all([
      until(watch, (state) => state.job?.status === "Completed"),
      until(watch, (state) => state.job?.status === "Completed"),
    ]);
    stop();
    expect(first).toBe(second);
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/jobs/j-1",
      "/api/v3/orders/jobs/j-1",
    ]);
    // Each poll's report; `Completed` once, with its versionTag, and the watch done.
    expect(seen).toEqual(["Processing", "Completed"]);
    expect(first.done).toBe(true);
    expect(first.job?.versionTag).toBe("v1");
    expect(first.timeline.map((entry) => entry.status)).toEqual([
      "Pending",
      "Processing",
      "Completed",
    ]);
    expect(first.timeline[2]?.at).toBe(new Date(clock.t).toISOString());
    expect(onCompleted).toHaveBeenCalledTimes(1);
    expect(onCompleted.mock.calls[0]?.[0]).toMatchObject({ status: "Completed", versionTag: "v1" });
    // A finished job is not polled again by a later subscriber.
    watch.subscribe(() => {})();
    await settle();
    expect(sent).toHaveLength(2);
  });

  it("stops at the last unsubscribe (aborting its wait, nothing sent) and goes on at the next subscribe", async () => {
    const { held, sleep } = heldSleeps();
    const { client, sent } = setup([done()], { sleep });
    const watch = watchJob(client, handle());
    const stopA = watch.subscribe(() => {});
    const stopB = watch.subscribe(() => {});
    await settle();
    expect(held).toHaveLength(1);
    stopA();
    expect(held[0]?.signal?.aborted).toBe(false);
    stopB();
    expect(held[0]?.signal?.aborted).toBe(true);
    await settle();
    expect(sent).toEqual([]);
    const completed = until(watch, (state) => state.job?.status === "Completed");
    await settle();
    held[1]?.wake();
    expect((await completed).job?.versionTag).toBe("v1");
    expect(sent).toHaveLength(1);
  });

  it("pauses while the page is hidden and resumes when it shows", async () => {
    const { held, sleep } = heldSleeps();
    const { client, sent } = setup([job("j-1", "Processing"), done()], { sleep });
    const { page, show } = fakePage();
    page.visibilityState = "hidden";
    const watch = watchJob(client, handle(), { page });
    const completed = until(watch, (state) => state.job?.status === "Completed");
    await settle();
    expect(held).toEqual([]); // hidden from the start: nothing runs
    show("visible");
    await settle();
    held[0]?.wake();
    await settle();
    expect(watch.state.job?.status).toBe("Processing");
    expect(held).toHaveLength(2);
    show("hidden");
    expect(held[1]?.signal?.aborted).toBe(true);
    await settle();
    expect(sent).toHaveLength(1);
    show("visible");
    await settle();
    held[2]?.wake();
    await completed;
    expect(sent).toHaveLength(2);
  });

  it("follows a job given by id only, reading it first", async () => {
    const { client, sent } = setup([job("j-7", "Processing"), done({ jobId: "j-7" })]);
    const watch = watchJob(client, "j-7", { operation: "changeStatus" });
    expect(watch.state).toEqual({ timeline: [] });
    const state = await until(watch, (current) => current.job?.status === "Completed");
    expect(state.job).toMatchObject({ jobId: "j-7", orderId: "o-1", versionTag: "v1" });
    expect(state.timeline.map((entry) => entry.status)).toEqual(["Processing", "Completed"]);
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/jobs/j-7",
      "/api/v3/orders/jobs/j-7",
    ]);
  });

  it("keeps transport trouble as its error until resume; a job outcome is final", async () => {
    const { client, sent } = setup([json(503, { message: "busy" }), done()], { retry: false });
    const watch = watchJob(client, handle());
    const stop = watch.subscribe(() => {});
    const failed = await until(watch, (state) => state.error !== undefined);
    expect(failed.error).toMatchObject({ name: "EngageError", status: 503 });
    await settle();
    expect(sent).toHaveLength(1); // not retrying on its own
    watch.resume();
    await settle();
    stop();
    expect(watch.state.job?.status).toBe("Completed");
    expect(watch.state.error).toBeUndefined();

    const other = setup([job("j-2", "Failed", { errorCode: "Boom" })]);
    const outcome = watchJob(other.client, handle("j-2"));
    const ended = await until(outcome, (state) => state.error !== undefined);
    expect(ended.error).toBeInstanceOf(JobFailedError);
    expect((ended.error as EngageError).job?.status).toBe("Failed");
    const again = outcome.subscribe(() => {});
    outcome.resume();
    await settle();
    again();
    expect(other.sent).toHaveLength(1);
    expect(outcome.state.done).toBe(true);
  });

  it("can resume after a timeout: the deadline passing ends the wait, not the job", async () => {
    const { client, sent } = setup([
      job("j-1", "Processing"),
      job("j-1", "Processing"),
      job("j-1", "Processing"),
      done(),
    ]);
    const watch = watchJob(client, handle(), { timeoutMs: 300, minDelayMs: 100, maxDelayMs: 100 });
    const stop = watch.subscribe(() => {});
    const timedOut = await until(watch, (state) => state.error !== undefined);
    expect(timedOut.error?.name).toBe("JobTimeoutError");
    expect(timedOut.done).toBe(false);
    const polls = sent.length;
    watch.resume();
    const finished = await until(watch, (state) => !!state.done);
    stop();
    expect(sent.length).toBeGreaterThan(polls);
    expect(finished.job).toMatchObject({ status: "Completed", versionTag: "v1" });
    expect(finished.error).toBeUndefined();
  });

  it("reports Completed only once the versionTag is known, reading the order when the job has none", async () => {
    const order = { orderId: "o-1", versionTag: "v9", lineItems: { items: [], subTotal: 0 } };
    const { client, sent } = setup([job("j-1", "Completed"), json(200, order)]);
    const watch = watchJob(client, handle());
    const seen: JobWatchState[] = [];
    const stop = watch.subscribe((state) => seen.push(state));
    await until(watch, (state) => !!state.done);
    stop();
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/jobs/j-1",
      "/api/v3/orders/o-1",
    ]);
    const completed = seen.filter((state) => state.job?.status === "Completed");
    expect(completed).toHaveLength(1);
    expect(completed[0]).toMatchObject({ done: true, job: { versionTag: "v9" } });
  });

  it("finishes once when a subscriber leaves and another joins as the job completes", async () => {
    const { client, sent } = setup([job("j-1", "Processing"), done()]);
    const onCompleted = vi.fn();
    const watch = watchJob(client, handle(), { onCompleted });
    let rejoined: (() => void) | undefined;
    const stop = watch.subscribe((state) => {
      // Leaves and comes back at once, as a remount in the same tick would.
      if (state.job?.status === "Completed" && !rejoined) {
        stop();
        rejoined = watch.subscribe(() => {});
      }
    });
    await until(watch, (state) => !!state.done);
    await settle();
    rejoined?.();
    expect(onCompleted).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(2);
    expect(watch.state.done).toBe(true);
  });

  it("learns the handle of a job first watched by id only", async () => {
    const { client, sent } = setup([job("j-3", "Completed")]);
    const byId = watchJob(client, "j-3");
    const withHandle = watchJob(client, { ...handle("j-3"), operation: "delete" });
    expect(withHandle).toBe(byId);
    await until(byId, (state) => !!state.done);
    // A delete has no versionTag to read: the watch used the handle's operation.
    expect(sent.map((request) => request.path)).toEqual(["/api/v3/orders/jobs/j-3"]);
  });

  it("keeps the 200 most recently asked-for watches and every subscribed one, no more", () => {
    const { client } = setup();
    const subscribed = watchJob(client, "j-kept");
    const stop = subscribed.subscribe(() => {});
    const first = watchJob(client, "j-0");
    for (let number = 1; number < 400; number++) watchJob(client, `j-${number}`);
    expect(watchJob(client, "j-399")).toBe(watchJob(client, "j-399"));
    // The oldest idle watch was let go; the subscribed one, older still, was kept.
    expect(watchJob(client, "j-0")).not.toBe(first);
    expect(watchJob(client, "j-kept")).toBe(subscribed);
    stop();
  });

  it("takes its place back when it is subscribed to after being let go, so a job has one poller", () => {
    const { client } = setup();
    const held = watchJob(client, "j-A"); // rendered, not yet subscribed to
    for (let number = 0; number < 250; number++) watchJob(client, `j-${number}`);
    const stop = held.subscribe(() => {});
    expect(watchJob(client, "j-A")).toBe(held);
    stop();
  });

  it("stays done when onCompleted throws", async () => {
    const { client, sent } = setup([done()]);
    const watch = watchJob(client, handle(), {
      onCompleted: () => {
        throw new Error("a broken callback");
      },
    });
    const state = await until(watch, (current) => current.done !== undefined);
    expect(state).toMatchObject({ done: true, job: { status: "Completed" } });
    expect(watch.state.error).toBeUndefined();
    watch.resume();
    await settle();
    expect(sent).toHaveLength(1);
  });

  it("reports a job first read by id as Completed only with its versionTag", async () => {
    const order = { orderId: "o-1", versionTag: "v9", lineItems: { items: [], subTotal: 0 } };
    const { client } = setup([job("j-5", "Completed", { jobId: "j-5" }), json(200, order)]);
    const watch = watchJob(client, "j-5");
    const seen: JobWatchState[] = [];
    const stop = watch.subscribe((state) => seen.push(state));
    await until(watch, (state) => !!state.done);
    stop();
    expect(seen.filter((state) => state.job?.status === "Completed")).toEqual([
      expect.objectContaining({ done: true, job: expect.objectContaining({ versionTag: "v9" }) }),
    ]);
  });
});
