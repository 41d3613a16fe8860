// Hooks under stress (happy-dom): unmounting in every phase of a write, a job watch or an
// action leaves no request behind and no timer or wait of the library running; StrictMode,
// double clicks and many watchers send one write per intent and one poll per round.
import type { JobHandle, Order } from "@engage-orders/core";
import { useCreateOrder, useOrder, useOrderAction, useOrderJob } from "@engage-orders/react";
import { act, render, renderHook } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStepHarness, settle } from "../src/stepHarness";

// Real timers started by the library's own code (found by the caller's file in the stack).
const libraryTimers = new Set<unknown>();
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;
beforeAll(() => {
  globalThis.setTimeout = ((
    callback: (...args: unknown[]) => void,
    ms?: number,
    ...args: unknown[]
  ) => {
    const fromLibrary = /packages\/(core|react)\/src\//.test(new Error().stack ?? "");
    const id = realSetTimeout(() => {
      libraryTimers.delete(id);
      callback(...args);
    }, ms);
    if (fromLibrary) libraryTimers.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.clearTimeout = ((id: Parameters<typeof clearTimeout>[0]) => {
    libraryTimers.delete(id);
    realClearTimeout(id);
  }) as typeof clearTimeout;
});
afterAll(() => {
  globalThis.setTimeout = realSetTimeout;
  globalThis.clearTimeout = realClearTimeout;
});

let counter = 0;
const order = (): Order => ({
  orderId: `o-stress-${++counter}`,
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
  status: "InProgress",
  currencyCode: "SEK",
  createdAt: "2025-12-03T15:15:19+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 1 }], subTotal: 1 },
});
const handleOf = (orderId: string, now: number): JobHandle => ({
  jobId: `job-${orderId}`,
  pollUrl: `https://shop.example/engage/api/v3/orders/jobs/job-${orderId}`,
  orderId,
  operation: "create",
  startedAt: new Date(now).toISOString(),
});
const job = (orderId: string, status: string, versionTag?: string) => ({
  jobId: `job-${orderId}`,
  orderId,
  status,
  ...(versionTag ? { versionTag } : {}),
});

type Harness = ReturnType<typeof createStepHarness>;

/** Creates the order from an effect, as a page that submits on mount would. */
function CreateOnMount({ order }: { order: Order }) {
  const { trigger } = useCreateOrder();
  useEffect(() => void trigger({ order }).catch(() => {}), [trigger, order]);
  return null;
}

/** Confirms the order from an effect. */
function ConfirmOnMount({ orderId }: { orderId: string }) {
  const { trigger } = useOrderAction(orderId);
  useEffect(
    () => void trigger({ action: "ConfirmOrder", versionTag: "v1" }).catch(() => {}),
    [trigger],
  );
  return null;
}

/** Unmounts, lets everything run, and checks nothing of the library is left running. */
async function unmountAndCheck(h: Harness, unmount: () => void) {
  const sent = h.requests.length;
  const inFlight = h.requests.filter((r) => !r.answered);
  act(() => unmount());
  await act(() => settle(40));
  // Time moving on must not wake anything either.
  await h.wake();
  expect(h.requests.length).toBe(sent);
  for (const held of inFlight) expect(held.signal?.aborted).toBe(true);
  expect(h.sleeps.size).toBe(0);
  expect(libraryTimers.size).toBe(0);
}

describe("unmount in every phase leaves zero requests, waits and timers", () => {
  it("useCreateOrder: create in flight", async () => {
    const h = createStepHarness();
    const { result, unmount } = renderHook(() => useCreateOrder(), { wrapper: h.wrapper });
    act(() => void result.current.trigger({ order: order() }).catch(() => {}));
    await h.request(1);
    await unmountAndCheck(h, unmount);
  });

  it("useCreateOrder: waiting to retry after a 503", async () => {
    const h = createStepHarness();
    const { result, unmount } = renderHook(() => useCreateOrder(), { wrapper: h.wrapper });
    act(() => void result.current.trigger({ order: order() }).catch(() => {}));
    (await h.request(1)).answer(503, { errorCode: "ServiceUnavailable", message: "busy" });
    await h.sleeping();
    await unmountAndCheck(h, unmount);
  });

  const watchPhases: [string, (h: Harness, orderId: string) => Promise<void>][] = [
    ["before the first poll", async (h) => h.sleeping()],
    [
      "poll in flight",
      async (h) => {
        await h.sleeping();
        await h.wake();
        await h.request(1);
      },
    ],
    [
      "waiting to retry a poll after a 503",
      async (h) => {
        await h.sleeping();
        await h.wake();
        (await h.request(1)).answer(503);
        await h.sleeping();
      },
    ],
    [
      "between polls (job Pending)",
      async (h, orderId) => {
        await h.sleeping();
        await h.wake();
        (await h.request(1)).answer(200, job(orderId, "Pending"));
        await h.sleeping();
      },
    ],
    [
      "reading the order after a completion without versionTag",
      async (h, orderId) => {
        await h.sleeping();
        await h.wake();
        (await h.request(1)).answer(200, job(orderId, "Completed"));
        await h.request(2);
      },
    ],
  ];
  it.each(watchPhases)("useOrderJob: %s", async (_, reach) => {
    const h = createStepHarness();
    const { orderId } = order();
    const handle = handleOf(orderId, h.now());
    const { unmount } = renderHook(() => useOrderJob(handle), { wrapper: h.wrapper });
    await reach(h, orderId);
    await unmountAndCheck(h, unmount);
  });

  it("useOrderAction: reading the versionTag first (the action is then never sent)", async () => {
    const h = createStepHarness();
    const { orderId } = order();
    const { result, unmount } = renderHook(() => useOrderAction(orderId), { wrapper: h.wrapper });
    act(() => void result.current.trigger({ action: "ConfirmOrder" }).catch(() => {}));
    expect((await h.request(1)).method).toBe("GET");
    await unmountAndCheck(h, unmount);
    expect(h.requests.filter((r) => r.path.endsWith("/action"))).toEqual([]);
  });

  it("useOrderAction: action in flight, and waiting to retry after a 503", async () => {
    for (const retry of [false, true]) {
      const h = createStepHarness();
      const { orderId } = order();
      const { result, unmount } = renderHook(() => useOrderAction(orderId), { wrapper: h.wrapper });
      act(
        () =>
          void result.current.trigger({ action: "ConfirmOrder", versionTag: "v1" }).catch(() => {}),
      );
      const first = await h.request(1);
      if (retry) {
        first.answer(503);
        await h.sleeping();
      }
      await unmountAndCheck(h, unmount);
    }
  });

  it("useOrder: waiting to retry a read after a 503", async () => {
    const h = createStepHarness();
    const { orderId } = order();
    const { unmount } = renderHook(() => useOrder(orderId), { wrapper: h.wrapper });
    (await h.request(1)).answer(503);
    await h.sleeping();
    await unmountAndCheck(h, unmount);
  });
});

describe("one write per intent", () => {
  it("a create triggered from an effect under StrictMode sends one request", async () => {
    const h = createStepHarness();
    const o = order();
    render(
      <StrictMode>
        <h.wrapper>
          <CreateOnMount order={o} />
        </h.wrapper>
      </StrictMode>,
    );
    await h.request(1);
    await act(() => settle(40));
    expect(h.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /engage/api/v3/orders"]);
  });

  it("a double click on create, and on an action, sends one request each", async () => {
    const h = createStepHarness();
    const o = order();
    const { result } = renderHook(
      () => ({ create: useCreateOrder(), action: useOrderAction(o.orderId) }),
      { wrapper: h.wrapper },
    );
    const creates = act(() =>
      Promise.all([1, 2].map(() => result.current.create.trigger({ order: o }))),
    );
    (await h.request(1)).answer(202, {
      jobId: "j1",
      status: "Pending",
      orderId: o.orderId,
      href: "https://shop.example/engage/api/v3/orders/jobs/j1",
    });
    const [first, second] = await creates;
    expect(second).toEqual(first);
    const click = () => result.current.action.trigger({ action: "ConfirmOrder", versionTag: "v1" });
    const actions = act(() => Promise.all([click(), click(), click()]));
    (await h.request(2)).answer(202, {
      orderId: o.orderId,
      action: "ConfirmOrder",
      accepted: true,
    });
    await actions;
    // Clicked again after it was accepted for this version: still not sent twice.
    await act(() => click());
    await act(() => settle(40));
    expect(h.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /engage/api/v3/orders",
      `POST /engage/api/v3/orders/${o.orderId}/action`,
    ]);
  });

  it("an action triggered from an effect under StrictMode is sent once", async () => {
    const h = createStepHarness();
    const { orderId } = order();
    render(
      <StrictMode>
        <h.wrapper>
          <ConfirmOnMount orderId={orderId} />
        </h.wrapper>
      </StrictMode>,
    );
    (await h.request(1)).answer(202, { orderId, action: "ConfirmOrder", accepted: true });
    await act(() => settle(40));
    expect(h.requests).toHaveLength(1);
  });

  it("five watchers of one job under StrictMode poll once per round", async () => {
    const h = createStepHarness();
    const { orderId } = order();
    const handle = handleOf(orderId, h.now());
    // Five watchers in one tree (as five widgets of one page would be).
    renderHook(() => [1, 2, 3, 4, 5].map(() => useOrderJob(handle)), {
      wrapper: ({ children }) => <StrictMode>{h.wrapper({ children })}</StrictMode>,
    });
    for (let round = 1; round <= 3; round++) {
      await h.sleeping();
      expect(h.sleeps.size).toBe(1);
      await h.wake();
      (await h.request(round)).answer(
        200,
        job(orderId, round === 3 ? "Completed" : "Pending", round === 3 ? "v9" : undefined),
      );
      await act(() => settle(10));
      expect(h.requests).toHaveLength(round);
    }
    expect(h.sleeps.size).toBe(0);
  });
});
