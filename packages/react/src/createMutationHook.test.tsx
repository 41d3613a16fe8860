import { type JobHandle, type Order, OrderNotFoundError } from "@engage-orders/core";
import {
  useChangeOrderDelivery,
  useChangeOrderStatus,
  useCreateOrder,
  useDeleteOrder,
  useOrder,
  useOrderJob,
  useReplaceOrder,
} from "@engage-orders/react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode, useEffect, useState } from "react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder, uniqueId } from "../test/harness.tsx";

/** Creates an order from an effect, as a component that submits on mount would. */
function useCreateOnMount(order: Order) {
  const { trigger, data } = useCreateOrder();
  useEffect(() => {
    trigger({ order }).catch(() => {});
  }, [trigger, order]);
  return data;
}

/** Reads SWR's tracked fields during render, as a component showing them would. */
const read = <T,>({ data, error }: { data?: T; error?: unknown }) => ({ data, error });

describe("write hooks", () => {
  it("each write returns its handle, works with useOrderJob, and revalidates the order", async () => {
    const harness = createHarness();
    const order = makeOrder();
    const { orderId } = order;
    const { result } = renderHook(
      () => {
        const [handle, setHandle] = useState<JobHandle | null>(null);
        return {
          setHandle,
          job: useOrderJob(handle),
          order: read(useOrder(handle && handle.operation !== "create" ? orderId : null)),
          create: useCreateOrder(),
          replace: useReplaceOrder(),
          status: useChangeOrderStatus(orderId),
          delivery: useChangeOrderDelivery(orderId),
          remove: useDeleteOrder(orderId),
        };
      },
      { wrapper: harness.wrapper },
    );
    const run = async (write: () => Promise<JobHandle>) => {
      const handle = await act(write);
      expect(handle).toMatchObject({ orderId, jobId: expect.stringMatching(/\S/) });
      act(() => result.current.setHandle(handle));
      await harness.advanceUntil(
        () => result.current.job.isDone && result.current.job.job?.jobId === handle.jobId,
      );
      expect(result.current.job.status).toBe("Completed");
      return handle;
    };
    const created = await run(() => result.current.create.trigger({ order }));
    expect(created.operation).toBe("create");
    expect(result.current.create.data).toEqual(created);
    await run(() =>
      result.current.replace.trigger({ order: { ...order, externalStatus: "Replaced" } }),
    );
    await waitFor(() => expect(result.current.order.data?.externalStatus).toBe("Replaced"));
    await run(() => result.current.status.trigger({ externalStatus: "Shipped" }));
    await waitFor(() => expect(result.current.order.data?.externalStatus).toBe("Shipped"));
    await run(() => result.current.delivery.trigger({ trackingNumber: "JJD0001" }));
    await waitFor(() =>
      expect(result.current.order.data?.delivery).toMatchObject({ trackingNumber: "JJD0001" }),
    );
    const deleted = await run(() => result.current.remove.trigger());
    expect(deleted.operation).toBe("delete");
    await waitFor(() => expect(result.current.order.error).toBeInstanceOf(OrderNotFoundError));
  });

  it("sends one create for a double click and for a StrictMode double effect", async () => {
    const harness = createHarness();
    const order = makeOrder();
    const { result } = renderHook(() => useCreateOrder(), { wrapper: harness.wrapper });
    await act(async () => {
      const [first, second] = await Promise.all([
        result.current.trigger({ order }),
        result.current.trigger({ order }),
      ]);
      expect(second).toEqual(first);
    });
    expect(harness.count("POST /api/v3/orders")).toBe(1);

    const other = makeOrder();
    const strict = renderHook(() => useCreateOnMount(other), {
      wrapper: ({ children }) => <StrictMode>{harness.wrapper({ children })}</StrictMode>,
    });
    await waitFor(() => expect(strict.result.current?.orderId).toBe(other.orderId));
    expect(harness.count("POST /api/v3/orders")).toBe(2);
  });

  it("different orders are different intents", async () => {
    const harness = createHarness();
    const { result } = renderHook(() => useCreateOrder(), { wrapper: harness.wrapper });
    await act(() =>
      Promise.all([
        result.current.trigger({ order: makeOrder() }),
        result.current.trigger({ order: makeOrder() }),
      ]),
    );
    expect(harness.count("POST /api/v3/orders")).toBe(2);
  });

  it("stops a write's retries when the component unmounts", async () => {
    const harness = createHarness({ faults: { routes: { createOrder: { serverError: 1 } } } });
    const { result, unmount } = renderHook(() => useCreateOrder(), { wrapper: harness.wrapper });
    let outcome: unknown;
    act(() => {
      result.current.trigger({ order: makeOrder() }).catch((error: unknown) => {
        outcome = error;
      });
    });
    await waitFor(() => expect(harness.count("POST /api/v3/orders")).toBe(1));
    unmount(); // the core is now sleeping before its retry
    await harness.advance(10_000);
    expect(harness.count("POST /api/v3/orders")).toBe(1);
    expect((outcome as Error).name).toBe("AbortError");
  });

  it("a hook given null cannot be triggered", async () => {
    const harness = createHarness();
    const { result } = renderHook(() => useDeleteOrder(null), { wrapper: harness.wrapper });
    await act(async () => {
      await expect(result.current.trigger()).rejects.toThrow(/key/);
    });
    expect(harness.requests).toEqual([]);
    void uniqueId;
  });
});
