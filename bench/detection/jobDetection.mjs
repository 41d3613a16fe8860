#!/usr/bin/env node
// Benchmark (not a test): how soon a caller learns that a job finished, and how many polls it
// took, on the emulator's virtual clock (no real waiting). The real core's waitForJob is
// compared with fixed 1 s, fixed 250 ms and an AWS-waiter-like schedule (2 s minimum,
// exponential, jittered). Every strategy sees the same jobs (same seed); figures are medians
// over seeds. Requests take no virtual time, so delays are the schedule's alone.
//   node bench/detection/jobDetection.mjs [--jobs 400] [--seeds 3]
import { createOrder, createOrdersClient, waitForJob } from "@engage-orders/core";
import {
  createEngageEmulator,
  createSeededRandom,
  latencyProfiles,
  logNormalLatency,
} from "@engage-orders/emulator";
import { parseFlags, positiveInteger } from "../../scripts/parseFlags.mjs";

// Flags are read only when this file is the program, not when its table is imported.
const isProgram = import.meta.url === `file://${process.argv[1]}`;
const usage = "usage: node bench/detection/jobDetection.mjs [--jobs 400] [--seeds 3]";
const { values } = isProgram
  ? parseFlags({ jobs: { type: "string" }, seeds: { type: "string" } }, usage)
  : { values: {} };
const jobsPerRun = positiveInteger(values, "jobs", 400, usage);
const seeds = positiveInteger(values, "seeds", 3, usage);
const warmUpJobs = 20;
const apiKey = "test-key-bench";
const headers = {
  apikey: apiKey,
  "user-agent": "EngageOrdersBench/1.0",
  "content-type": "application/json",
};

/** The profiles jobs are drawn from. */
export const detectionProfiles = {
  "default (realistic: median ~400 ms, 2 % tail of 3-12 s)": latencyProfiles.realistic,
  "heavy tail (median 600 ms, wide spread, 8 % tail of 5-30 s)": logNormalLatency(
    { medianMs: 600, sigma: 1, tailProbability: 0.08, tailMinMs: 5000, tailMaxMs: 30000 },
    "heavyTail",
  ),
};

function order(index) {
  return {
    orderId: `detect-${index}`,
    contact: { matchKey: "detect@example.com", matchKeyType: "Email" },
    status: "InProgress",
    currencyCode: "SEK",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 1, article: { sku: "SKU-1" }, totalPrice: 10 }],
      subTotal: 10,
    },
  };
}

/** Polls a job with a fixed list of delays (the last one repeats), as a caller's loop would. */
function scheduledPoller(nextDelay) {
  return async ({ emulator, handle, countingFetch }) => {
    for (let poll = 0; ; poll++) {
      if (poll > 0) emulator.advance(nextDelay(poll));
      const response = await countingFetch(handle.pollUrl, { headers });
      const job = await response.json();
      if (job.status === "Completed") return;
    }
  };
}

/** The strategies compared. */
const strategies = {
  "engage-orders waitForJob (learned schedule)": async ({ client, handle }) => {
    await waitForJob(client, handle, { timeoutMs: 600_000 });
  },
  "fixed 1 s": scheduledPoller(() => 1000),
  "fixed 250 ms": scheduledPoller(() => 250),
  "AWS-waiter-like (2 s min, exponential, jittered)": (() => {
    const jitter = createSeededRandom("aws-jitter");
    return scheduledPoller((poll) => {
      const ceiling = Math.min(120_000, 2000 * 2 ** (poll - 1));
      return 2000 + jitter.next() * (ceiling - 2000);
    });
  })(),
};

async function run(profile, strategy, seed) {
  const emulator = createEngageEmulator({
    clock: "manual",
    seed,
    latency: profile,
    apiKeys: [apiKey],
    rateLimit: false,
    contacts: [{ email: "detect@example.com" }],
  });
  let polls = 0;
  const countingFetch = (url, init) => {
    if (String(url).includes("/jobs/")) polls++;
    return emulator.fetch(url, init);
  };
  const random = createSeededRandom(`${seed}-client`);
  const client = createOrdersClient({
    baseUrl: "http://engage.local",
    apiKey,
    userAgent: "EngageOrdersBench/1.0",
    fetch: countingFetch,
    rateLimit: false,
    now: () => emulator.clock.now(),
    sleep: async (ms) => emulator.advance(Math.max(0, ms)),
    random: () => random.next(),
  });
  const delays = [];
  const pollCounts = [];
  for (let index = 0; index < jobsPerRun + warmUpJobs; index++) {
    const handle = await createOrder(client, order(index));
    const before = polls;
    await strategy({ emulator, client, handle, countingFetch });
    const view = emulator.getJob(handle.jobId);
    const detectedAt = emulator.clock.now();
    if (index >= warmUpJobs) {
      delays.push(detectedAt - Date.parse(view.dueAt));
      pollCounts.push(polls - before);
    }
  }
  return { delays, pollCounts };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const median = (values) => percentile(values, 50);

export async function detectionTable() {
  const lines = [];
  for (const [profileName, profile] of Object.entries(detectionProfiles)) {
    lines.push(
      `\nProfile: ${profileName}; ${jobsPerRun} jobs per run after ${warmUpJobs} warm-up jobs, median of ${seeds} seeds`,
    );
    lines.push(
      "| strategy | mean delay | p50 delay | p95 delay | polls per job | delay vs fixed 1 s | polls vs fixed 1 s |",
    );
    lines.push("|---|---:|---:|---:|---:|---:|---:|");
    const rows = {};
    for (const [name, strategy] of Object.entries(strategies)) {
      const perSeed = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const { delays, pollCounts } = await run(profile, strategy, `detection-${seed}`);
        perSeed.push({
          mean: mean(delays),
          p50: percentile(delays, 50),
          p95: percentile(delays, 95),
          polls: mean(pollCounts),
        });
      }
      rows[name] = Object.fromEntries(
        ["mean", "p50", "p95", "polls"].map((key) => [key, median(perSeed.map((s) => s[key]))]),
      );
    }
    const reference = rows["fixed 1 s"];
    for (const [name, row] of Object.entries(rows)) {
      lines.push(
        `| ${name} | ${row.mean.toFixed(0)} ms | ${row.p50.toFixed(0)} ms | ${row.p95.toFixed(0)} ms | ${row.polls.toFixed(2)} | ${(row.mean / reference.mean).toFixed(2)}x | ${(row.polls / reference.polls).toFixed(2)}x |`,
      );
    }
  }
  return lines.join("\n");
}

if (isProgram) console.log(await detectionTable());
