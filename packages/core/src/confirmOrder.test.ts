import { describe, expect, it } from "vitest";
import { accepted, job, json, order, rejection, setup } from "../test/fake.ts";
import { confirmOrder } from "./confirmOrder.ts";
import { JobFailedError, JobTimeoutError, OutcomeUnknownError, ValidationError } from "./errors.ts";

const actionAccepted = () => json(202, { orderId: "o-1", action: "ConfirmOrder", accepted: true });

describe("confirmOrder", () => {
  it("embedded: a create whose first attempt was lost is re-sent with its action", async () => {
    const { client, sent } = setup([new TypeError("reset"), accepted("j-1")]);
    const result = await confirmOrder(client, order(), { action: "ConfirmOrder" });
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.body).toMatchObject({ orderAction: { action: "ConfirmOrder" } });
    }
    expect(result).toEqual({ handle: expect.objectContaining({ jobId: "j-1", retried: true }) });
  });

  it("embedded: a nameless action is refused before anything is sent", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(confirmOrder(client, order(), { action: "" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });

  it("separate: a failed job triggers no action", async () => {
    const { client, sent } = setup([
      accepted("j-1"),
      job("j-1", "Failed", { errorCode: "InvalidRequest" }),
      actionAccepted(),
    ]);
    const error = await rejection(
      confirmOrder(client, order(), { action: "ConfirmOrder" }, { mode: "separate" }),
    );
    expect(error).toBeInstanceOf(JobFailedError);
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders",
      "/api/v3/orders/jobs/j-1",
    ]);
  });

  it("separate: one deadline covers the create and the wait, and a late job triggers nothing", async () => {
    const { client, sent, clock } = setup([
      json(503, {}, { "retry-after": "4" }),
      accepted("j-1"),
      ...Array.from({ length: 20 }, () => job("j-1", "Pending")),
    ]);
    const start = clock.t;
    const error = await rejection(
      confirmOrder(
        client,
        order(),
        { action: "ConfirmOrder" },
        { mode: "separate", timeoutMs: 5000 },
      ),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(clock.t - start).toBe(5000);
    expect(sent.some((request) => request.path.endsWith("/action"))).toBe(false);
  });

  it("separate: the action keeps its language and data and is sent once", async () => {
    const { client, sent } = setup([
      accepted("j-1"),
      job("j-1", "Completed", { versionTag: "v9" }),
      new TypeError("reset"),
      actionAccepted(),
    ]);
    const error = await rejection(
      confirmOrder(
        client,
        order(),
        { action: "ConfirmOrder", language: "sv-SE", data: { coupon: "WELCOME" } },
        { mode: "separate" },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toHaveLength(3);
    expect(sent[2]?.body).toEqual({
      action: "ConfirmOrder",
      language: "sv-SE",
      data: { coupon: "WELCOME" },
      versionTag: "v9",
    });
  });
});
