#!/usr/bin/env node
// Benchmark (not a test): 10,000 orders created and confirmed against the emulator enforcing
// Engage's limit (200 requests/s per key, then 429), in virtual time. Compares our client
// (its 50 requests/s limiter and retry budget, bounded concurrency, per-order outcomes) with a
// naive Promise.all. Reports the achieved request rate against the recommended 50/s, the 429s
// received, orders lost or confirmed twice (from the emulator's store and automation log), and
// the peak heap of the whole run.
//   node bench/bulk/bulkSync.mjs [--orders 10000]
import { confirmOrder, createOrdersClient } from "@engage-orders/core";
import { createEngageEmulator, createVirtualTime } from "@engage-orders/emulator";
import { parseFlags, positiveInteger } from "../../scripts/parseFlags.mjs";

const usage = "usage: node bench/bulk/bulkSync.mjs [--orders 10000]";
const { values } = parseFlags({ orders: { type: "string" } }, usage);
const total = positiveInteger(values, "orders", 10_000, usage);
const apiKey = "test-key-bench";
const baseUrl = "http://engage.local";
const headers = {
  apikey: apiKey,
  "user-agent": "EngageOrdersBench/1.0",
  "content-type": "application/json",
};

function order(index) {
  return {
    orderId: `bulk-${index}`,
    contact: { matchKey: "bulk@example.com", matchKeyType: "Email" },
    status: "InProgress",
    currencyCode: "SEK",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 1, article: { sku: `SKU-${index % 97}` }, totalPrice: 10 }],
      subTotal: 10,
    },
  };
}

/** Runs `work` over every item with at most `concurrency` in flight; keeps every outcome. */
async function inBulk(items, concurrency, work) {
  const outcomes = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        outcomes[index] = { ok: true, value: await work(items[index]) };
      } catch (error) {
        outcomes[index] = { ok: false, error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return outcomes;
}

function setUp() {
  const time = createVirtualTime();
  const emulator = createEngageEmulator({
    clock: { now: time.now, sleep: (ms) => time.sleep(ms) },
    apiKeys: [apiKey],
    seed: "bulk",
    contacts: [{ email: "bulk@example.com" }],
  });
  const counts = { requests: 0, tooMany: 0 };
  const fetch = async (url, init) => {
    counts.requests++;
    const response = await emulator.fetch(url, init);
    if (response.status === 429) counts.tooMany++;
    return response;
  };
  return { time, emulator, fetch, counts };
}

const strategies = {
  "engage-orders: confirmation embedded in the create, 16 in flight": async (
    { time, fetch },
    orders,
  ) => {
    const client = createOrdersClient({
      baseUrl,
      apiKey,
      userAgent: "EngageOrdersBench/1.0",
      fetch,
      now: time.now,
      sleep: time.sleep,
    });
    return inBulk(orders, 16, (o) => confirmOrder(client, o, { action: "ConfirmOrder" }));
  },
  "engage-orders: create → wait → action, 64 in flight": async ({ time, fetch }, orders) => {
    const client = createOrdersClient({
      baseUrl,
      apiKey,
      userAgent: "EngageOrdersBench/1.0",
      fetch,
      now: time.now,
      sleep: time.sleep,
    });
    return inBulk(orders, 64, (o) =>
      confirmOrder(
        client,
        o,
        { action: "ConfirmOrder" },
        { mode: "separate", timeoutMs: 3_600_000 },
      ),
    );
  },
  "naive Promise.all: create → poll every 1 s → action, no limiter, no retry": async (
    { time, fetch },
    orders,
  ) => {
    const settled = await Promise.allSettled(
      orders.map(async (o) => {
        const created = await fetch(`${baseUrl}/api/v3/orders`, {
          method: "POST",
          headers,
          body: JSON.stringify(o),
        });
        if (created.status !== 202) throw new Error(`create answered ${created.status}`);
        const { href } = await created.json();
        let job;
        do {
          await time.sleep(1000);
          job = await (await fetch(href, { headers })).json();
        } while (
          job.status !== "Completed" &&
          job.status !== "Failed" &&
          job.status !== "CompletedWithErrors" &&
          job.status !== undefined
        );
        const action = await fetch(
          `${baseUrl}/api/v3/orders/${encodeURIComponent(o.orderId)}/action`,
          {
            method: "POST",
            headers,
            body: JSON.stringify({ action: "ConfirmOrder", versionTag: job.versionTag }),
          },
        );
        if (action.status !== 202) throw new Error(`action answered ${action.status}`);
      }),
    );
    return settled.map((outcome) => ({ ok: outcome.status === "fulfilled" }));
  },
};

const rows = [];
for (const [name, strategy] of Object.entries(strategies)) {
  const setup = setUp();
  const orders = Array.from({ length: total }, (_, index) => order(index));
  globalThis.gc?.();
  const heapAtStart = process.memoryUsage().heapUsed;
  let peakHeap = heapAtStart;
  const startedAt = setup.time.now();
  const realStartedAt = performance.now();
  // Sampled in real time while the run works (the virtual clock has no step hook).
  const sampler = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 5);
  const outcomes = await setup.time.runUntil(strategy(setup, orders));
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  clearInterval(sampler);
  // Let embedded actions fire: they run when their job is processed, after the create answered.
  await setup.time.runUntil(setup.time.sleep(120_000));
  const virtualSeconds = (setup.time.now() - 120_000 - startedAt) / 1000;
  const stored = new Set(setup.emulator.listOrders().map((view) => view.order.orderId));
  const confirmations = new Map();
  for (const entry of setup.emulator.automationLog()) {
    if (entry.action === "ConfirmOrder")
      confirmations.set(entry.orderId, (confirmations.get(entry.orderId) ?? 0) + 1);
  }
  rows.push({
    name,
    seconds: virtualSeconds,
    rate: setup.counts.requests / virtualSeconds,
    requests: setup.counts.requests,
    tooMany: setup.counts.tooMany,
    failedOutcomes: outcomes.filter((outcome) => !outcome.ok).length,
    lost: total - stored.size,
    unconfirmed: total - confirmations.size,
    doubled: [...confirmations.values()].filter((count) => count > 1).length,
    peakHeapMb: (peakHeap - heapAtStart) / 2 ** 20,
    realSeconds: (performance.now() - realStartedAt) / 1000,
  });
}

console.log(
  `Bulk sync of ${total} orders against the emulator (Engage's limit: 200 requests/s, recommended 50/s), virtual time`,
);
console.log(
  "| strategy | virtual duration | achieved rate | requests | 429s | failed outcomes | orders lost | not confirmed | confirmed twice | peak heap growth |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of rows) {
  console.log(
    `| ${row.name} | ${row.seconds.toFixed(0)} s | ${row.rate.toFixed(1)}/s | ${row.requests} | ${row.tooMany} | ${row.failedOutcomes} | ${row.lost} | ${row.unconfirmed} | ${row.doubled} | ${row.peakHeapMb.toFixed(1)} MB |`,
  );
}
