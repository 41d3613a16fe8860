import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import { getJob, type JobHandle, MalformedResponseError, waitForJob } from "./index.ts";

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
