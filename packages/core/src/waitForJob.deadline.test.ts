import { describe, expect, it } from "vitest";
import { job, json, rejection, setup } from "../test/fake.ts";
import {
  createOrderAndWait,
  type EngageError,
  type JobHandle,
  JobTimeoutError,
  NetworkError,
  RateLimitedError,
  waitForJob,
} from "./index.ts";

const handle = (): JobHandle => ({
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "create",
  startedAt: new Date(Date.UTC(2025, 0, 1)).toISOString(),
});
const tooMany = () => json(429, { errorCode: "TooManyRequests" }, { "retry-after": "1" });
const completed = () => job("j-1", "Completed", { versionTag: "v9" });

describe("a wait with a deadline uses it", () => {
  it("polls on through a 429 storm that outlasts the per-request retries, then completes", async () => {
    const { client, sent } = setup([
      job("j-1", "Pending"),
      ...Array.from({ length: 6 }, tooMany),
      completed(),
    ]);
    const done = await waitForJob(client, handle(), { timeoutMs: 60_000 });
    expect(done.versionTag).toBe("v9");
    expect(sent).toHaveLength(8);
  });

  it("polls on through dropped answers and 5xx runs (createOrderAndWait included)", async () => {
    const { client } = setup([
      json(202, { jobId: "j-1", orderId: "o-1", status: "Pending" }),
      ...Array.from({ length: 3 }, () => new TypeError("fetch failed")),
      ...Array.from({ length: 3 }, () => json(502, {})),
      completed(),
    ]);
    const done = await createOrderAndWait(client, { orderId: "o-1" }, { timeoutMs: 60_000 });
    expect(done.versionTag).toBe("v9");
  });

  it("at the deadline: JobTimeoutError with the handle, the last transport error and a poll summary", async () => {
    const { client, sent } = setup(
      [
        job("j-1", "Pending"),
        job("j-1", "Processing"),
        ...Array.from({ length: 200 }, (_, index) =>
          index % 2 ? json(503, { message: "busy" }) : new TypeError("fetch failed"),
        ),
      ],
      { retry: { budget: 1000 } },
    );
    const error = (await rejection(
      waitForJob(client, handle(), { timeoutMs: 10_000 }),
    )) as JobTimeoutError;
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error.handle).toMatchObject({ jobId: "j-1", status: "Processing" });
    const cause = error.cause as EngageError;
    expect(cause).toBeInstanceOf(Error);
    expect([503, undefined]).toContain(cause.status);
    const failures = sent.length - 2;
    expect(failures).toBeGreaterThan(3);
    const summary = error.observedResponses;
    expect(summary["200"]).toBe(2);
    expect((summary["503"] ?? 0) + (summary.network ?? 0)).toBe(failures);
    expect(Object.values(summary).reduce((sum, count) => sum + count, 0)).toBe(sent.length);
  });

  it("stops when the retry budget is spent, with the transport error carrying the handle", async () => {
    const { client, sent } = setup(
      Array.from({ length: 50 }, () => new TypeError("fetch failed")),
      { retry: { attempts: 1, budget: 2 } },
    );
    const error = (await rejection(
      waitForJob(client, handle(), { timeoutMs: 60_000 }),
    )) as EngageError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.handle).toMatchObject({ jobId: "j-1" });
    expect(sent).toHaveLength(3);
  });

  it("without a deadline of its own, transport trouble ends the wait as before", async () => {
    const { client, sent } = setup(Array.from({ length: 6 }, tooMany));
    const error = (await rejection(waitForJob(client, handle()))) as EngageError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error.handle).toMatchObject({ jobId: "j-1" });
    expect(sent).toHaveLength(3);
  });

  it("a job outcome is not transport trouble: a 404 for a gone job ends the wait at once", async () => {
    const { client, sent } = setup([new Response(null, { status: 404 }), completed()]);
    const error = (await rejection(
      waitForJob(client, handle(), { timeoutMs: 60_000 }),
    )) as EngageError;
    expect(error.status).toBe(404);
    expect(sent).toHaveLength(1);
  });
});
