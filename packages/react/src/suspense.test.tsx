import { createOrder, waitForJob } from "@engage-orders/core";
import { useOrder } from "@engage-orders/react";
import { act, render } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { createHarness, makeOrder, settle } from "../test/harness.tsx";

/** Shows an order's versionTag, suspending until it is read. */
function Version({ orderId }: { orderId: string }) {
  const { data } = useOrder(orderId, { suspense: true });
  return <p>{`Version ${data?.versionTag}`}</p>;
}

describe("Suspense (opt-in)", () => {
  it("suspends useOrder until the order is read", async () => {
    const harness = createHarness({ latency: "instant" });
    const handle = await createOrder(harness.client, makeOrder());
    const { versionTag } = await waitForJob(harness.client, handle, {
      minDelayMs: 0,
      maxDelayMs: 0,
    });
    // The read takes 500 ms of emulated time, so the fallback shows meanwhile.
    harness.emulator.setFaults({ routes: { getOrder: { extraLatency: 1, extraLatencyMs: 500 } } });
    let view: { container: HTMLElement } | undefined;
    await act(async () => {
      view = render(
        <Suspense fallback={<p>Loading</p>}>
          <Version orderId={handle.orderId} />
        </Suspense>,
        { wrapper: harness.wrapper },
      );
      await settle();
    });
    expect(view?.container.textContent).toBe("Loading");
    await harness.advance(500);
    expect(view?.container.textContent).toBe(`Version ${versionTag}`);
    expect(harness.count("GET /api/v3/orders/")).toBe(2); // the job poll and one read
  });
});
