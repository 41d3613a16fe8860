import { OrderNotFoundError } from "@engage-orders/core";
import { useOrder } from "@engage-orders/react";
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder, uniqueId } from "../test/harness.tsx";

/** Reads SWR's tracked fields during render, as a component showing them would. */
const read = <T,>({ data, error }: { data?: T; error?: unknown }) => ({ data, error });

describe("useOrder", () => {
  it("reads an order with its versionTag, once for many components", async () => {
    const harness = createHarness();
    const order = makeOrder();
    const accepted = await harness.emulator.fetch(
      new Request("http://engage.test/api/v3/orders", {
        method: "POST",
        headers: { apikey: "test-key-engage-emulator", "content-type": "application/json" },
        body: JSON.stringify(order),
      }),
    );
    expect(accepted.status).toBe(202);
    harness.emulator.flushJobs();
    const { result } = renderHook(
      () => [
        read(useOrder(order.orderId)),
        read(useOrder(order.orderId)),
        read(useOrder(order.orderId)),
      ],
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current[0]?.data?.versionTag).toMatch(/\S/));
    expect(result.current[2]?.data).toEqual(result.current[0]?.data);
    expect(harness.requests).toEqual([`GET /api/v3/orders/${order.orderId}`]);
  });

  it("ends an unknown order in OrderNotFoundError and checks the contact when asked", async () => {
    const harness = createHarness();
    const missingId = uniqueId("missing");
    const missing = renderHook(() => read(useOrder(missingId, { shouldRetryOnError: false })), {
      wrapper: harness.wrapper,
    });
    await waitFor(() => expect(missing.result.current.error).toBeInstanceOf(OrderNotFoundError));
    const contact = renderHook(
      () =>
        read(useOrder("o-1", { contactId: harness.contact.contactId, shouldRetryOnError: false })),
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(contact.result.current.error).toBeInstanceOf(OrderNotFoundError));
    expect(harness.requests.at(-1)).toBe(
      `GET /api/v3/orders/o-1?contactId=${harness.contact.contactId}`,
    );
  });

  it("fetches nothing for null", () => {
    const harness = createHarness();
    const { result } = renderHook(() => read(useOrder(null)), { wrapper: harness.wrapper });
    expect(result.current).toEqual({ data: undefined, error: undefined });
    expect(harness.requests).toEqual([]);
  });
});
