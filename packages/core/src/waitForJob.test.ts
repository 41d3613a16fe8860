import { describe, expect, it } from "vitest";
import { accepted, job, json, order, rejection, setup } from "../test/fake.ts";
import { internalsOf } from "./clientInternals.ts";
import {
  ContactMissingError,
  createOrder,
  type EngageError,
  getJob,
  JobFailedError,
  type JobHandle,
  JobTimeoutError,
  NetworkError,
  ValidationError,
  waitForJob,
} from "./index.ts";

const handle = (extra: Partial<JobHandle> = {}): JobHandle => ({
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "create",
  startedAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
  ...extra,
});
const stored = (versionTag = "v1") => json(200, { ...order(), status: "Completed", versionTag });
const opaque = () =>
  ({ status: 0, type: "opaqueredirect", headers: new Headers(), text: async () => "" }) as Response;

describe("waitForJob: contract variants", () => {
  it("polls until 200 Completed; unknown statuses count as running", async () => {
    const { client, sent } = setup([
      job("j-1", "Pending"),
      job("j-1", "Queued-Somewhere"),
      job("j-1", "Processing"),
      job("j-1", "Completed", { versionTag: "v1", completedAt: "2025-01-01T00:00:01Z" }),
    ]);
    const done = await waitForJob(client, handle());
    expect(done).toMatchObject({
      jobId: "j-1",
      orderId: "o-1",
      status: "Completed",
      versionTag: "v1",
    });
    expect(sent.every((request) => request.path === "/api/v3/orders/jobs/j-1")).toBe(true);
    expect(sent).toHaveLength(4);
  });

  it("a 302 to the order (not followed) completes with the order's versionTag", async () => {
    const { client, sent } = setup([
      job("j-1", "Processing"),
      new Response(null, {
        status: 302,
        headers: { location: "https://t.voyado.com/api/v3/orders/o-1" },
      }),
      stored("v7"),
    ]);
    const done = await waitForJob(client, handle());
    expect(done).toMatchObject({
      status: "Completed",
      versionTag: "v7",
      order: { orderId: "o-1" },
    });
    expect(sent.at(-1)?.path).toBe("/api/v3/orders/o-1");
  });

  it("a redirect that the fetch followed lands on the order (order status 'Completed' is not a job status)", async () => {
    const { client } = setup([job("j-1", "Pending"), stored("v8")]);
    await expect(waitForJob(client, handle())).resolves.toMatchObject({ versionTag: "v8" });
  });

  it("an opaque redirect (status 0) reads the order by its id", async () => {
    const { client, sent } = setup([opaque(), stored("v9")]);
    await expect(waitForJob(client, handle())).resolves.toMatchObject({ versionTag: "v9" });
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/jobs/j-1",
      "/api/v3/orders/o-1",
    ]);
  });

  it("follows a redirect to another origin on the client's own origin (the key never leaves)", async () => {
    const { client, sent } = setup([
      new Response(null, {
        status: 302,
        headers: { location: "https://evil.example/x/api/v3/orders/o-1" },
      }),
      stored(),
    ]);
    await waitForJob(client, handle());
    expect(sent[1]?.url).toBe("https://t.voyado.com/api/v3/orders/o-1");
  });

  it("reads the order when Completed comes without a versionTag", async () => {
    const { client, sent } = setup([job("j-1", "Completed"), stored("v3")]);
    await expect(waitForJob(client, handle())).resolves.toMatchObject({ versionTag: "v3" });
    expect(sent).toHaveLength(2);
  });

  it("a delete completes without a versionTag and without reading the order", async () => {
    const { client, sent } = setup([job("j-1", "Completed")]);
    const done = await waitForJob(client, handle({ operation: "delete" }));
    expect(done.versionTag).toBeUndefined();
    expect(sent).toHaveLength(1);
  });

  it("CompletedWithErrors → ContactMissingError with the job's errors", async () => {
    const { client } = setup([
      job("j-1", "CompletedWithErrors", {
        errorCode: "ContactNotFound",
        errors: [{ field: "contact", message: "Contact is missing" }],
      }),
    ]);
    const error = (await rejection(waitForJob(client, handle()))) as EngageError;
    expect(error).toBeInstanceOf(ContactMissingError);
    expect(error).toMatchObject({
      errorCode: "ContactNotFound",
      fieldErrors: [{ field: "contact", message: "Contact is missing" }],
      job: { status: "CompletedWithErrors" },
    });
  });

  it("Failed → JobFailedError, never retried", async () => {
    const { client, sent } = setup([job("j-1", "Failed", { errorCode: "InternalError" })]);
    const error = await rejection(waitForJob(client, handle()));
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.message).toBe("Job j-1 failed: InternalError");
    expect(sent).toHaveLength(1);
  });

  it.each([
    ["no status", json(200, { jobId: "j-1" })],
    ["HTML", new Response("<html>oops</html>", { status: 200 })],
    ["truncated JSON", new Response('{"jobId":"j-1","sta', { status: 200 })],
  ])("a job answer with %s is MalformedResponseError carrying the handle", async (_, response) => {
    const { client } = setup([response]);
    const error = (await rejection(waitForJob(client, handle()))) as EngageError;
    expect(error.name).toBe("MalformedResponseError");
    expect(error.handle).toMatchObject({ jobId: "j-1" });
  });

  it("transport failures during the wait carry the handle", async () => {
    const { client } = setup([new TypeError("down"), new TypeError("down"), new TypeError("down")]);
    const error = (await rejection(waitForJob(client, handle()))) as EngageError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.handle?.jobId).toBe("j-1");
  });

  it("a job that is gone (404) is not reported as a missing order", async () => {
    const { client } = setup([new Response(null, { status: 404 })]);
    const error = (await rejection(waitForJob(client, handle()))) as EngageError;
    expect(error.name).toBe("EngageError");
    expect(error.status).toBe(404);
  });

  it("refuses an invalid deadline", async () => {
    const { client, sent } = setup([]);
    const error = (await rejection(
      waitForJob(client, handle(), { deadline: "soon" }),
    )) as EngageError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.fieldErrors[0]?.field).toBe("deadline");
    expect(sent).toHaveLength(0);
  });

  it("refuses a handle without orderId or pollUrl before sending", async () => {
    const { client, sent } = setup([]);
    expect(await rejection(waitForJob(client, {} as JobHandle))).toBeInstanceOf(ValidationError);
    expect(await rejection(waitForJob(client, handle({ pollUrl: "" })))).toBeInstanceOf(
      ValidationError,
    );
    expect(sent).toHaveLength(0);
  });
});

