import { describe, expectTypeOf, it } from "vitest";
import { createOrdersClient, type OrdersClient } from "../../core/src/index.ts";
import { createTestOrdersClient, type TestClientConnection } from "./testing.ts";

describe("createTestOrdersClient types", () => {
  it("returns the factory's own client type", () => {
    const { client } = createTestOrdersClient(createOrdersClient);
    expectTypeOf(client).toEqualTypeOf<OrdersClient>();
  });

  it("takes the factory's own options as overrides, and nothing else", () => {
    createTestOrdersClient(createOrdersClient, { client: { retry: false, timeoutMs: 1000 } });
    // @ts-expect-error: not an option of createOrdersClient
    createTestOrdersClient(createOrdersClient, { client: { notAnOption: true } });
  });

  it("refuses a factory that needs more than the connection gives", () => {
    const needsTenant = (options: TestClientConnection & { tenant: string }) => options.tenant;
    // @ts-expect-error: the connection has no tenant
    createTestOrdersClient(needsTenant);
  });
});
