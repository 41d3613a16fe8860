#!/usr/bin/env node
// Benchmark (not a test): the cost a client adds to one create call, against an in-process
// handler (no network), as ratios to a raw fetch doing the same request. Contenders run in
// interleaved rounds so drift hits them alike; each figure is the median over rounds.
//   node bench/overhead/perCallOverhead.mjs [--rounds 15] [--calls 2000]
import { createOrder, createOrdersClient } from "@engage-orders/core";
import { OrderRequestSchema } from "@engage-orders/schemas";
import { requestSchemas } from "@engage-orders/schemas/compiled";
import ky from "ky";
import createOpenApiClient from "openapi-fetch";
import { parseFlags, positiveInteger } from "../../scripts/parseFlags.mjs";
import { fiftyLineOrder } from "./fiftyLineOrder.mjs";

const usage = "usage: node bench/overhead/perCallOverhead.mjs [--rounds 15] [--calls 2000]";
const { values } = parseFlags({ rounds: { type: "string" }, calls: { type: "string" } }, usage);
const rounds = positiveInteger(values, "rounds", 15, usage);
const callsPerRound = positiveInteger(values, "calls", 2000, usage);
const baseUrl = "http://engage.local";
const apiKey = "test-key-bench";
const order = fiftyLineOrder("bench-order-1");

/** The in-process handler: reads the body like a server would and answers 202 with a job. */
const acceptedBody = JSON.stringify({
  jobId: "job-1",
  status: "Pending",
  orderId: order.orderId,
  href: `${baseUrl}/api/v3/orders/jobs/job-1`,
});
async function handler(_url, init) {
  await new Response(init.body).text();
  return new Response(acceptedBody, {
    status: 202,
    headers: {
      "content-type": "application/json",
      location: `${baseUrl}/api/v3/orders/jobs/job-1`,
    },
  });
}
const inProcessFetch = (input, init = {}) => {
  if (input instanceof Request)
    return input.text().then((body) => handler(input.url, { ...init, body, method: input.method }));
  return handler(String(input), init);
};
const headers = {
  apikey: apiKey,
  "user-agent": "EngageOrdersBench/1.0",
  "content-type": "application/json",
};

const ours = createOrdersClient({
  baseUrl,
  apiKey,
  userAgent: "EngageOrdersBench/1.0",
  fetch: inProcessFetch,
  rateLimit: false,
});
const oursValidating = createOrdersClient({
  baseUrl,
  apiKey,
  userAgent: "EngageOrdersBench/1.0",
  fetch: inProcessFetch,
  rateLimit: false,
  schemas: requestSchemas,
});
const oursValidatingWithValibot = createOrdersClient({
  baseUrl,
  apiKey,
  userAgent: "EngageOrdersBench/1.0",
  fetch: inProcessFetch,
  rateLimit: false,
  schemas: { order: OrderRequestSchema },
});
const kyClient = ky.create({
  prefix: baseUrl,
  fetch: inProcessFetch,
  headers,
  retry: 0,
  timeout: 10_000,
});
const openApi = createOpenApiClient({ baseUrl, fetch: inProcessFetch, headers });

const contenders = {
  "raw fetch": async () =>
    (
      await inProcessFetch(`${baseUrl}/api/v3/orders`, {
        method: "POST",
        headers,
        body: JSON.stringify(order),
      })
    ).json(),
  "engage-orders core, no validation": () => createOrder(ours, order),
  "engage-orders core, validating with requestSchemas (compiled)": () =>
    createOrder(oursValidating, order),
  "engage-orders core, validating with OrderRequestSchema (valibot)": () =>
    createOrder(oursValidatingWithValibot, order),
  ky: () => kyClient.post("api/v3/orders", { json: order }).json(),
  "openapi-fetch": () => openApi.POST("/api/v3/orders", { body: order }),
};

async function timeBatch(call) {
  const startedAt = performance.now();
  for (let index = 0; index < callsPerRound; index++) await call();
  return ((performance.now() - startedAt) * 1000) / callsPerRound;
}

for (const call of Object.values(contenders)) await timeBatch(call); // warm up every path
const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, call] of Object.entries(contenders)) samples[name].push(await timeBatch(call));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
/** The targets, as ratios to raw fetch. */
const targets = {
  "engage-orders core, no validation": 1.1,
  "engage-orders core, validating with requestSchemas (compiled)": 1.5,
};
console.log(
  `Per-call overhead of one create (50-line order), ${rounds} interleaved rounds of ${callsPerRound} calls each; µs per call is the median over rounds, the ratio is the median of each round's ratio to that round's raw fetch`,
);
console.log("| client | µs per call | vs raw fetch | target |");
console.log("|---|---:|---:|---|");
for (const [name, values] of Object.entries(samples)) {
  const ratio = median(values.map((value, round) => value / samples["raw fetch"][round]));
  const target = targets[name];
  const verdict =
    target === undefined ? "" : `≤ ${target.toFixed(2)}x: ${ratio <= target ? "met" : "not met"}`;
  console.log(`| ${name} | ${median(values).toFixed(1)} | ${ratio.toFixed(2)}x | ${verdict} |`);
}
