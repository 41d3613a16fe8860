// One smoke test over real HTTP on 127.0.0.1 with the runtime's own fetch (undici in Node):
// redirect "manual" semantics, header handling and body consumption as a platform does them.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createEngageEmulator, DEFAULT_API_KEY } from "@engage-orders/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrderAndWait, createOrdersClient, triggerAction } from "../src/index";
import { EMAIL, makeOrder } from "./emulator";

const emulator = createEngageEmulator({ latency: "fast", completion: 302 });
emulator.seedContact({ email: EMAIL });
let server: Server;
let baseUrl = "";
const seen: Array<Record<string, string | string[] | undefined>> = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    seen.push(req.headers);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === "string") headers.set(name, value);
    const response = await emulator.fetch(
      new Request(`${baseUrl}${req.url}`, {
        method: req.method ?? "GET",
        headers,
        ...(body ? { body } : {}),
      }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("over real HTTP with the platform fetch", () => {
  it("creates, follows the 302 completion itself, and triggers the action", async () => {
    const client = createOrdersClient({
      baseUrl,
      apiKey: DEFAULT_API_KEY,
      userAgent: "SmokeTest/1.0",
    });
    const done = await createOrderAndWait(client, makeOrder("o-http"), {
      timeoutMs: 10_000,
      minDelayMs: 20,
    });
    expect(done.versionTag).toBe(emulator.getOrder("o-http")?.order.versionTag);
    await triggerAction(client, "o-http", { action: "ConfirmOrder", versionTag: done.versionTag });
    expect(emulator.automationLog("o-http")).toHaveLength(1);
    expect(
      seen.every(
        (h) => h["user-agent"] === "SmokeTest/1.0" && h["content-type"] === "application/json",
      ),
    ).toBe(true);
  });
});
