import { describe, expect, it } from "vitest";
import { bodyOf, CONTACT_EMAIL, createHarness } from "../../test/harness.ts";

/** A v2 order that adds up: 25% tax included in each price. */
function orderV2(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contact: { matchKey: CONTACT_EMAIL, matchKeyType: "Email" },
    orderNumber: "V2-1",
    orderStatus: "Confirmed",
    paymentStatus: "Paid",
    createdDate: "2025-12-03T15:15:19+01:00",
    storeId: "store-1",
    currency: "SEK",
    totalGrossPrice: 150,
    totalTax: 30,
    items: [
      {
        type: "PURCHASE",
        sku: "SKU-1",
        quantity: 2,
        grossPaidPrice: 100,
        taxAmount: 20,
        taxPercent: 25,
        description: "Mug",
      },
      {
        type: "PURCHASE",
        sku: "SKU-2",
        quantity: 1,
        grossPaidPrice: 50,
        taxAmount: 10,
        taxPercent: 25,
        description: "Cup",
        discounts: [{ value: -5, description: "Sale" }],
      },
    ],
    paymentMethods: [{ type: "Card", value: 150 }],
    ...overrides,
  };
}

describe("POST /api/v2/orders (order communication)", () => {
  it("202 accepted; the status automation fires and nothing is stored", async () => {
    const { call, emulator, contact } = createHarness();
    const response = await call("POST", "/api/v2/orders", { body: orderV2() });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({
      orderNumber: "V2-1",
      orderStatus: "Confirmed",
      accepted: true,
    });
    expect(emulator.automationLog()).toEqual([
      expect.objectContaining({
        orderId: "V2-1",
        action: "Confirmed",
        source: "v2",
        versionTag: null,
        contactId: contact.contactId,
      }),
    ]);
    expect(emulator.listOrders()).toEqual([]);
  });

  it("no duplicate check: two identical calls trigger the automation twice", async () => {
    const { call, emulator } = createHarness();
    await call("POST", "/api/v2/orders", { body: orderV2() });
    expect((await call("POST", "/api/v2/orders", { body: orderV2() })).status).toBe(202);
    expect(emulator.automationLog()).toHaveLength(2);
  });

  it("400 InvalidRequest with field errors when required fields are missing or mistyped", async () => {
    const { call } = createHarness();
    const body = orderV2({ totalGrossPrice: "150" });
    delete body.orderNumber;
    const response = await call("POST", "/api/v2/orders", { body });
    expect(response.status).toBe(400);
    const fields = ((await bodyOf(response)).errors as { field: string }[]).map(
      (error) => error.field,
    );
    expect(fields).toEqual(expect.arrayContaining(["orderNumber", "totalGrossPrice"]));
  });

  it("422 when it does not add up: positive discount, wrong signs, a taxAmount off the formula", async () => {
    const { call, emulator } = createHarness();
    const items = orderV2().items as Record<string, unknown>[];
    const response = await call("POST", "/api/v2/orders", {
      body: orderV2({
        items: [
          { ...items[0], taxAmount: 25 },
          { ...items[1], discounts: [{ value: 5 }] },
          { type: "RETURN", sku: "SKU-3", quantity: 1, grossPaidPrice: -10, description: "Return" },
        ],
      }),
    });
    expect(response.status).toBe(422);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("InvalidAmounts");
    expect((body.errors as { field: string }[]).map((error) => error.field)).toEqual(
      expect.arrayContaining([
        "items.0.taxAmount",
        "items.1.discounts.0.value",
        "items.2.quantity",
      ]),
    );
    expect(emulator.automationLog()).toEqual([]);
  });

  it("money comparisons allow rounding (values like 454.08000000)", async () => {
    const { call } = createHarness();
    const gross = 454.08;
    const tax = gross - gross / 1.25;
    const response = await call("POST", "/api/v2/orders", {
      body: orderV2({
        totalGrossPrice: gross,
        items: [
          {
            type: "PURCHASE",
            sku: "S",
            quantity: 1,
            grossPaidPrice: gross,
            taxAmount: Number(tax.toFixed(2)),
            taxPercent: 25,
            description: "x",
          },
        ],
        paymentMethods: [{ type: "Card", value: gross }],
      }),
    });
    expect(response.status).toBe(202);
  });

  it("tenant sums are off by default and checked when switched on in v2Rules", async () => {
    const wrongTotal = orderV2({
      totalGrossPrice: 999,
      paymentMethods: [{ type: "Card", value: 999 }],
    });
    expect(
      (await createHarness().call("POST", "/api/v2/orders", { body: wrongTotal })).status,
    ).toBe(202);
    const strict = createHarness({
      v2Rules: { totalGrossPrice: true, paymentMethods: true, totalTax: true },
    });
    const response = await strict.call("POST", "/api/v2/orders", { body: wrongTotal });
    expect(response.status).toBe(422);
    expect(
      ((await bodyOf(response)).errors as { field: string }[]).map((error) => error.field),
    ).toContain("totalGrossPrice");
  });

  it("422 ContactNotFound for an unknown contact", async () => {
    const { call } = createHarness();
    const response = await call("POST", "/api/v2/orders", {
      body: orderV2({ contact: { matchKey: "nobody@example.com", matchKeyType: "Email" } }),
    });
    expect(response.status).toBe(422);
    expect((await bodyOf(response)).errorCode).toBe("ContactNotFound");
  });
});
