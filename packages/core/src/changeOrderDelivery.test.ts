import { describe, expect, it } from "vitest";
import { accepted, json, rejection, setup } from "../test/fake.ts";
import { changeOrderDelivery } from "./changeOrderDelivery.ts";
import { OutcomeUnknownError, ValidationError } from "./errors.ts";

describe("changeOrderDelivery", () => {
  it("posts every delivery field with lastChangedAt from the client's clock", async () => {
    const { client, sent, clock } = setup([accepted("j-1")]);
    clock.t = Date.UTC(2025, 4, 6, 7, 8, 9);
    const change = {
      method: "Home delivery",
      trackingNumber: "JJD0001",
      trackingUri: "https://track.example/JJD0001",
      deliveryDate: "2025-05-08",
    };
    const handle = await changeOrderDelivery(client, "o 1", change);
    expect(sent[0]).toMatchObject({
      method: "POST",
      path: "/api/v3/orders/o%201/change-delivery",
    });
    expect(sent[0]?.body).toEqual({ ...change, lastChangedAt: "2025-05-06T07:08:09.000Z" });
    expect(handle).toMatchObject({ jobId: "j-1", operation: "changeDelivery" });
  });

  it("keeps a lastChangedAt it is given", async () => {
    const { client, sent } = setup([accepted("j-1")]);
    await changeOrderDelivery(client, "o-1", { lastChangedAt: "2024-12-24T18:00:00+01:00" });
    expect(sent[0]?.body).toEqual({ lastChangedAt: "2024-12-24T18:00:00+01:00" });
  });

  it("refuses an empty order id before sending", async () => {
    const { client, sent } = setup([]);
    const error = await rejection(changeOrderDelivery(client, "", { trackingNumber: "JJD1" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("orderId: must be a non-empty string");
    expect(sent).toHaveLength(0);
  });

  it("is retried without an action; with one a 5xx is not re-sent", async () => {
    const plain = setup([json(500, {}), accepted("j-1")]);
    await changeOrderDelivery(plain.client, "o-1", { trackingNumber: "JJD1" });
    expect(plain.sent).toHaveLength(2);

    const withAction = setup([json(500, {}), accepted("j-1")]);
    const error = await rejection(
      changeOrderDelivery(
        withAction.client,
        "o-1",
        { trackingNumber: "JJD1" },
        { orderAction: { action: "ConfirmShipment", language: "sv-SE" } },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(withAction.sent).toHaveLength(1);
    expect(withAction.sent[0]?.body).toMatchObject({
      orderAction: { action: "ConfirmShipment", language: "sv-SE" },
    });
  });

  it("checks the body with the client's deliveryChange schema and sends nothing on failure", async () => {
    const refuse = {
      "~standard": {
        version: 1 as const,
        vendor: "test",
        validate: () => ({ issues: [{ message: "must be a URL", path: ["trackingUri"] }] }),
      },
    };
    const { client, sent } = setup([], { schemas: { deliveryChange: refuse } });
    const error = (await rejection(
      changeOrderDelivery(client, "o-1", { trackingUri: "nope" }),
    )) as ValidationError;
    expect(error.fieldErrors).toEqual([{ field: "trackingUri", message: "must be a URL" }]);
    expect(sent).toHaveLength(0);
  });
});
