import type { JobHandle } from "@engage-orders/core";
import { changeOrderStatus, createOrder } from "@engage-orders/core";
import { useContactOrders, useOrderJob } from "@engage-orders/react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder } from "../test/harness.tsx";

describe("useContactOrders", () => {
  it("pages through a contact's orders and stops after the last page", async () => {
    const harness = createHarness({ latency: "instant" });
    for (let count = 0; count < 5; count++) await createOrder(harness.client, makeOrder());
    harness.emulator.flushJobs();
    harness.requests.length = 0;
    const { result } = renderHook(
      () => {
        const { data, size, setSize } = useContactOrders(harness.contact.contactId, { count: 2 });
        return { data, size, setSize };
      },
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.data?.[0]?.items).toHaveLength(2));
    await act(() => result.current.setSize(3));
    await waitFor(() => expect(result.current.data).toHaveLength(3));
    expect(result.current.data?.map((page) => page.items.length)).toEqual([2, 2, 1]);
    expect(result.current.data?.at(-1)?.next).toBeUndefined();
    await act(() => result.current.setSize(4)); // there is no fourth page
    expect(result.current.data).toHaveLength(3);
    // Each page is read once (SWR also revalidates the first page when the size grows).
    const offsets = harness.requests.map((line) =>
      new URL(line.slice(4), "http://x").searchParams.get("offset"),
    );
    expect([...new Set(offsets)]).toEqual(["0", "2", "4"]);
    expect(
      harness.requests.every(
        (line) =>
          line.includes(`contactId=${harness.contact.contactId}`) && line.endsWith("count=2"),
      ),
    ).toBe(true);
  });

  it("revalidates when a job completes", async () => {
    const harness = createHarness();
    const { result } = renderHook(
      () => {
        const [handle, setHandle] = useState<JobHandle | null>(null);
        const job = useOrderJob(handle);
        const { data } = useContactOrders(harness.contact.contactId);
        return { setHandle, job, data };
      },
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.data?.[0]?.items).toEqual([]));
    const handle = await createOrder(harness.client, makeOrder());
    act(() => result.current.setHandle(handle));
    await harness.advanceUntil(() => result.current.job.isDone);
    await waitFor(() =>
      expect(result.current.data?.[0]?.items.map((order) => order.orderId)).toEqual([
        handle.orderId,
      ]),
    );
  });

  it("refetches every loaded page when a job completes, not only the first", async () => {
    const harness = createHarness({ latency: "instant" });
    const ids: string[] = [];
    for (let count = 0; count < 3; count++)
      ids.push((await createOrder(harness.client, makeOrder())).orderId);
    harness.emulator.flushJobs();
    const { result } = renderHook(
      () => {
        const [handle, setHandle] = useState<JobHandle | null>(null);
        const job = useOrderJob(handle);
        const list = useContactOrders(harness.contact.contactId, { count: 1 });
        return { setHandle, job, list };
      },
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));
    await act(() => result.current.list.setSize(3));
    await waitFor(() => expect(result.current.list.data).toHaveLength(3));
    const last = result.current.list.data?.[2]?.items[0];
    if (!last) throw new Error("the third page lists an order");
    const handle = await changeOrderStatus(harness.client, last.orderId, {
      externalStatus: "Packed",
    });
    harness.requests.length = 0;
    act(() => result.current.setHandle(handle));
    await harness.advanceUntil(() => result.current.job.isDone);
    await waitFor(() =>
      expect(result.current.list.data?.[2]?.items[0]?.externalStatus).toBe("Packed"),
    );
    const offsets = harness.requests
      .filter((line) => line.startsWith("GET /api/v3/orders?"))
      .map((line) => new URL(line.slice(4), "http://x").searchParams.get("offset"));
    expect([...new Set(offsets)].sort()).toEqual(["0", "1", "2"]);
  });
});
