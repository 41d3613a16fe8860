// @vitest-environment node
import type { JobHandle } from "@engage-orders/core";
import {
  EngageOrdersProvider,
  useContactOrders,
  useCreateOrder,
  useOrder,
  useOrderAction,
  useOrderJob,
} from "@engage-orders/react";
import { renderToString } from "react-dom/server";
import { SWRConfig } from "swr";
import { describe, expect, it } from "vitest";
import { createHarness } from "./harness.tsx";

const handle: JobHandle = {
  jobId: "job-ssr-1",
  pollUrl: "https://shop.example/engage/api/v3/orders/jobs/job-ssr-1",
  orderId: "o-ssr-1",
  operation: "create",
  startedAt: "2025-01-01T00:00:00.000Z",
};

/** Uses every hook, as a server-rendered page would. */
function Page() {
  const job = useOrderJob(handle);
  const order = useOrder("o-ssr-1");
  const pages = useContactOrders("c-ssr-1");
  const create = useCreateOrder();
  const action = useOrderAction("o-ssr-1");
  return (
    <p>
      {job.status} {String(order.data)} {String(pages.data)} {String(create.isMutating)}{" "}
      {String(action.isMutating)}
    </p>
  );
}

describe("server rendering", () => {
  it("renders without a request and without a browser", () => {
    expect(typeof document).toBe("undefined");
    const harness = createHarness();
    const html = renderToString(
      <SWRConfig value={{ provider: () => new Map() }}>
        <EngageOrdersProvider client={harness.client}>
          <Page />
        </EngageOrdersProvider>
      </SWRConfig>,
    );
    expect(html).toContain("Pending");
    expect(harness.requests).toEqual([]);
  });
});
