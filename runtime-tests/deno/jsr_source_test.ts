// JSR serves TypeScript source, so Deno users run `src/` as it is: the schemas' source must
// load and work in Deno without a build (imports resolve from node_modules, no npm: or jsr:).
import { OrderRequestSchema, toFieldErrors } from "../../packages/schemas/src/index.ts";

const order = {
  orderId: "jsr-1",
  contact: { matchKey: "jsr@example.com", matchKeyType: "Email" },
  status: "InProgress",
  currencyCode: "SEK",
  createdAt: "2025-12-03T15:15:19+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 10 }], subTotal: 10 },
};

Deno.test("the schemas' source parses an order in Deno", () => {
  const result = OrderRequestSchema["~standard"].validate(order);
  if (result instanceof Promise || result.issues) throw new Error(JSON.stringify(result));
});

Deno.test("the schemas' source names the field of a bad order in Deno", () => {
  const result = OrderRequestSchema["~standard"].validate({
    ...order,
    lineItems: { items: [{ article: { sku: "SKU-1" }, totalPrice: 10 }], subTotal: 10 },
  });
  if (result instanceof Promise || !result.issues)
    throw new Error("a line item without quantity was accepted");
  const fields = toFieldErrors(result.issues).map((error) => error.field);
  if (!fields.includes("lineItems.items.0.quantity"))
    throw new Error(`unexpected fields: ${fields.join(", ")}`);
});

import { createEngageEmulator, fixedLatency } from "@engage-orders/emulator";
// The core's source, as JSR serves it, running a whole create → wait → action cycle in Deno
// against the emulator served with Deno.serve.
import * as coreSource from "../../packages/core/src/index.ts";

Deno.test("the core's source creates, waits and confirms an order in Deno", async () => {
  const emulator = createEngageEmulator({
    apiKeys: ["test-key-jsr"],
    latency: fixedLatency(30),
    contacts: [{ email: "jsr@example.com" }],
  });
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) =>
    emulator.fetch(request),
  );
  try {
    const client = coreSource.createOrdersClient({
      baseUrl: `http://127.0.0.1:${server.addr.port}`,
      apiKey: "test-key-jsr",
      userAgent: "EngageOrdersJsr/1.0",
    });
    const handle = await coreSource.createOrder(client, { ...order, orderId: "jsr-core-1" });
    const { versionTag } = await coreSource.waitForJob(client, handle, { timeoutMs: 5000 });
    await coreSource.triggerAction(client, handle.orderId, { action: "ConfirmOrder", versionTag });
    const confirmations = emulator
      .automationLog("jsr-core-1")
      .filter((entry) => entry.action === "ConfirmOrder");
    if (confirmations.length !== 1)
      throw new Error(`expected one confirmation, saw ${confirmations.length}`);
  } finally {
    await server.shutdown();
  }
});
