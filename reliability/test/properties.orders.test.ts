// Property tests on orders: random invalid orders never leave the client (a ValidationError
// naming the field, zero requests); random valid orders come back from the emulator exactly
// as sent, apart from what the server adds (`versionTag`).
import {
  createOrder,
  createOrderAndWait,
  createOrdersClient,
  getOrder,
  type Order,
  ValidationError,
} from "@engage-orders/core";
import { createTestOrdersClient } from "@engage-orders/emulator/testing";
import { OrderRequestSchema } from "@engage-orders/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidOrderArb, validOrderArb } from "../src/orderArbitraries";

const apiKey = "test-key-properties";

describe("random invalid orders", () => {
  it("are refused before sending, with the field path, and nothing is sent", async () => {
    let requests = 0;
    const client = createOrdersClient({
      baseUrl: "https://tenant.voyado.test",
      apiKey,
      schemas: { order: OrderRequestSchema },
      fetch: async () => {
        requests++;
        return new Response(null, { status: 500 });
      },
    });
    await fc.assert(
      fc.asyncProperty(invalidOrderArb, async ({ order, field }) => {
        const error = await createOrder(client, order as Order).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        // The core checks `orderId` itself before the schema and names it `order.orderId`.
        const fields = (error as ValidationError).fieldErrors.map((e) =>
          e.field.replace(/^order\./, ""),
        );
        expect(fields).toContain(field);
        for (const e of (error as ValidationError).fieldErrors) expect(e.message).not.toBe("");
        expect(requests).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe("random valid orders", () => {
  it("round-trip through the emulator unchanged apart from the versionTag it adds", async () => {
    const { client } = createTestOrdersClient(createOrdersClient, {
      emulator: { apiKeys: [apiKey], autoCreateContacts: true, rateLimit: false },
      client: { schemas: { order: OrderRequestSchema }, rateLimit: false },
    });
    let run = 0;
    await fc.assert(
      fc.asyncProperty(validOrderArb, async (generated) => {
        // Unique per run, since shrinking replays orders; the id's own shape is tested apart.
        const order = { ...generated, orderId: `${generated.orderId}-${run++}` };
        // What goes over the wire: JSON (which, for one, has no -0).
        const sent = JSON.parse(JSON.stringify(order));
        const job = await createOrderAndWait(client, order);
        expect(JSON.parse(JSON.stringify(order))).toEqual(sent); // the caller's object is untouched
        const stored = await getOrder(client, order.orderId);
        const { versionTag, ...rest } = stored;
        expect(versionTag).toBe(job.versionTag);
        expect(versionTag).toMatch(/\S/);
        expect(rest).toEqual(sent);
      }),
      { numRuns: 200 },
    );
  });
});
