import { describe, expectTypeOf, it } from "vitest";
import {
  type CompletedJob,
  confirmOrder,
  createOrder,
  createOrderAndWait,
  createOrdersClient,
  type EngageError,
  type JobHandle,
  JobTimeoutError,
  type OrdersClient,
  RateLimitedError,
  type SafeResult,
  safe,
  triggerAction,
  waitForJob,
} from "./index.ts";

declare const client: OrdersClient;

describe("types", () => {
  it("createOrdersClient needs a baseUrl; the key is optional (behind a proxy)", () => {
    // @ts-expect-error baseUrl is required
    createOrdersClient({ apiKey: "test-key-1" });
    expectTypeOf(createOrdersClient({ baseUrl: "", apiKey: "" })).toEqualTypeOf<OrdersClient>();
    expectTypeOf(createOrdersClient({ baseUrl: "/engage" })).toEqualTypeOf<OrdersClient>();
  });

  it("a handle is plain JSON data", () => {
    expectTypeOf(createOrder(client, { orderId: "o-1" })).resolves.toEqualTypeOf<
      JobHandle<"create">
    >();
    expectTypeOf<JobHandle["startedAt"]>().toEqualTypeOf<string>();
    expectTypeOf<JobHandle>().not.toHaveProperty("then");
  });

  it("createOrderAndWait always yields a versionTag", () => {
    expectTypeOf(createOrderAndWait(client, { orderId: "o-1" }))
      .resolves.toHaveProperty("versionTag")
      .toEqualTypeOf<string>();
    expectTypeOf(waitForJob(client, {} as JobHandle)).resolves.toEqualTypeOf<CompletedJob>();
  });

  it("an action needs its versionTag; action names are open strings", () => {
    // @ts-expect-error versionTag is required
    triggerAction(client, "o-1", { action: "ConfirmOrder" });
    triggerAction(client, "o-1", { action: "MyOwnAutomation", versionTag: "v" });
    confirmOrder(client, { orderId: "o-1" }, { action: "ConfirmOrder" }, { mode: "separate" });
  });

  it("errors narrow with instanceof and carry their extras", () => {
    const error: unknown = null;
    if (error instanceof JobTimeoutError) expectTypeOf(error.handle).toEqualTypeOf<JobHandle>();
    if (error instanceof RateLimitedError)
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
  });

  it("safe returns a result union", () => {
    expectTypeOf(safe(Promise.resolve(1))).resolves.toEqualTypeOf<SafeResult<number>>();
    expectTypeOf<
      Extract<SafeResult<number>, { ok: false }>["error"]
    >().toEqualTypeOf<EngageError>();
  });
});
