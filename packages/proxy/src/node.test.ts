import { once } from "node:events";
import { Agent, createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { canaryKey } from "../test/recordingUpstream.ts";
import { type RunningOrdersProxy, serveOrdersProxy } from "./node.ts";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** Starts a local HTTP server acting as Engage: it records requests and answers like the contract. */
async function startUpstream() {
  const seen: Seen[] = [];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      seen.push({
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const self = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (incoming.method === "POST") {
        const href = `${self}/api/v3/orders/jobs/job-1`;
        outgoing.writeHead(202, { "content-type": "application/json", location: href });
        outgoing.end(JSON.stringify({ jobId: "job-1", status: "Pending", orderId: "A-1", href }));
        return;
      }
      if (incoming.url === "/api/v3/orders/jobs/job-2") {
        outgoing.writeHead(302, { location: `${self}/api/v3/orders/A-2` });
        outgoing.end();
        return;
      }
      outgoing.writeHead(200, { "content-type": "application/json", "set-cookie": "t=1" });
      outgoing.end(JSON.stringify({ jobId: "job-1", status: "Completed", echo: canaryKey }));
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  closers.push(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, "close");
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

async function startProxy(upstreamUrl: string, extra: { maxBodyBytes?: number } = {}) {
  const proxy: RunningOrdersProxy = await serveOrdersProxy({
    port: 0,
    baseUrl: upstreamUrl,
    apiKey: canaryKey,
    userAgent: "NodeSmoke/1.0",
    basePath: "/engage",
    ...extra,
  });
  closers.push(proxy.close);
  return proxy;
}

/** Sends a raw request target that `fetch` would normalize before sending. */
function rawRequest(
  url: string,
  path: string,
  body?: { chunks: number; size: number },
  agent?: Agent,
) {
  return new Promise<{ status: number; body: string; socket: unknown }>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const request = httpRequest(
      {
        hostname,
        port,
        path,
        ...(agent === undefined ? {} : { agent }),
        method: body ? "POST" : "GET",
        headers: body ? { "content-type": "application/json" } : {},
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => {
          text += chunk.toString("utf8");
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: text, socket: request.socket }),
        );
      },
    );
    request.on("error", reject);
    if (body) for (let i = 0; i < body.chunks; i++) request.write(Buffer.alloc(body.size, 0x20));
    request.end();
  });
}

describe("serveOrdersProxy on Node", () => {
  it("forwards to a real upstream, injects the key and rewrites the job link", async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url);
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const created = await fetch(`${proxy.url}/engage/api/v3/orders`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: "session=1" },
      body: JSON.stringify({ orderId: "A-1" }),
    });
    expect(created.status).toBe(202);
    const accepted = (await created.json()) as { href: string };
    const jobUrl = `${proxy.url}/engage/api/v3/orders/jobs/job-1`;
    expect(accepted.href).toBe(jobUrl);
    expect(created.headers.get("location")).toBe(jobUrl);

    const job = await fetch(accepted.href);
    expect(job.status).toBe(200);
    expect(job.headers.get("set-cookie")).toBeNull();
    const text = await job.text();
    expect(text).not.toContain(canaryKey);
    expect(JSON.parse(text)).toMatchObject({ status: "Completed", echo: "[redacted]" });

    expect(upstream.seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      "POST /api/v3/orders",
      "GET /api/v3/orders/jobs/job-1",
    ]);
    expect(upstream.seen[0]).toMatchObject({
      body: '{"orderId":"A-1"}',
      headers: { apikey: canaryKey, "user-agent": "NodeSmoke/1.0" },
    });
    expect(upstream.seen[0]!.headers.cookie).toBeUndefined();
    // A fully read request keeps its connection for the next one.
    expect(job.headers.get("connection")).not.toBe("close");
  });

  it("hands a 302 to the order back to the browser instead of following it", async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url);
    const response = await fetch(`${proxy.url}/engage/api/v3/orders/jobs/job-2`, {
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${proxy.url}/engage/api/v3/orders/A-2`);
    expect(upstream.seen.map((request) => request.url)).toEqual(["/api/v3/orders/jobs/job-2"]);
    const followed = await fetch(`${proxy.url}/engage/api/v3/orders/jobs/job-2`);
    expect(followed.url).toBe(`${proxy.url}/engage/api/v3/orders/A-2`);
    expect(upstream.seen.map((request) => request.url).slice(1)).toEqual([
      "/api/v3/orders/jobs/job-2",
      "/api/v3/orders/A-2",
    ]);
  });

  it.each([
    "/engage/api/v3/orders/../../admin",
    "/engage/api/v3/orders/%2e%2e/%2e%2e/admin",
    "/engage/api/v3/orders/A\\..\\x",
    "/engage/api/v3/orders/.%2E/jobs/j-1",
    "http://127.0.0.1/engage/api/v3/orders/A-1",
  ])("refuses the raw target %s with 400 before it is normalized", async (path) => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url);
    const response = await rawRequest(proxy.url, path);
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body)).toMatchObject({ errorCode: "InvalidRequest" });
    expect(upstream.seen).toHaveLength(0);
  });

  it("answers 413 to a chunked body over the limit and forwards nothing", async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url, { maxBodyBytes: 4096 });
    const response = await rawRequest(proxy.url, "/engage/api/v3/orders", {
      chunks: 64,
      size: 1024,
    });
    expect(response.status).toBe(413);
    expect(upstream.seen).toHaveLength(0);
  });

  it("drains a refused body so the same connection serves the next request", async () => {
    const upstream = await startUpstream();
    const proxy = await startProxy(upstream.url, { maxBodyBytes: 1024 });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await rawRequest(
        proxy.url,
        "/engage/api/v3/orders",
        { chunks: 32, size: 1024 },
        agent,
      );
      expect(refused.status).toBe(413);
      const next = await rawRequest(
        proxy.url,
        "/engage/api/v3/orders/jobs/job-1",
        undefined,
        agent,
      );
      expect(next.status).toBe(200);
      expect(next.socket).toBe(refused.socket);
      expect(upstream.seen.map((request) => request.url)).toEqual(["/api/v3/orders/jobs/job-1"]);
    } finally {
      agent.destroy();
    }
  });

  it("answers 502 when the upstream is down", async () => {
    // Port 1 is privileged and unused: the connection is refused at once. (A port freed by
    // closing a server could be taken by another process meanwhile.)
    const proxy = await startProxy("http://127.0.0.1:1");
    const response = await fetch(`${proxy.url}/engage/api/v3/orders/A-1`);
    expect(response.status).toBe(502);
    expect(((await response.json()) as { errorCode: string }).errorCode).toBe(
      "UpstreamUnavailable",
    );
  });
});
