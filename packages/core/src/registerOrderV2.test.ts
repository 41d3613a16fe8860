import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import { OutcomeUnknownError, registerOrderV2, ValidationError } from "./index.ts";

const v2 = {
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
  orderNumber: "1001",
  orderStatus: "Shipped",
  paymentStatus: "Paid",
  createdDate: "2025-01-01T10:00:00+01:00",
  storeId: "S1",
  currency: "SEK",
  totalGrossPrice: 100,
  items: [{ type: "PURCHASE", sku: "A-1", quantity: 1, grossPaidPrice: 100, description: "Mug" }],
};

describe("registerOrderV2", () => {
  it("posts the v2 order and returns the answer", async () => {
    const { client, sent } = setup([json(202, { accepted: true })]);
    await expect(registerOrderV2(client, v2)).resolves.toEqual({ accepted: true });
    expect(sent[0]).toMatchObject({ method: "POST", path: "/api/v2/orders", body: v2 });
  });

  it("is never re-sent after an unclear failure (v2 has no duplicate check)", async () => {
    const { client, sent } = setup([new TypeError("reset"), json(202, {})]);
    expect(await rejection(registerOrderV2(client, v2))).toBeInstanceOf(OutcomeUnknownError);
    expect(sent).toHaveLength(1);
  });

  it("refuses an order without orderNumber", async () => {
    const { client, sent } = setup([]);
    expect(await rejection(registerOrderV2(client, { ...v2, orderNumber: "" }))).toBeInstanceOf(
      ValidationError,
    );
    expect(sent).toHaveLength(0);
  });
});
