import { describe, expect, it } from "vitest";
import { createHarness, makeOrder } from "../test/harness.ts";
import type { LatencyProfile } from "./index.ts";

/** A profile that hands out the given delays in turn. */
function delays(...values: number[]): LatencyProfile {
  let index = 0;
  return { name: "scripted", sample: () => values[index++ % values.length] ?? 0 };
}

describe("job processing order", () => {
  it("jobs of one order are processed first in, first out, even when a later one is quicker", async () => {
    const { call, emulator, createProcessed } = createHarness({ latency: delays(0) });
    await createProcessed("o-1");
    emulator.setLatency(delays(5000, 100));
    const replace = (await (
      await call("PUT", "/api/v3/orders/o-1", {
        body: makeOrder("o-1", { externalStatus: "Replaced" }),
      })
    ).json()) as { jobId: string };
    const change = (await (
      await call("POST", "/api/v3/orders/o-1/change-status", {
        body: { externalStatus: "Shipped", lastChangedAt: "2025-12-04T10:00:00+01:00" },
      })
    ).json()) as { jobId: string };
    emulator.advance(1000);
    expect(emulator.getJob(change.jobId)?.status).not.toBe("Completed");
    emulator.advance(4000);
    expect(emulator.getJob(replace.jobId)?.completedAt).toBe(
      emulator.getJob(change.jobId)?.completedAt,
    );
    expect(emulator.getOrder("o-1")?.order.externalStatus).toBe("Shipped");
  });

  it("jobs of different orders finish in the order of their delays", async () => {
    const { call, emulator } = createHarness({ latency: delays(3000, 1000) });
    await call("POST", "/api/v3/orders", { body: makeOrder("slow") });
    await call("POST", "/api/v3/orders", { body: makeOrder("quick") });
    emulator.advance(1000);
    expect(emulator.listOrders().map((view) => view.order.orderId)).toEqual(["quick"]);
    emulator.advance(2000);
    expect(emulator.listOrders().map((view) => view.order.orderId)).toEqual(["quick", "slow"]);
  });

  it("a queue of thousands of open jobs all finish once their time has come", async () => {
    const { call, emulator } = createHarness({ latency: delays(60_000), rateLimit: false });
    for (let index = 0; index < 1000; index++) {
      await call("POST", "/api/v3/orders", { body: makeOrder(`bulk-${index}`) });
    }
    emulator.advance(60_000);
    expect(emulator.listOrders()).toHaveLength(1000);
    // A thousand requests take seconds on a busy shared machine: the default 5 s is too tight.
  }, 30_000);
});
