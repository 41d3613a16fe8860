import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { makeOrder } from "../test/harness.ts";
import { DEFAULT_API_KEY } from "./index.ts";
import type { EmulatorServer } from "./node.ts";
import { startEmulatorServer } from "./node.ts";

const headers = {
  apikey: DEFAULT_API_KEY,
  "user-agent": "NodeAdapterTest/1.0",
  "content-type": "application/json",
};
let server: EmulatorServer | undefined;

const MB = 1024 * 1024;

/** What streaming an upload led to: the answer's status and the process's peak RSS growth. */
interface UploadOutcome {
  status: number | undefined;
  sentBytes: number;
  peakRssGrowth: number;
}

/**
 * Streams `totalBytes` of body to the server over real HTTP (one 64 KiB chunk sent again and
 * again, so the test itself never holds the body), stopping when the answer arrives, while
 * sampling this process's RSS: the server runs in it too.
 */
function streamUpload(
  url: string,
  requestHeaders: Record<string, string>,
  totalBytes: number,
): Promise<UploadOutcome> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  return new Promise((resolve) => {
    let status: number | undefined;
    let sentBytes = 0;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(sample);
      peak = Math.max(peak, process.memoryUsage().rss);
      resolve({ status, sentBytes, peakRssGrowth: peak - baseline });
    };
    const upload = httpRequest(`${url}/api/v3/orders`, {
      method: "POST",
      headers: { ...requestHeaders, "transfer-encoding": "chunked" },
    });
    upload.on("response", (response) => {
      status = response.statusCode;
      response.resume();
      response.on("end", finish);
      response.on("error", finish);
    });
    // The server closes the connection after answering early; the unsent rest fails to write.
    upload.on("error", finish);
    upload.on("close", finish);
    const writeMore = () => {
      while (status === undefined && sentBytes < totalBytes) {
        sentBytes += chunk.byteLength;
        if (!upload.write(chunk)) {
          upload.once("drain", writeMore);
          return;
        }
      }
      upload.end();
    };
    writeMore();
  });
}

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("startEmulatorServer (Node adapter)", () => {
  it("listens on 127.0.0.1 with a free port and links to its own URL", async () => {
    server = await startEmulatorServer({
      port: 0,
      latency: "instant",
      contacts: [{ email: "ada@example.com" }],
    });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/api/v3/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify(makeOrder("o-1")),
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { href: string };
    expect(accepted.href.startsWith(`${server.url}/api/v3/orders/jobs/`)).toBe(true);
    const job = await fetch(accepted.href, { headers });
    expect(((await job.json()) as { status: string }).status).toBe("Completed");
  });

  it("a dropped connection after processing reaches the caller as a network error, with the work done", async () => {
    server = await startEmulatorServer({
      port: 0,
      latency: "instant",
      faults: { dropAfterProcessing: 1 },
    });
    const attempt = fetch(`${server.url}/api/v3/orders`, {
      method: "POST",
      headers,
      body: JSON.stringify(makeOrder("o-1")),
    });
    await expect(attempt).rejects.toThrow(TypeError);
    expect(server.emulator.listJobs()).toHaveLength(1);
  });

  it("passes 302 completions through without following them", async () => {
    server = await startEmulatorServer({ port: 0, latency: "instant", completion: 302 });
    server.emulator.seedContact({ email: "ada@example.com" });
    const accepted = (await (
      await fetch(`${server.url}/api/v3/orders`, {
        method: "POST",
        headers,
        body: JSON.stringify(makeOrder("o-1")),
      })
    ).json()) as { href: string };
    const job = await fetch(accepted.href, { headers, redirect: "manual" });
    expect(job.status).toBe(302);
    expect(job.headers.get("location")).toBe(`${server.url}/api/v3/orders/o-1`);
  });

  it("refuses a 100 MB body without a key before reading it: 401, and memory does not grow by the body", async () => {
    server = await startEmulatorServer({ port: 0, latency: "instant" });
    const { apikey: _withoutKey, ...withoutKey } = headers;
    const outcome = await streamUpload(server.url, withoutKey, 100 * MB);
    expect(outcome.status).toBe(401);
    // Buffering it would grow RSS by the body at least once over; reading it not at all keeps
    // the growth to the stream buffers and the sampling noise.
    expect(outcome.peakRssGrowth).toBeLessThan(40 * MB);
    expect(outcome.sentBytes).toBeLessThan(100 * MB);
  }, 60_000);

  it("refuses a 100 MB body with a key once it passes the size limit: 413, and memory does not grow by the body", async () => {
    server = await startEmulatorServer({ port: 0, latency: "instant" });
    const outcome = await streamUpload(server.url, headers, 100 * MB);
    expect(outcome.status).toBe(413);
    expect(outcome.peakRssGrowth).toBeLessThan(40 * MB);
    expect(outcome.sentBytes).toBeLessThan(100 * MB);
  }, 60_000);

  it("still reads a streamed (chunked) body under the limit whole", async () => {
    server = await startEmulatorServer({
      port: 0,
      latency: "instant",
      contacts: [{ email: "ada@example.com" }],
    });
    const body = JSON.stringify(makeOrder("o-chunked"));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(body);
        for (let offset = 0; offset < bytes.byteLength; offset += 100) {
          controller.enqueue(bytes.slice(offset, offset + 100));
        }
        controller.close();
      },
    });
    const init: RequestInit & { duplex: "half" } = {
      method: "POST",
      headers,
      body: stream,
      duplex: "half",
    };
    const response = await fetch(`${server.url}/api/v3/orders`, init);
    expect(response.status).toBe(202);
    expect(server.emulator.listJobs()).toHaveLength(1);
  });
});
