import { describe, expectTypeOf, it } from "vitest";
import { changeOrderDelivery } from "./changeOrderDelivery.ts";
import { changeOrderStatus } from "./changeOrderStatus.ts";
import { confirmOrder } from "./confirmOrder.ts";
import { createOrder } from "./createOrder.ts";
import type { OrdersClient } from "./createOrdersClient.ts";
import { deleteOrder } from "./deleteOrder.ts";
import { replaceOrder } from "./replaceOrder.ts";
import { triggerAction } from "./triggerAction.ts";
import type { CompletedJob, JobHandle, Order, VersionedJob } from "./types.ts";
import { waitForJob } from "./waitForJob.ts";

declare const client: OrdersClient;
declare const order: Order;

describe("waitForJob's result follows the handle's kind", () => {
  it("a create's job has a versionTag, so the quick start's action compiles", async () => {
    const handle = await createOrder(client, order);
    expectTypeOf(handle).toEqualTypeOf<JobHandle<"create">>();
    const { versionTag } = await waitForJob(client, handle, { timeoutMs: 20_000 });
    expectTypeOf(versionTag).toEqualTypeOf<string>();
    triggerAction(client, order.orderId, { action: "ConfirmOrder", versionTag });
  });

  it("a replace's or change's job has a versionTag too", () => {
    expectTypeOf(
      replaceOrder(client, order).then((handle) => waitForJob(client, handle)),
    ).resolves.toEqualTypeOf<VersionedJob>();
    expectTypeOf(
      changeOrderStatus(client, "o-1", { status: "Shipped" }).then((handle) =>
        waitForJob(client, handle),
      ),
    ).resolves.toEqualTypeOf<VersionedJob>();
    expectTypeOf(
      changeOrderDelivery(client, "o-1", { trackingNumber: "JJD1" }).then((handle) =>
        waitForJob(client, handle),
      ),
    ).resolves.toEqualTypeOf<VersionedJob>();
    expectTypeOf(
      confirmOrder(client, order, { action: "ConfirmOrder" }).then(({ handle }) =>
        waitForJob(client, handle),
      ),
    ).resolves.toEqualTypeOf<VersionedJob>();
  });

  it("a delete's job, or a handle of unknown kind, promises no versionTag", () => {
    expectTypeOf(
      deleteOrder(client, "o-1").then((handle) => waitForJob(client, handle)),
    ).resolves.toEqualTypeOf<CompletedJob>();
    expectTypeOf(waitForJob(client, {} as JobHandle)).resolves.toEqualTypeOf<CompletedJob>();
    expectTypeOf<CompletedJob["versionTag"]>().toEqualTypeOf<string | undefined>();
  });

  it("a handle's kind is not lost when it is stored as JSON and typed back", () => {
    const stored: JobHandle<"create"> = JSON.parse("{}");
    expectTypeOf(waitForJob(client, stored))
      .resolves.toHaveProperty("versionTag")
      .toEqualTypeOf<string>();
    // @ts-expect-error a delete's handle is not a create's
    const wrongKind: JobHandle<"create"> = {} as JobHandle<"delete">;
    expectTypeOf(wrongKind).not.toBeAny();
  });
});
