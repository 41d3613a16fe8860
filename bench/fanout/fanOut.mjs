#!/usr/bin/env node
// Benchmark (not a test): requests per poll when many mounted components watch one job.
// Real React 19 in happy-dom, the built hooks, the emulator with a fixed 1.2 s job; every job
// request is counted. A naive per-component poller (useEffect + its own waitForJob) is shown
// beside it for contrast.
//   node bench/fanout/fanOut.mjs
import { Window } from "happy-dom";

const window = new Window({ url: "http://127.0.0.1/" });
for (const name of [
  "window",
  "document",
  "navigator",
  "HTMLElement",
  "Node",
  "Element",
  "Event",
  "MutationObserver",
]) {
  Object.defineProperty(globalThis, name, {
    value: name === "window" ? window : window[name],
    configurable: true,
    writable: true,
  });
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const { createElement, act, useEffect, useState } = await import("react");
const { createRoot } = await import("react-dom/client");
const { SWRConfig } = await import("swr");
const { createOrder, createOrdersClient, waitForJob } = await import("@engage-orders/core");
const { EngageOrdersProvider, useOrderJob } = await import("@engage-orders/react");
const { createEngageEmulator, fixedLatency } = await import("@engage-orders/emulator");

const apiKey = "test-key-bench";

function setUp() {
  const emulator = createEngageEmulator({
    apiKeys: [apiKey],
    latency: fixedLatency(1200),
    rateLimit: false,
    contacts: [{ email: "fan@example.com" }],
  });
  const counts = { jobRequests: 0, rounds: 0, lastAt: Number.NEGATIVE_INFINITY };
  const fetch = (url, init) => {
    if (String(url).includes("/jobs/")) {
      counts.jobRequests++;
      // Requests within 50 ms of the previous one belong to the same poll round.
      if (performance.now() - counts.lastAt > 50) counts.rounds++;
      counts.lastAt = performance.now();
    }
    return emulator.fetch(url, init);
  };
  // A fixed random source makes the poll schedule deterministic, so every run polls alike.
  const client = createOrdersClient({
    baseUrl: "http://engage.local",
    apiKey,
    userAgent: "EngageOrdersBench/1.0",
    fetch,
    rateLimit: false,
    random: () => 0.5,
  });
  return { client, counts };
}

const order = (orderId) => ({
  orderId,
  contact: { matchKey: "fan@example.com", matchKeyType: "Email" },
  status: "InProgress",
  currencyCode: "SEK",
  createdAt: "2025-12-03T15:15:19+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 10 }], subTotal: 10 },
});

/** Mounts `count` watchers of one job; resolves when every one of them saw it complete. */
async function watch(count, Watcher, label) {
  const { client, counts } = setUp();
  const handle = await createOrder(client, order(`fan-${label}-${count}`));
  let completed = 0;
  let finish;
  const allDone = new Promise((resolve) => {
    finish = resolve;
  });
  const onDone = () => {
    if (++completed === count) finish();
  };
  const container = window.document.createElement("div");
  const root = createRoot(container);
  await act(async () => {
    root.render(
      createElement(
        SWRConfig,
        { value: { provider: () => new Map() } },
        createElement(
          EngageOrdersProvider,
          { client },
          Array.from({ length: count }, (_, index) =>
            createElement(Watcher, { key: index, handle, client, onDone }),
          ),
        ),
      ),
    );
  });
  await act(() => allDone);
  await act(async () => root.unmount());
  return { requests: counts.jobRequests, rounds: counts.rounds };
}

/** The hook: one shared watch per job. */
function HookWatcher({ handle, onDone }) {
  const { status } = useOrderJob(handle);
  useEffect(() => {
    if (status === "Completed") onDone();
  }, [status, onDone]);
  return createElement("span", null, status ?? "");
}

/** A naive component: its own wait per component. */
function NaiveWatcher({ handle, client, onDone }) {
  const [status, setStatus] = useState("Pending");
  useEffect(() => {
    const controller = new AbortController();
    waitForJob(client, handle, { signal: controller.signal }).then(
      () => {
        setStatus("Completed");
        onDone();
      },
      () => {},
    );
    return () => controller.abort();
  }, [client, handle, onDone]);
  return createElement("span", null, status);
}

const rows = [];
for (const count of [1, 10, 100]) {
  rows.push({
    count,
    hook: await watch(count, HookWatcher, "hook"),
    naive: await watch(count, NaiveWatcher, "naive"),
  });
}

const perPoll = ({ requests, rounds }) => (requests / rounds).toFixed(2);
console.log(
  "Job requests while N mounted components watch one job (fixed 1.2 s job), until every one saw it complete.",
);
console.log("A poll round is a burst of job requests less than 50 ms apart.");
console.log(
  "| components | useOrderJob: job requests | poll rounds | requests per poll | naive useEffect + waitForJob each: job requests | poll rounds | requests per poll |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (const { count, hook, naive } of rows) {
  console.log(
    `| ${count} | ${hook.requests} | ${hook.rounds} | ${perPoll(hook)} | ${naive.requests} | ${naive.rounds} | ${perPoll(naive)} |`,
  );
}
process.exit(0);
