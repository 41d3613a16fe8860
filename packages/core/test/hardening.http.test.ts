// Over real HTTP on 127.0.0.1 with Node's own fetch: the shapes only a runtime produces (the
// `TypeError("fetch failed", { cause })` of a dropped connection, redirects left to the caller
// or followed by the fetch) and header values that must not carry the key into a handle.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createOrdersClient,
  deleteOrder,
  type FetchLike,
  getJob,
  getOrder,
  type JobHandle,
  NetworkError,
  waitForJob,
} from "../src/index";

const KEY = "live+key/with=chars-0123456789";
let server: Server;
let baseUrl = "";
let orderReads = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? "";
    if (path === "/api/v3/orders/drop") return req.socket.destroy();
    if (path === "/api/v3/orders/jobs/j-302") {
      res.writeHead(302, { location: "/api/v3/orders/o-302" });
      return res.end();
    }
    if (path === "/api/v3/orders/o-302") {
      orderReads += 1;
      // The first read races the write: the order is there, its versionTag not yet.
      const order = { orderId: "o-302", status: "InProgress", lineItems: { items: [] } };
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(orderReads > 1 ? { ...order, versionTag: "v-302" } : order));
    }
    if (req.method === "DELETE" && path === "/api/v3/orders/o-loc") {
      // A gateway that puts the key it saw into the job link.
      const key = encodeURIComponent(`${req.headers.apikey}`);
      res.writeHead(202, { location: `${baseUrl}/api/v3/orders/jobs/j-loc?apikey=${key}` });
      return res.end();
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  orderReads = 0;
});

const handle = (): JobHandle => ({
  jobId: "j-302",
  pollUrl: `${baseUrl}/api/v3/orders/jobs/j-302`,
  orderId: "o-302",
  operation: "replace",
  startedAt: new Date().toISOString(),
});

describe("Node's fetch error shape", () => {
  it("keeps TypeError('fetch failed', { cause }) and its code, with the key redacted at any depth", async () => {
    // A tracing wrapper that adds what it knows (the key among it) to the runtime's own error.
    const tracing: FetchLike = async (url, init) => {
      try {
        return await fetch(url, init);
      } catch (error) {
        const cause = (error as Error).cause as Error;
        cause.message += ` (apikey=${(init.headers as Record<string, string>).apikey})`;
        throw error;
      }
    };
    const client = createOrdersClient({ baseUrl, apiKey: KEY, fetch: tracing, retry: false });
    const error = await getOrder(client, "drop").catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(NetworkError);
    const cause = (error as NetworkError).cause as TypeError;
    expect(cause).toBeInstanceOf(TypeError);
    expect(cause.message).toBe("fetch failed");
    expect((cause.cause as { code?: string }).code).toBe("UND_ERR_SOCKET");
    expect((cause.cause as Error).message).toContain("(apikey=[redacted])");
    expect(inspect(error, { depth: 20 })).not.toContain(KEY);
    expect(`${(error as Error).stack}${cause.stack}`).not.toContain(KEY);
  });
});

describe("a completion answered with the order", () => {
  it.each([
    ["redirect: manual (the client follows on its own origin)", undefined],
    [
      "a fetch that follows redirects itself",
      ((url, init) => fetch(url, { ...init, redirect: "follow" })) as FetchLike,
    ],
  ])("%s: Completed with the order's versionTag, never the order's status", async (_, custom) => {
    const client = createOrdersClient({ baseUrl, apiKey: KEY, ...(custom && { fetch: custom }) });
    const job = await getJob(client, handle());
    expect(job).toMatchObject({ jobId: "j-302", status: "Completed", versionTag: "v-302" });
    expect(orderReads).toBe(2);
    orderReads = 0;
    const done = await waitForJob(client, handle(), { timeoutMs: 5000, minDelayMs: 1 });
    expect(done.versionTag).toBe("v-302");
  });
});

describe("header values read into a handle", () => {
  it("never carry the key: a Location naming it becomes a redacted poll URL", async () => {
    const client = createOrdersClient({ baseUrl, apiKey: KEY });
    const deleted = await deleteOrder(client, "o-loc");
    expect(deleted.jobId).toBe("j-loc");
    const serialized = JSON.stringify(deleted);
    expect(serialized).not.toContain(KEY);
    expect(serialized).not.toContain(encodeURIComponent(KEY));
    expect(deleted.pollUrl).toContain("apikey=");
  });
});
