import {
  ContactMissingError,
  changeOrderStatus,
  createOrder,
  type JobHandle,
  watchJob,
} from "@engage-orders/core";
import { EngageOrdersProvider, useOrder, useOrderJob } from "@engage-orders/react";
import { act, render, renderHook, waitFor } from "@testing-library/react";
import { type ReactNode, StrictMode } from "react";
import { SWRConfig } from "swr";
import { describe, expect, it, vi } from "vitest";
import { createHarness, EMAIL, makeOrder, settle } from "../test/harness.tsx";

/** One of many components watching the same job. */
function Watcher({ handle }: { handle: JobHandle }) {
  const { status } = useOrderJob(handle);
  return <span>{status}</span>;
}

describe("useOrderJob", () => {
  it("polls a created job to Completed, with a timeline and onCompleted once", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const onCompleted = vi.fn();
    const { result } = renderHook(() => useOrderJob(handle, { onCompleted }), {
      wrapper: harness.wrapper,
    });
    expect(result.current.status).toBe("Pending");
    expect(result.current.timeline).toEqual([{ status: "Pending", at: handle.startedAt }]);
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.status).toBe("Completed");
    expect(result.current.versionTag).toMatch(/\S/);
    expect(result.current.error).toBeUndefined();
    expect(result.current.timeline.map((entry) => entry.status)).toEqual([
      "Pending",
      "Processing",
      "Completed",
    ]);
    expect(onCompleted).toHaveBeenCalledTimes(1);
    expect(onCompleted.mock.calls[0]?.[0]).toMatchObject({
      status: "Completed",
      orderId: handle.orderId,
    });
    const polls = harness.count("GET /api/v3/orders/jobs/");
    await harness.advance(60_000);
    expect(harness.count("GET /api/v3/orders/jobs/")).toBe(polls);
  });

  it("makes one request per poll for 100 components watching one job", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const view = render(
      <div>
        {Array.from({ length: 100 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: identical watchers
          <Watcher key={index} handle={handle} />
        ))}
      </div>,
      { wrapper: harness.wrapper },
    );
    await harness.advanceUntil(() => view.queryAllByText("Completed").length === 100);
    const polls = harness.events.filter((event) => event.type === "poll").length;
    expect(polls).toBeGreaterThan(2);
    expect(harness.count("GET /api/v3/orders/jobs/")).toBe(polls);
    view.unmount();
  });

  it("sends nothing after unmount, whether sleeping or mid-request", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const sleeping = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
    await harness.advance(150); // one poll done, the next one sleeping
    const before = harness.requests.length;
    sleeping.unmount();
    await harness.advance(5000);
    expect(harness.requests.length).toBe(before);
  });

  it("sends nothing after an unmount during a poll request", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    // Every poll answer takes 500 ms of emulated time: the request is in flight meanwhile.
    harness.emulator.setFaults({ routes: { getJob: { extraLatency: 1, extraLatencyMs: 500 } } });
    const watching = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
    await harness.advance(100); // the first poll is sent and waits for its answer
    expect(harness.count("GET /api/v3/orders/jobs/")).toBe(1);
    watching.unmount();
    await harness.advance(10_000);
    expect(harness.requests.length).toBe(2); // the create and that one poll
    expect(harness.events.filter((event) => event.type === "poll")).toEqual([]);
  });

  it("shows transport trouble as its error, and retry resumes the watch", async () => {
    const harness = createHarness({}, { retry: false });
    const handle = await createOrder(harness.client, makeOrder());
    harness.emulator.setFaults({ routes: { getJob: { serverError: 1 } } });
    const { result } = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
    await harness.advanceUntil(() => result.current.error !== undefined);
    expect(result.current.error).toMatchObject({ name: "EngageError", status: 503 });
    expect(result.current.isDone).toBe(false);
    const failed = harness.requests.length;
    await harness.advance(10_000);
    expect(harness.requests.length).toBe(failed); // stopped, not retrying on its own
    harness.emulator.setFaults({});
    harness.emulator.flushJobs(); // the job finishes while nobody waits
    act(() => result.current.retry());
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.status).toBe("Completed");
    expect(result.current.error).toBeUndefined();
  });

  it("resumes from a serialized handle without re-sending the write", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const stored = JSON.parse(JSON.stringify(handle)) as JobHandle;
    await harness.advance(3000); // "reload" after the job finished
    const { result } = renderHook(() => useOrderJob(stored), { wrapper: harness.wrapper });
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.status).toBe("Completed");
    expect(harness.count("POST ")).toBe(1);
  });

  it("follows a job given by id only", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const { result } = renderHook(() => useOrderJob(handle.jobId), { wrapper: harness.wrapper });
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.job).toMatchObject({ orderId: handle.orderId, status: "Completed" });
  });

  it("ends an unknown contact in ContactMissingError and calls onFailed once", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder(undefined, "nobody@example.com"));
    const onFailed = vi.fn();
    const { result } = renderHook(() => useOrderJob(handle, { onFailed }), {
      wrapper: harness.wrapper,
    });
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.error).toBeInstanceOf(ContactMissingError);
    expect(result.current.status).toBe("CompletedWithErrors");
    expect(onFailed).toHaveBeenCalledTimes(1);
    const polls = harness.count("GET ");
    await harness.advance(30_000);
    expect(harness.count("GET ")).toBe(polls);
  });

  it("pauses while the page is hidden and checks again when it shows", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    let visibility = "visible";
    const restore = Object.getOwnPropertyDescriptor(document, "visibilityState");
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => visibility,
    });
    try {
      const { result } = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
      await harness.advance(150);
      visibility = "hidden";
      act(() => void document.dispatchEvent(new Event("visibilitychange")));
      const before = harness.requests.length;
      await harness.advance(10_000);
      expect(harness.requests.length).toBe(before);
      expect(result.current.isDone).toBe(false);
      visibility = "visible";
      act(() => void document.dispatchEvent(new Event("visibilitychange")));
      await harness.advance(0);
      await settle();
      expect(result.current.status).toBe("Completed");
      expect(harness.requests.length).toBe(before + 1);
    } finally {
      if (restore) Object.defineProperty(document, "visibilityState", restore);
      else Reflect.deleteProperty(document, "visibilityState");
    }
  });

  it("runs one watch under StrictMode and a null job watches nothing", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const { result } = renderHook(() => useOrderJob(handle), {
      wrapper: ({ children }) => <StrictMode>{harness.wrapper({ children })}</StrictMode>,
    });
    await harness.advanceUntil(() => result.current.isDone);
    expect(harness.count("GET /api/v3/orders/jobs/")).toBe(
      harness.events.filter((event) => event.type === "poll").length,
    );
    const idle = renderHook(() => useOrderJob(null), { wrapper: harness.wrapper });
    expect(idle.result.current).toMatchObject({ status: undefined, timeline: [], isDone: false });
    void EMAIL;
  });

  it("resumes after a timeout: the deadline ends the wait, not the job", async () => {
    const harness = createHarness();
    const handle = await createOrder(harness.client, makeOrder());
    const onFailed = vi.fn();
    const { result } = renderHook(() => useOrderJob(handle, { timeoutMs: 300, onFailed }), {
      wrapper: harness.wrapper,
    });
    await harness.advanceUntil(() => result.current.error !== undefined);
    expect(result.current.error?.name).toBe("JobTimeoutError");
    expect(result.current.isDone).toBe(false);
    expect(onFailed).not.toHaveBeenCalled();
    harness.emulator.flushJobs(); // the job finishes while nobody waits
    act(() => result.current.retry());
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.status).toBe("Completed");
    expect(result.current.error).toBeUndefined();
    expect(result.current.versionTag).toBeTruthy();
  });

  it("is not changed by an app's global SWR options (suspense, keepPreviousData)", async () => {
    const harness = createHarness();
    const first = await createOrder(harness.client, makeOrder());
    const second = await createOrder(harness.client, makeOrder());
    const { result, rerender } = renderHook(({ handle }) => useOrderJob(handle), {
      initialProps: { handle: first },
      wrapper: ({ children }) => (
        <SWRConfig value={{ suspense: true, keepPreviousData: true }}>
          {harness.wrapper({ children })}
        </SWRConfig>
      ),
    });
    await harness.advanceUntil(() => result.current.isDone);
    rerender({ handle: second });
    // The second job's own state at once, not the first one's kept as "previous data".
    expect(result.current.job?.orderId).toBe(second.orderId);
    await harness.advanceUntil(() => result.current.isDone);
    expect(result.current.job?.orderId).toBe(second.orderId);
  });

  it("revalidates the order wherever it is read, in any SWR cache of the same client", async () => {
    const harness = createHarness();
    const order = makeOrder();
    await createOrder(harness.client, order);
    harness.emulator.flushJobs();
    const otherCache = new Map();
    const other = (
      { children }: { children?: ReactNode }, // a second SWR cache, same client
    ) => (
      <SWRConfig value={{ provider: () => otherCache }}>
        <EngageOrdersProvider client={harness.client}>{children}</EngageOrdersProvider>
      </SWRConfig>
    );
    const reader = renderHook(() => useOrder(order.orderId), { wrapper: other });
    await waitFor(() => expect(reader.result.current.data?.versionTag).toBeTruthy());
    const before = reader.result.current.data?.versionTag;
    const handle = await changeOrderStatus(harness.client, order.orderId, {
      externalStatus: "Packed",
    });
    const watcher = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
    await harness.advanceUntil(() => watcher.result.current.isDone);
    await waitFor(() => expect(reader.result.current.data?.versionTag).not.toBe(before));
    expect(reader.result.current.data?.externalStatus).toBe("Packed");
  });

  it("revalidates the order even when the job's watch was started elsewhere first", async () => {
    const harness = createHarness();
    const order = makeOrder();
    await createOrder(harness.client, order);
    harness.emulator.flushJobs();
    const reader = renderHook(() => useOrder(order.orderId), { wrapper: harness.wrapper });
    await waitFor(() => expect(reader.result.current.data?.versionTag).toBeTruthy());
    const handle = await changeOrderStatus(harness.client, order.orderId, {
      externalStatus: "Packed",
    });
    // A non-React part of the page (a notifications tray, say) watches the job first.
    const tray = vi.fn();
    watchJob(harness.client, handle, { onCompleted: tray });
    const watcher = renderHook(() => useOrderJob(handle), { wrapper: harness.wrapper });
    await harness.advanceUntil(() => watcher.result.current.isDone);
    await waitFor(() => expect(reader.result.current.data?.externalStatus).toBe("Packed"));
    expect(tray).toHaveBeenCalledTimes(1);
  });
});
