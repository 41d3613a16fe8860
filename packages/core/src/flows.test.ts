// The high-level flows: createOrderAndWait and confirmOrder.
import { describe, expect, it } from "vitest";
import { accepted, job, json, order, rejection, setup } from "../test/fake.ts";
import {
  confirmOrder,
  createOrderAndWait,
  JobTimeoutError,
  VersionTagMismatchError,
} from "./index.ts";

describe("createOrderAndWait", () => {
  it("creates, waits and resolves to the versionTag", async () => {
    const { client } = setup([
      accepted("j-1"),
      job("j-1", "Pending"),
      job("j-1", "Completed", { versionTag: "v1" }),
    ]);
    await expect(createOrderAndWait(client, order())).resolves.toMatchObject({ versionTag: "v1" });
  });

  it("the deadline starts before the create: time spent creating counts", async () => {
    const { client, clock } = setup([
      json(503, {}, { "retry-after": "4" }),
      accepted("j-1"),
      ...Array.from({ length: 20 }, () => job("j-1", "Pending")),
    ]);
    const start = clock.t;
    const error = (await rejection(
      createOrderAndWait(client, order(), { timeoutMs: 5000 }),
    )) as JobTimeoutError;
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(clock.t - start).toBe(5000);
  });

  it("one deadline covers the create and the polls", async () => {
    const { client } = setup([
      accepted("j-1"),
      ...Array.from({ length: 20 }, () => job("j-1", "Pending")),
    ]);
    const error = (await rejection(
      createOrderAndWait(client, order(), { timeoutMs: 500 }),
    )) as JobTimeoutError;
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(error.handle.jobId).toBe("j-1");
  });
});

describe("confirmOrder", () => {
  it("embeds the action in the create by default: one request, no polling", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const result = await confirmOrder(client, order(), {
      action: "ConfirmOrder",
      language: "sv-SE",
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).toMatchObject({
      orderAction: { action: "ConfirmOrder", language: "sv-SE" },
    });
    expect(result.handle.jobId).toBe("j-1");
    expect(result.accepted).toBeUndefined();
  });

  it("separate mode: create, wait, then trigger with the job's versionTag", async () => {
    const { client, sent } = setup([
      accepted("j-1"),
      job("j-1", "Completed", { versionTag: "v1" }),
      json(202, { orderId: "o-1", action: "ConfirmOrder", accepted: true }),
    ]);
    const result = await confirmOrder(
      client,
      order(),
      { action: "ConfirmOrder" },
      { mode: "separate" },
    );
    expect(sent[0]?.body).not.toHaveProperty("orderAction");
    expect(sent[2]).toMatchObject({
      path: "/api/v3/orders/o-1/action",
      body: { action: "ConfirmOrder", versionTag: "v1" },
    });
    expect(result).toMatchObject({ job: { versionTag: "v1" }, accepted: { accepted: true } });
  });

  it("separate mode surfaces a version mismatch", async () => {
    const { client } = setup([
      accepted("j-1"),
      job("j-1", "Completed", { versionTag: "v1" }),
      json(404, { errorCode: "VersionTagMismatch" }),
    ]);
    const error = await rejection(
      confirmOrder(client, order(), { action: "ConfirmOrder" }, { mode: "separate" }),
    );
    expect(error).toBeInstanceOf(VersionTagMismatchError);
  });
});
