import { describe, expect, it } from "vitest";
import { job, json, order, rejection, setup } from "../test/fake.ts";
import {
  EngageError,
  MalformedResponseError,
  OrderNotFoundError,
  ValidationError,
} from "./errors.ts";
import { getJob, pollJob } from "./getJob.ts";
import type { JobHandle } from "./types.ts";

const handle = (extra: Partial<JobHandle> = {}): JobHandle => ({
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "create",
  startedAt: "2025-01-01T00:00:00.000Z",
  ...extra,
});
const stored = (versionTag: string) => json(200, { ...order(), versionTag });
const redirectTo = (location: string) => new Response(null, { status: 302, headers: { location } });
// What a runtime that hides redirect targets hands back for `redirect: "manual"`.
const opaqueRedirect = () =>
  ({ status: 0, type: "opaqueredirect", headers: new Headers(), text: async () => "" }) as Response;

describe("getJob", () => {
  it("refuses an empty or dot job id before sending", async () => {
    const { client, sent } = setup([]);
    expect((await rejection(getJob(client, ""))).message).toBe("jobId: must be a non-empty string");
    expect(await rejection(getJob(client, "."))).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });

  it("polls a handle made behind another host on the client's own origin", async () => {
    const { client, sent } = setup([job("j-1", "Pending")], {
      baseUrl: "https://proxy.example/engage",
    });
    const polled = await getJob(
      client,
      handle({ pollUrl: "https://old-proxy.example/x/api/v3/orders/jobs/j-1?v=2" }),
    );
    expect(polled.status).toBe("Pending");
    expect(sent[0]?.url).toBe("https://proxy.example/engage/api/v3/orders/jobs/j-1?v=2");
  });

  it("follows a completion redirect itself, on the client's origin, to the order", async () => {
    const { client, sent } = setup([
      redirectTo("https://elsewhere.example/api/v3/orders/o-1"),
      stored("v7"),
    ]);
    const polled = await getJob(client, handle());
    expect(sent.map((request) => request.url)).toEqual([
      "https://t.voyado.com/api/v3/orders/jobs/j-1",
      "https://t.voyado.com/api/v3/orders/o-1",
    ]);
    expect(polled).toMatchObject({
      jobId: "j-1",
      orderId: "o-1",
      status: "Completed",
      versionTag: "v7",
      order: { orderId: "o-1", versionTag: "v7" },
    });
  });

  it("reads the order by its id after an opaque redirect", async () => {
    const { client, sent } = setup([opaqueRedirect(), stored("v2")]);
    const polled = await getJob(client, handle({ orderId: "o/2" }));
    expect(sent[1]?.path).toBe("/api/v3/orders/o%2F2");
    expect(polled).toMatchObject({ status: "Completed", versionTag: "v2" });
  });

  it("a bare 404 for a job (the job is gone) is an EngageError, not a missing order", async () => {
    const { client } = setup([new Response(null, { status: 404 })]);
    const error = (await rejection(getJob(client, "j-1"))) as EngageError;
    expect(error).toBeInstanceOf(EngageError);
    expect(error).not.toBeInstanceOf(OrderNotFoundError);
    expect(error.status).toBe(404);
  });

  it("an answer without a job status is malformed", async () => {
    const { client } = setup([json(200, { jobId: "j-1" })]);
    const error = await rejection(getJob(client, "j-1"));
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.message).toBe("/api/v3/orders/jobs/j-1: the answer has no job status");
  });
});

describe("pollJob", () => {
  // The fake clock starts at 2025-01-01T00:00:00Z.
  it("reports the answer's Retry-After in milliseconds, in seconds or as a date", async () => {
    const inSevenSeconds = new Date(Date.UTC(2025, 0, 1) + 7000).toUTCString();
    const { client } = setup([
      json(200, { jobId: "j-1", status: "Processing" }, { "retry-after": "3" }),
      json(200, { jobId: "j-1", status: "Processing" }, { "retry-after": inSevenSeconds }),
      job("j-1", "Processing"),
    ]);
    expect((await pollJob(client, handle())).retryAfterMs).toBe(3000);
    expect((await pollJob(client, handle())).retryAfterMs).toBe(7000);
    expect((await pollJob(client, handle())).retryAfterMs).toBeUndefined();
  });

  it("a handle without a job polls the order: missing means still Pending", async () => {
    const { client, sent } = setup([json(404, { errorCode: "OrderNotFound" }), stored("v1")]);
    const orderHandle = handle({ jobId: "", pollUrl: "https://t.voyado.com/api/v3/orders/o-1" });
    await expect(pollJob(client, orderHandle)).resolves.toEqual({
      job: { jobId: "", orderId: "o-1", status: "Pending" },
      retryAfterMs: undefined,
    });
    const { job: completed } = await pollJob(client, orderHandle);
    expect(completed).toMatchObject({ status: "Completed", versionTag: "v1" });
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/o-1",
      "/api/v3/orders/o-1",
    ]);
  });

  it("puts the caller's details on its errors, so the wait can be resumed", async () => {
    const { client } = setup([json(200, "not an object")]);
    const resumable = handle();
    const error = (await rejection(
      pollJob(client, resumable, { details: { handle: resumable } }),
    )) as MalformedResponseError;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.handle).toEqual(resumable);
    expect(error.orderId).toBe("o-1");
  });

  it("refuses a handle without a poll URL before sending", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(pollJob(client, handle({ pollUrl: "" })));
    expect(error.message).toBe("handle.pollUrl: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });
});
