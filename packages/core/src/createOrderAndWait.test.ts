import { describe, expect, it } from "vitest";
import { accepted, job, json, order, rejection, setup } from "../test/fake.ts";
import { createOrderAndWait } from "./createOrderAndWait.ts";
import {
  JobFailedError,
  JobTimeoutError,
  OrderAlreadyExistsError,
  ValidationError,
} from "./errors.ts";

const pending = (count: number) => Array.from({ length: count }, () => job("j-1", "Pending"));

describe("createOrderAndWait", () => {
  it("sends the embedded action with the create and resolves to the completed job", async () => {
    const { client, sent } = setup([
      accepted("j-1"),
      job("j-1", "Completed", { versionTag: "v3" }),
    ]);
    const done = await createOrderAndWait(client, order(), {
      orderAction: { action: "ConfirmOrder", language: "en-US" },
    });
    expect(sent[0]?.body).toMatchObject({
      orderAction: { action: "ConfirmOrder", language: "en-US" },
    });
    expect(sent.map((request) => request.path)).toEqual([
      "/api/v3/orders",
      "/api/v3/orders/jobs/j-1",
    ]);
    expect(done).toMatchObject({ jobId: "j-1", status: "Completed", versionTag: "v3" });
  });

  it("a given deadline wins over timeoutMs", async () => {
    const { client, clock } = setup([accepted("j-1"), ...pending(20)]);
    const start = clock.t;
    const error = await rejection(
      createOrderAndWait(client, order(), { deadline: new Date(start + 300), timeoutMs: 60_000 }),
    );
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect(clock.t - start).toBe(300);
  });

  it("polls nothing when the create is refused, locally or by Engage", async () => {
    const local = setup([]);
    expect(
      await rejection(createOrderAndWait(local.client, { ...order(), orderId: "" })),
    ).toBeInstanceOf(ValidationError);
    expect(local.sent).toHaveLength(0);

    const refused = setup([json(409, { errorCode: "OrderAlreadyExists" })]);
    expect(await rejection(createOrderAndWait(refused.client, order()))).toBeInstanceOf(
      OrderAlreadyExistsError,
    );
    expect(refused.sent).toHaveLength(1);
  });

  it("passes the wait options on: progress is reported and a failed job throws", async () => {
    const { client } = setup([
      accepted("j-1"),
      job("j-1", "Processing"),
      job("j-1", "Failed", { errorCode: "InvalidRequest" }),
    ]);
    const seen: string[] = [];
    const error = (await rejection(
      createOrderAndWait(client, order(), { onProgress: (polled) => seen.push(polled.status) }),
    )) as JobFailedError;
    expect(seen).toEqual(["Processing", "Failed"]);
    expect(error).toBeInstanceOf(JobFailedError);
    expect(error.handle?.jobId).toBe("j-1");
  });

  it("one signal covers the wait: an abort between polls sends nothing more", async () => {
    const controller = new AbortController();
    const reason = new DOMException("leaving", "AbortError");
    const { client, sent } = setup([accepted("j-1"), ...pending(5)]);
    const waiting = createOrderAndWait(client, order(), {
      signal: controller.signal,
      onProgress: () => controller.abort(reason),
    });
    await expect(waiting).rejects.toBe(reason);
    expect(sent).toHaveLength(2);
  });
});
