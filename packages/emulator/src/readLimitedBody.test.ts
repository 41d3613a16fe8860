import { describe, expect, it } from "vitest";
import { createEngageEmulator, DEFAULT_API_KEY } from "./index.ts";
import { readLimitedBody } from "./readLimitedBody.ts";

const chunkBytes = 1024;

/** A streamed body of `chunks` chunks that counts how many were pulled. */
function countingBody(chunks: number) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled === chunks) {
          controller.close();
          return;
        }
        counter.pulled++;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

function streamedRequest(body: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  // `duplex` is required by Node's fetch for a streamed body; DOM's RequestInit lacks it.
  const init: RequestInit & { duplex: "half" } = { method: "POST", body, headers, duplex: "half" };
  return new Request("http://engage.test/api/v3/orders", init);
}

describe("readLimitedBody", () => {
  it("stops reading a streamed body as soon as it passes the limit", async () => {
    const { stream, counter } = countingBody(1000);
    const read = await readLimitedBody(streamedRequest(stream), 10 * chunkBytes);
    expect(read.ok).toBe(false);
    expect(counter.pulled).toBe(11);
  });

  it("refuses a declared Content-Length above the limit without reading a byte", async () => {
    const { stream, counter } = countingBody(1000);
    const request = streamedRequest(stream, { "content-length": String(1000 * chunkBytes) });
    expect((await readLimitedBody(request, 10 * chunkBytes)).ok).toBe(false);
    expect(counter.pulled).toBe(0);
  });

  it("returns a body at the limit whole", async () => {
    const { stream } = countingBody(10);
    const read = await readLimitedBody(streamedRequest(stream), 10 * chunkBytes);
    expect(read).toEqual({ ok: true, bytes: new Uint8Array(10 * chunkBytes).fill(0x20) });
  });
});

describe("the emulator and an oversized streamed body", () => {
  const headers = {
    apikey: DEFAULT_API_KEY,
    "user-agent": "BodyLimitTest/1.0",
    "content-type": "application/json",
  };

  it("answers 413 having read only up to the limit", async () => {
    const emulator = createEngageEmulator({ maxBodyBytes: 10 * chunkBytes });
    const { stream, counter } = countingBody(1000);
    const response = await emulator.handle(streamedRequest(stream, headers));
    expect(response.status).toBe(413);
    expect(counter.pulled).toBeLessThanOrEqual(11);
  });

  it("answers 401 without a key having read nothing", async () => {
    const emulator = createEngageEmulator();
    const { stream, counter } = countingBody(1000);
    const response = await emulator.handle(streamedRequest(stream, { ...headers, apikey: "" }));
    expect(response.status).toBe(401);
    expect(counter.pulled).toBe(0);
  });
});
