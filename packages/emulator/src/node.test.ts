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
});
