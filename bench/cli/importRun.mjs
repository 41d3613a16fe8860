// One in-process run of `runImport` for the benchmark: the emulator or a stub behind the client.
import { closeSync, openSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { runImport } from "@engage-orders/cli";
import { createOrdersClient } from "@engage-orders/core";
import { createEngageEmulator, DEFAULT_API_KEY } from "@engage-orders/emulator";

/** Writes `count` valid orders as NDJSON, line by line (flat memory for big files). */
export function createFixture(path, count) {
  const fd = openSync(path, "w");
  let batch = "";
  for (let index = 1; index <= count; index++) {
    const quantity = 1 + (index % 3);
    batch += `${JSON.stringify({
      orderId: `B-${index}`,
      contact: { matchKey: `c${index % 500}@example.com`, matchKeyType: "Email" },
      externalStoreId: "store-1",
      status: "Completed",
      currencyCode: "SEK",
      channel: "Ecom",
      createdAt: "2025-11-03T10:00:00+01:00",
      lineItems: {
        items: [
          {
            quantity,
            article: { sku: `SKU-${index % 97}`, name: "Mug" },
            totalPrice: quantity * 100,
          },
          { quantity: 1, article: { sku: "SKU-X" }, totalPrice: 54.08 },
        ],
        subTotal: quantity * 100 + 54.08,
      },
    })}\n`;
    if (batch.length > 1 << 20) {
      writeSync(fd, batch);
      batch = "";
    }
  }
  writeSync(fd, batch);
  closeSync(fd);
}

/** A stand-in for Engage that accepts every create at once and keeps nothing. */
function stubFetch() {
  let job = 0;
  return async (url, init) => {
    const orderId = JSON.parse(init.body).orderId;
    const jobId = `j${++job}`;
    return new Response(
      JSON.stringify({
        jobId,
        status: "Pending",
        orderId,
        href: `${new URL(url).origin}/api/v3/orders/jobs/${jobId}`,
      }),
      { status: 202, headers: { "content-type": "application/json" } },
    );
  };
}

let runs = 0;

/**
 * Imports a fresh fixture once and times it. `stopAfterMs` stops it like a first Ctrl-C;
 * `validateOnly` times the validation pass alone (an invalid last line stops it there).
 */
export async function runOnce({
  dir,
  orders,
  rate,
  backend,
  journal,
  stopAfterMs,
  validateOnly,
  file,
}) {
  const run = `${process.pid}-${++runs}`;
  const input = file ?? join(dir, `orders-${run}.ndjson`);
  if (!file) createFixture(input, orders);
  if (validateOnly) writeFileSync(input, "{}\n", { flag: "a" });
  const emulator =
    backend === "emulator"
      ? createEngageEmulator({ rateLimit: false, latency: "instant", autoCreateContacts: true })
      : undefined;
  const client = createOrdersClient({
    baseUrl: "http://engage.bench",
    apiKey: DEFAULT_API_KEY,
    rateLimit: rate,
    fetch: emulator ? emulator.fetch : stubFetch(),
  });
  const soft = new AbortController();
  const counters = { total: 0, done: 0, skipped: 0, failed: 0, retries: 0, rateLimited: 0 };
  const silent = { write: () => true };
  let firstSentAt;
  let lastSentAt;
  const watch = setInterval(() => {
    if (counters.done > 0) firstSentAt ??= performance.now();
  }, 1);
  const started = performance.now();
  let stopTimer;
  const code = await runImport(
    {
      file: input,
      journal: journal ?? join(dir, `journal-${run}.ndjson`),
      rejects: join(dir, `rejects-${run}.ndjson`),
      failures: join(dir, `failures-${run}.ndjson`),
      concurrency: 32,
      wait: false,
      waitTimeoutMs: 60_000,
      retryDelaysMs: [],
      skipInvalid: false,
      retryFailed: false,
      json: false,
      plainIntervalMs: 3_600_000,
    },
    {
      io: {
        stdout: silent,
        stderr: silent,
        stdin: new PassThrough(),
        env: {},
        cwd: dir,
        tmpdir: dir,
      },
      target: { client, journalTarget: "bench", banner: "", redact: (text) => text },
      stop: { soft: soft.signal, hard: new AbortController().signal },
      counters: new Proxy(counters, {
        set(target, key, value) {
          target[key] = value;
          if (key === "done") {
            lastSentAt = performance.now();
            if (value === 1) {
              firstSentAt = lastSentAt;
              if (stopAfterMs) stopTimer = setTimeout(() => soft.abort(), stopAfterMs);
            }
          }
          return true;
        },
      }),
      commandLine: "bench",
    },
  );
  clearInterval(watch);
  clearTimeout(stopTimer);
  const totalMs = performance.now() - started;
  return {
    code,
    sent: counters.done,
    totalMs,
    // From the first answer to the last: the steady sending rate, validation excluded.
    sendingMs: (lastSentAt ?? 0) - (firstSentAt ?? 0),
  };
}
