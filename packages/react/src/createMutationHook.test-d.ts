import type { ContactOrdersPage, EngageError, JobHandle, StoredOrder } from "@engage-orders/core";
import {
  useChangeOrderDelivery,
  useChangeOrderStatus,
  useContactOrders,
  useCreateOrder,
  useDeleteOrder,
  useOrder,
  useReplaceOrder,
} from "@engage-orders/react";
import { describe, expectTypeOf, it } from "vitest";

declare const order: StoredOrder;

describe("write and read hook types", () => {
  it("every write resolves to a job handle", () => {
    expectTypeOf(useCreateOrder().trigger({ order })).toEqualTypeOf<Promise<JobHandle>>();
    expectTypeOf(
      useReplaceOrder().trigger({ order, orderAction: { action: "ConfirmOrder" } }),
    ).toEqualTypeOf<Promise<JobHandle>>();
    expectTypeOf(useDeleteOrder("o-1").trigger()).toEqualTypeOf<Promise<JobHandle>>();
    expectTypeOf(useChangeOrderStatus("o-1").trigger({ externalStatus: "Shipped" })).toEqualTypeOf<
      Promise<JobHandle>
    >();
    expectTypeOf(useChangeOrderDelivery("o-1").trigger({ trackingNumber: "T1" })).toEqualTypeOf<
      Promise<JobHandle>
    >();
    expectTypeOf(useCreateOrder().data).toEqualTypeOf<JobHandle | undefined>();
    expectTypeOf(useCreateOrder().error).toEqualTypeOf<EngageError | undefined>();
    // @ts-expect-error: a create needs the order
    useCreateOrder().trigger({});
  });

  it("reads are SWR responses of the core's types", () => {
    expectTypeOf(useOrder("o-1").data).toEqualTypeOf<StoredOrder | undefined>();
    expectTypeOf(useOrder("o-1", { contactId: "c-1", suspense: false }).error).toEqualTypeOf<
      EngageError | undefined
    >();
    expectTypeOf(useContactOrders("c-1", { count: 25 }).data).toEqualTypeOf<
      ContactOrdersPage[] | undefined
    >();
  });
});
