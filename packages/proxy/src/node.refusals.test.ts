import { once } from "node:events";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { canaryKey, recordingUpstream, upstreamBase } from "../test/recordingUpstream.ts";
import { serveOrdersProxy } from "./node.ts";

const shop = "https://shop.example";
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function startProxy(extra: { bodyTimeoutMs?: number } = {}) {
  const upstream = recordingUpstream();
  const server = await serveOrdersProxy({
    port: 0,
    baseUrl: upstreamBase,
    apiKey: canaryKey,
    basePath: "/engage",
    fetch: upstream.fetch,
    cors: { origins: [shop] },
    ...extra,
  });
  closers.push(server.close);
  return { server, upstream };
}

/**
 * Sends `head` (and an optional start of a body) over a raw socket exactly as written, keeps
 * the socket open, and resolves with the answer's status line and headers once they arrive.
 */
async function sendRaw(url: string, head: string, partialBody = "") {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  closers.push(async () => {
    socket.destroy();
  });
  await once(socket, "connect");
  socket.write(`${head}\r\n\r\n${partialBody}`);
  let received = "";
  socket.setEncoding("utf8");
  for await (const chunk of socket) {
    received += chunk as string;
    if (received.includes("\r\n\r\n")) break;
  }
  const [statusLine = "", ...lines] = received.split("\r\n\r\n")[0]!.split("\r\n");
  const headers = new Map(
    lines.map((line) => {
      const colon = line.indexOf(":");
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
    }),
  );
  return { status: Number(statusLine.split(" ")[1]), headers };
}

function expectRefusalHeaders(headers: Map<string, string>) {
  expect(headers.get("cache-control")).toBe("no-store");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("access-control-allow-origin")).toBe(shop);
  expect(headers.get("content-type")).toMatch(/^application\/json/);
}

describe("the Node entry's own refusals", () => {
  it.each([
    ["TRACE", "GET, POST, PUT, DELETE, OPTIONS"],
    ["PATCH", "GET, PUT, DELETE"],
    ["PROPFIND", "GET, PUT, DELETE"],
  ])("answers %s with 405 and Allow, never 500", async (method, allow) => {
    const { server, upstream } = await startProxy();
    const host = new URL(server.url).host;
    const answer = await sendRaw(
      server.url,
      `${method} /engage/api/v3/orders/A-1 HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${shop}`,
    );
    expect(answer.status).toBe(405);
    expect(answer.headers.get("allow")).toBe(allow);
    expectRefusalHeaders(answer.headers);
    expect(upstream.requests).toHaveLength(0);
  });

  it("gives a raw traversal's 400 the same no-store, nosniff and CORS headers as any answer", async () => {
    const { server, upstream } = await startProxy();
    const host = new URL(server.url).host;
    const answer = await sendRaw(
      server.url,
      `GET /engage/api/v3/orders/../../admin HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${shop}`,
    );
    expect(answer.status).toBe(400);
    expectRefusalHeaders(answer.headers);
    expect(upstream.requests).toHaveLength(0);
  });

  it("ends a request whose body stalls with 408 and closes the connection, forwarding nothing", async () => {
    const { server, upstream } = await startProxy({ bodyTimeoutMs: 200 });
    const host = new URL(server.url).host;
    const answer = await sendRaw(
      server.url,
      [
        "POST /engage/api/v3/orders HTTP/1.1",
        `Host: ${host}`,
        `Origin: ${shop}`,
        "Content-Type: application/json",
        "Content-Length: 100",
      ].join("\r\n"),
      '{"orderId":',
    );
    expect(answer.status).toBe(408);
    expect(answer.headers.get("connection")).toBe("close");
    expectRefusalHeaders(answer.headers);
    expect(upstream.requests).toHaveLength(0);
  }, 10_000);

  it("forwards nothing for a forged Host with a matching Origin (DNS rebinding)", async () => {
    const { server, upstream } = await startProxy();
    const { port } = new URL(server.url);
    const rebound = `rebound.evil.example:${port}`;
    const answer = await sendRaw(
      server.url,
      `DELETE /engage/api/v3/orders/A-1 HTTP/1.1\r\nHost: ${rebound}\r\nOrigin: http://${rebound}`,
    );
    expect(answer.status).toBe(403);
    expect(upstream.requests).toHaveLength(0);
  });
});