describe("waitForJob: deadlines, abort, resume", () => {
  it("a timeout returns a resumable handle that a fresh client (other origin, via JSON) finishes", async () => {
    const running = Array.from({ length: 200 }, () => job("j-1", "Processing"));
    const first = setup([accepted("j-1"), ...running]);
    const created = await createOrder(first.client, order());
    const error = (await rejection(
      waitForJob(first.client, created, { timeoutMs: 3000 }),
    )) as JobTimeoutError;
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error.handle).toEqual({ ...created, status: "Processing" });
    // The clock never passes the deadline: the last sleep is cut to the time left.
    expect(first.clock.t - Date.parse(created.startedAt)).toBe(3000);

    const wire = JSON.parse(JSON.stringify(error.handle)) as JobHandle;
    const second = setup([job("j-1", "Completed", { versionTag: "v5" })], {
      baseUrl: "https://proxy.example/engage",
    });
    second.clock.t = first.clock.t + 60_000;
    await expect(waitForJob(second.client, wire)).resolves.toMatchObject({ versionTag: "v5" });
    // Resumed long after its start: polled at once, re-based onto the new client's base path.
    expect(second.sleeps).toEqual([0]);
    expect(second.sent[0]?.url).toBe("https://proxy.example/engage/api/v3/orders/jobs/j-1");
  });

  it("accepts an absolute deadline", async () => {
    const { client, clock } = setup(Array.from({ length: 50 }, () => job("j-1", "Pending")));
    const start = clock.t;
    const error = await rejection(
      waitForJob(client, handle(), { deadline: new Date(start + 1500).toISOString() }),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(clock.t).toBe(start + 1500);
  });

  it("abort during a sleep sends nothing more and rejects with the abort reason", async () => {
    const controller = new AbortController();
    let polls = 0;
    const { client, sent } = setup(
      Array.from({ length: 10 }, () => () => {
        polls++;
        return job("j-1", "Pending");
      }),
      {
        sleep: (ms, signal) =>
          new Promise((resolve, reject) => {
            if (polls === 2) {
              // Abort while sleeping, then never resolve on our own.
              signal?.addEventListener("abort", () => reject(signal.reason));
              controller.abort(new DOMException("user left", "AbortError"));
              return;
            }
            void ms;
            resolve();
          }),
      },
    );
    const error = await rejection(waitForJob(client, handle(), { signal: controller.signal }));
    expect(error.name).toBe("AbortError");
    expect(sent).toHaveLength(2);
  });

  it("an already-aborted signal sends nothing", async () => {
    const { client, sent } = setup([job("j-1", "Completed", { versionTag: "v1" })]);
    const controller = new AbortController();
    controller.abort();
    await rejection(waitForJob(client, handle(), { signal: controller.signal }));
    expect(sent).toHaveLength(0);
  });

  it("the real sleep is abortable: the timer is cleared and no poll follows", async () => {
    const { client, sent } = setup([job("j-1", "Pending")], { sleep: undefined as never });
    const controller = new AbortController();
    // The real setTimeout sleep (the default) waits here; a 1 s minimum delay keeps it waiting.
    const pending = waitForJob(client, handle(), { signal: controller.signal, minDelayMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort(new Error("stop"));
    expect((await rejection(pending)).message).toBe("stop");
    expect(sent).toHaveLength(0);
  });
});

describe("waitForJob: poll schedule", () => {
  it("honours Retry-After, clamped to [minDelayMs, maxDelayMs] and to the deadline", async () => {
    const pending = (ra: string) =>
      json(200, { jobId: "j-1", orderId: "o-1", status: "Pending" }, { "retry-after": ra });
    const { client, sleeps } = setup([
      pending("2"),
      pending("0"),
      pending("-3"),
      pending("soon"),
      pending("86400"),
      pending("0.01"),
      job("j-1", "Completed", { versionTag: "v1" }),
    ]);
    await waitForJob(client, handle(), { minDelayMs: 100, maxDelayMs: 3000, timeoutMs: 60_000 });
    const [, afterTwo, afterZero, afterNegative, afterText, afterHuge, afterTiny] = sleeps;
    expect(afterTwo).toBe(2000);
    // 0, negative and text fall back to the schedule (bounded, never a busy loop).
    for (const d of [afterZero, afterNegative, afterText]) {
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThanOrEqual(3000);
    }
    expect(afterHuge).toBe(3000);
    expect(afterTiny).toBe(100);
  });

  it("a Retry-After beyond the deadline is cut to the time left", async () => {
    const { client, sleeps } = setup([
      json(200, { jobId: "j-1", orderId: "o-1", status: "Pending" }, { "retry-after": "30" }),
      job("j-1", "Completed", { versionTag: "v1" }),
    ]);
    await waitForJob(client, handle(), { timeoutMs: 1000, maxDelayMs: 10_000 });
    expect(sleeps.reduce((sum, ms) => sum + ms, 0)).toBeLessThanOrEqual(1000);
  });

  it("without history: first poll soon, then a growing, bounded backoff", async () => {
    const { client, sleeps } = setup([
      ...Array.from({ length: 12 }, () => job("j-1", "Pending")),
      job("j-1", "Completed", { versionTag: "v1" }),
    ]);
    await waitForJob(client, handle(), { minDelayMs: 100, maxDelayMs: 2000 });
    expect(sleeps[0]).toBe(100);
    expect(sleeps).toEqual([...sleeps].sort((shorter, longer) => shorter - longer));
    expect(Math.max(...sleeps)).toBe(2000);
  });

  it("learns from completed jobs and polls around the time they finish", async () => {
    const script = [];
    for (let index = 0; index < 10; index++) {
      script.push(
        job(`j-${index}`, "Completed", {
          versionTag: "v",
          createdAt: "2025-01-01T00:00:00.000Z",
          completedAt: `2025-01-01T00:00:00.${String(380 + index * 5).padStart(3, "0")}Z`,
        }),
      );
    }
    const { client, sleeps, clock } = setup(script);
    for (let index = 0; index < 10; index++) {
      await waitForJob(
        client,
        handle({ jobId: `j-${index}`, startedAt: new Date(clock.t).toISOString() }),
      );
    }
    expect(internalsOf(client).durations).toEqual([
      380, 385, 390, 395, 400, 405, 410, 415, 420, 425,
    ]);
    // Without history the first poll is at the minimum delay.
    expect(sleeps.slice(0, 5)).toEqual([100, 100, 100, 100, 100]);
    // Once five durations are known, the first poll goes to the duration by which ~30% of
    // the recent jobs had finished (nearest rank of n samples: index ceil(0.3·n) − 1).
    expect(sleeps.slice(5)).toEqual([385, 385, 390, 390, 390]);
  });

  it("reports progress and poll events", async () => {
    const progress: unknown[] = [];
    const { client, events } = setup([
      job("j-1", "Pending"),
      job("j-1", "Completed", { versionTag: "v1" }),
    ]);
    await waitForJob(client, handle(), {
      onProgress: (j, info) => progress.push([j.status, info.polls]),
    });
    expect(progress).toEqual([
      ["Pending", 1],
      ["Completed", 2],
    ]);
    expect(events.filter((event) => (event as { type: string }).type === "poll")).toHaveLength(2);
  });
});

describe("getJob", () => {
  it("reads a job once by id, URL-encoded, without throwing on Failed", async () => {
    const { client, sent } = setup([job("j/1", "Failed", { errorCode: "X" })]);
    await expect(getJob(client, "j/1")).resolves.toMatchObject({
      status: "Failed",
      errorCode: "X",
    });
    expect(sent[0]?.path).toBe("/api/v3/orders/jobs/j%2F1");
  });

  it("reads a job by handle", async () => {
    const { client } = setup([job("j-1", "Processing")]);
    await expect(getJob(client, handle())).resolves.toMatchObject({ status: "Processing" });
  });
});
