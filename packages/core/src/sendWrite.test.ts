import { describe, expect, it } from "vitest";
import { accepted, json, rejection, setup } from "../test/fake.ts";
import { OutcomeUnknownError } from "./errors.ts";
import { sendWrite } from "./sendWrite.ts";

describe("sendWrite", () => {
  it("embeds the order action in the body and returns the job's handle", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    const handle = await sendWrite(
      client,
      "PUT",
      "/api/v3/orders/o-1",
      "o-1",
      "replace",
      { a: 1 },
      {
        orderAction: { action: "ConfirmOrder" },
      },
    );
    expect(sent[0]?.body).toEqual({ a: 1, orderAction: { action: "ConfirmOrder" } });
    expect(handle).toMatchObject({ jobId: "j-1", operation: "replace" });
  });

  it("sends a write with an action once (the action must not fire twice), but retries a create", async () => {
    const replace = setup([json(502, {})]);
    const error = await rejection(
      sendWrite(
        replace.client,
        "PUT",
        "/api/v3/orders/o-1",
        "o-1",
        "replace",
        {},
        {
          orderAction: { action: "ConfirmOrder" },
        },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(replace.sent).toHaveLength(1);

    const create = setup([json(502, {}), accepted("j-2")]);
    const handle = await sendWrite(
      create.client,
      "POST",
      "/api/v3/orders",
      "o-1",
      "create",
      {},
      {
        orderAction: { action: "ConfirmOrder" },
      },
    );
    expect(create.sent).toHaveLength(2);
    expect(handle.retried).toBe(true);
  });

  it("refuses an order action without an action name before sending", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(
      sendWrite(
        client,
        "PUT",
        "/api/v3/orders/o-1",
        "o-1",
        "replace",
        {},
        {
          orderAction: { action: "" },
        },
      ),
    );
    expect(error.message).toBe("orderAction.action: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });
});
