import { describe, expect, it } from "vitest";
import { job, json, order, rejection, setup } from "../test/fake.ts";
import { pollJob } from "./getJob.ts";
import {
  EngageError,
  getJob,
  type JobHandle,
  MalformedResponseError,
  OrderNotFoundError,
  ValidationError,
  waitForJob,
} from "./index.ts";

const handle: JobHandle = {
  jobId: "j-1",
  pollUrl: "https://t.voyado.com/api/v3/orders/jobs/j-1",
  orderId: "o-1",
  operation: "replace",
  startedAt: "2025-01-01T00:00:00.000Z",
};
const redirect = () =>
  new Response(null, { status: 302, headers: { location: "/api/v3/orders/o-1" } });
/** An order as Engage stores it; its own `status` is an order status, not a job status. */
const storedOrder = (extra: Record<string, unknown> = {}) =>
  json(200, { orderId: "o-1", status: "InProgress", lineItems: { items: [] }, ...extra });
/** An answer a fetch reached by following a redirect. */
const followed = (response: Response) => {
  Object.defineProperty(response, "redirected", { value: true });
  return response;
};

describe("getJob", () => {
  it("reads a job answer as the job", async () => {
    const { client } = setup([json(200, { jobId: "j-1", orderId: "o-1", status: "Processing" })]);
    await expect(getJob(client, handle)).resolves.toMatchObject({ status: "Processing" });
  });

  it("reads a 302 to the order as Completed with the order's versionTag", async () => {
    const { client, sent } = setup([redirect(), storedOrder({ versionTag: "v-2" })]);
    const job = await getJob(client, handle);
    expect(job).toMatchObject({ jobId: "j-1", status: "Completed", versionTag: "v-2" });
    expect(job.order?.status).toBe("InProgress");
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders/jobs/j-1",
      "/api/v3/orders/o-1",
    ]);
  });

  it("never takes the order's status for the job's: an order without versionTag is read once more", async () => {
    const { client, sent } = setup([redirect(), storedOrder(), storedOrder({ versionTag: "v-3" })]);
    await expect(getJob(client, handle)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v-3",
    });
    expect(sent).toHaveLength(3);
  });

  it("reads an answer the fetch reached by following the redirect as the order", async () => {
    const { client } = setup([
      followed(storedOrder({ status: "Completed" })),
      storedOrder({ versionTag: "v-4" }),
    ]);
    await expect(getJob(client, handle)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v-4",
    });
  });

  it("reads an answer without jobId as the order, even when a wrapper hid the redirect", async () => {
    const { client } = setup([
      storedOrder({ status: "Cancelled" }),
      storedOrder({ versionTag: "v-5" }),
    ]);
    await expect(getJob(client, handle)).resolves.toMatchObject({
      status: "Completed",
      versionTag: "v-5",
    });
  });

  it("refuses an order that still has no versionTag after the second read", async () => {
    const { client } = setup([redirect(), storedOrder(), storedOrder()]);
    expect(await rejection(getJob(client, handle))).toBeInstanceOf(MalformedResponseError);
  });

  it("lets waitForJob finish on the first poll that reaches the order", async () => {
    const { client, sent } = setup([redirect(), storedOrder(), storedOrder({ versionTag: "v-6" })]);
    await expect(waitForJob(client, handle)).resolves.toMatchObject({ versionTag: "v-6" });
    expect(sent).toHaveLength(3);
  });
});

const makeHandle = (extra: Partial<JobHandle> = {}): JobHandle => ({
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
      makeHandle({ pollUrl: "https://old-proxy.example/x/api/v3/orders/jobs/j-1?v=2" }),
    );
    expect(polled.status).toBe("Pending");
    expect(sent[0]?.url).toBe("https://proxy.example/engage/api/v3/orders/jobs/j-1?v=2");
  });

  it("follows a completion redirect itself, on the client's origin, to the order", async () => {
    const { client, sent } = setup([
      redirectTo("https://elsewhere.example/api/v3/orders/o-1"),
      stored("v7"),
    ]);
    const polled = await getJob(client, makeHandle());
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
    const polled = await getJob(client, makeHandle({ orderId: "o/2" }));
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
    expect((await pollJob(client, makeHandle())).retryAfterMs).toBe(3000);
    expect((await pollJob(client, makeHandle())).retryAfterMs).toBe(7000);
    expect((await pollJob(client, makeHandle())).retryAfterMs).toBeUndefined();
  });

  it("a handle without a job polls the order: missing means still Pending", async () => {
    const { client, sent } = setup([json(404, { errorCode: "OrderNotFound" }), stored("v1")]);
    const orderHandle = makeHandle({
      jobId: "",
      pollUrl: "https://t.voyado.com/api/v3/orders/o-1",
    });
    await expect(pollJob(client, orderHandle)).resolves.toEqual({
      job: { jobId: "", orderId: "o-1", status: "Pending" },
      retryAfterMs: undefined,
      attempts: [],
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
    const resumable = makeHandle();
    const error = (await rejection(
      pollJob(client, resumable, { details: { handle: resumable } }),
    )) as MalformedResponseError;
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error.handle).toEqual(resumable);
    expect(error.orderId).toBe("o-1");
  });

  it("refuses a handle without a poll URL before sending", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(pollJob(client, makeHandle({ pollUrl: "" })));
    expect(error.message).toBe("handle.pollUrl: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });
});
