import {
  type CompletedJob,
  ContactMissingError,
  createOrder,
  type JobHandle,
  ordersClientStore,
  VersionTagMismatchError,
  waitForJob,
} from "@engage-orders/core";
import { useOrder, useOrderAction, useOrderJob } from "@engage-orders/react";
import { act, renderHook, waitFor } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder } from "../test/harness.tsx";

/** Creates an order and lets its job complete; returns the completed job. */
async function processed(harness: ReturnType<typeof createHarness>, email?: string) {
  const handle = await createOrder(harness.client, makeOrder(undefined, email));
  const done = waitForJob(harness.client, handle).catch((error: unknown) => error);
  await harness.advance(5000);
  return { handle, outcome: await done };
}

/** Confirms an order from an effect, as a component that confirms on mount would. */
function useConfirmOnMount(orderId: string) {
  const { trigger, data } = useOrderAction(orderId);
  useEffect(() => {
    trigger({ action: "ConfirmOrder" }).catch(() => {});
  }, [trigger]);
  return data;
}

describe("useOrderAction", () => {
  it("quotes the versionTag of the job useOrderJob saw complete", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const { result } = renderHook(
      () => ({ job: useOrderJob(handle), action: useOrderAction(handle.orderId) }),
      { wrapper: harness.wrapper },
    );
    await harness.advanceUntil(() => result.current.job.isDone);
    const before = harness.requests.length;
    await act(() => result.current.action.trigger({ action: "ConfirmOrder" }));
    expect(harness.requests.slice(before)).toEqual([
      `POST /api/v3/orders/${handle.orderId}/action`,
    ]);
    const log = harness.emulator.automationLog(handle.orderId);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      action: "ConfirmOrder",
      versionTag: result.current.job.versionTag,
    });
    expect(result.current.action.data).toMatchObject({ accepted: true, action: "ConfirmOrder" });
  });

  it("reads the versionTag from Engage when none is known yet", async () => {
    const harness = createHarness();
    const { handle } = await processed(harness);
    const { result } = renderHook(() => useOrderAction(handle.orderId), {
      wrapper: harness.wrapper,
    });
    const before = harness.requests.length;
    await act(() => result.current.trigger({ action: "ConfirmOrder" }));
    expect(harness.requests.slice(before)).toEqual([
      `GET /api/v3/orders/${handle.orderId}`,
      `POST /api/v3/orders/${handle.orderId}/action`,
    ]);
  });

  it("sends one request for a double click", async () => {
    const harness = createHarness();
    const { handle } = await processed(harness);
    const { result } = renderHook(() => useOrderAction(handle.orderId), {
      wrapper: harness.wrapper,
    });
    await act(async () => {
      const first = result.current.trigger({ action: "ConfirmOrder", language: "sv-SE" });
      const second = result.current.trigger({ action: "ConfirmOrder", language: "sv-SE" });
      expect(await second).toEqual(await first);
    });
    expect(harness.count("POST")).toBe(2); // the create and one action
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(1);
  });

  it("sends one request for a StrictMode double effect", async () => {
    const harness = createHarness();
    const { handle } = await processed(harness);
    const { result } = renderHook(() => useConfirmOnMount(handle.orderId), {
      wrapper: ({ children }) => <StrictMode>{harness.wrapper({ children })}</StrictMode>,
    });
    await waitFor(() => expect(result.current).toMatchObject({ accepted: true }));
    expect(harness.count(`POST /api/v3/orders/${handle.orderId}/action`)).toBe(1);
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(1);
  });

  it("does not send an accepted action for the same version again, unless resend is set", async () => {
    const harness = createHarness();
    const { handle } = await processed(harness);
    const { result } = renderHook(() => useOrderAction(handle.orderId), {
      wrapper: harness.wrapper,
    });
    await act(() => result.current.trigger({ action: "ConfirmOrder" }));
    await act(() => result.current.trigger({ action: "ConfirmOrder" }));
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(1);
    await act(() => result.current.trigger({ action: "ConfirmOrder", resend: true }));
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(2);
  });

  it("ends a stale versionTag in VersionTagMismatchError, and refresh recovers", async () => {
    const harness = createHarness();
    const { handle } = await processed(harness);
    const { result } = renderHook(
      () => ({ order: useOrder(handle.orderId), action: useOrderAction(handle.orderId) }),
      { wrapper: harness.wrapper },
    );
    await waitFor(() => expect(result.current.order.data?.versionTag).toMatch(/\S/));
    // Someone else changes the order: the tag this page knows is now stale.
    const change = await harness.emulator
      .fetch(
        new Request(`http://engage.test/api/v3/orders/${handle.orderId}/change-status`, {
          method: "POST",
          headers: { apikey: "test-key-engage-emulator", "content-type": "application/json" },
          body: JSON.stringify({ externalStatus: "Packed", lastChangedAt: "2025-12-04T10:00:00Z" }),
        }),
      )
      .then((response) => response.json() as Promise<JobHandle>);
    expect(change.jobId).toMatch(/\S/);
    await harness.advance(5000);
    await act(async () => {
      await expect(
        result.current.action.trigger({ action: "ConfirmOrder" }),
      ).rejects.toBeInstanceOf(VersionTagMismatchError);
    });
    expect(result.current.action.error).toBeInstanceOf(VersionTagMismatchError);
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(0);
    act(() => result.current.action.refresh());
    expect(result.current.action.error).toBeUndefined();
    await waitFor(() => expect(result.current.order.data?.externalStatus).toBe("Packed"));
    await act(() => result.current.action.trigger({ action: "ConfirmOrder" }));
    expect(harness.emulator.automationLog(handle.orderId)).toEqual([
      expect.objectContaining({
        action: "ConfirmOrder",
        versionTag: result.current.order.data?.versionTag,
      }),
    ]);
  });

  it("shares the client's store with code outside React (another framework's bindings)", async () => {
    const harness = createHarness();
    const { handle, outcome } = await processed(harness);
    const { versionTag } = outcome as CompletedJob;
    if (!versionTag) throw new Error("a processed create has a versionTag");
    const store = ordersClientStore(harness.client);
    // Learned outside React: the hook quotes it without reading the order.
    store.knownVersionTags.set(handle.orderId, versionTag);
    const { result } = renderHook(() => useOrderAction(handle.orderId), {
      wrapper: harness.wrapper,
    });
    const before = harness.requests.length;
    await act(() => result.current.trigger({ action: "ConfirmOrder" }));
    expect(harness.requests.slice(before)).toEqual([
      `POST /api/v3/orders/${handle.orderId}/action`,
    ]);
    // What the hook had accepted, code outside React sees (and does not send again).
    expect(
      store.acceptedActions.get(handle.orderId, { action: "ConfirmOrder", versionTag }),
    ).toEqual(result.current.data);
    const request = { action: "ConfirmOrder" as const, versionTag, language: "sv-SE" };
    store.acceptedActions.set(handle.orderId, request, {
      ...request,
      orderId: handle.orderId,
      accepted: true,
    });
    await act(() => result.current.trigger({ action: "ConfirmOrder", language: "sv-SE" }));
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(1);
  });

  it("ends an order without a contact in ContactMissingError", async () => {
    const harness = createHarness();
    const { handle, outcome } = await processed(harness, "nobody@example.com");
    expect(outcome).toBeInstanceOf(ContactMissingError);
    const { result } = renderHook(() => useOrderAction(handle.orderId), {
      wrapper: harness.wrapper,
    });
    await act(async () => {
      await expect(result.current.trigger({ action: "ConfirmOrder" })).rejects.toBeInstanceOf(
        ContactMissingError,
      );
    });
    expect(result.current.error).toBeInstanceOf(ContactMissingError);
    expect(harness.emulator.automationLog(handle.orderId)).toHaveLength(0);
  });
});
