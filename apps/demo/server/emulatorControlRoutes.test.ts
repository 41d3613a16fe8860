// @vitest-environment node

import { makeOrder } from "@engage-orders/test-utils";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startTestServer, type TestDemoServer } from "./testServer.ts";

const json = { "content-type": "application/json" };

let server: TestDemoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const put = (path: string, body: unknown, headers: Record<string, string> = json) =>
  fetch(`${server.url}/demo-api/emulator/${path}`, {
    method: "PUT",
    headers,
    body: JSON.stringify(body),
  });

describe("the demo's emulator controls", () => {
  test("/demo-api/config tells the page the mode and the proxy path, never a key", async () => {
    const response = await fetch(`${server.url}/demo-api/config`);
    expect(await response.json()).toEqual({ mode: "emulator", proxyPath: "/engage", tenant: null });
  });

  test("list the seeded contacts and add one; refuse a contact without an e-mail", async () => {
    const contacts = (await (
      await fetch(`${server.url}/demo-api/emulator/contacts`)
    ).json()) as unknown[];
    expect(contacts).toHaveLength(3);
    const added = await fetch(`${server.url}/demo-api/emulator/contacts`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: "linus@example.com" }),
    });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ email: "linus@example.com" });
    const refused = await fetch(`${server.url}/demo-api/emulator/contacts`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email: "nobody" }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({ errors: [{ field: "email" }] });
  });

  test("switch faults on and off, and name a bad rate", async () => {
    expect(await (await put("faults", { serverError: 0.2, rateLimit: 0.1 })).json()).toEqual({
      serverError: 0.2,
      rateLimit: 0.1,
    });
    expect(server.emulator?.getFaults()).toEqual({ serverError: 0.2, rateLimit: 0.1 });
    const bad = await put("faults", { serverError: 2 });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain("serverError");
    await put("faults", {});
    expect(server.emulator?.getFaults()).toEqual({});
  });

  test("change the job latency among the emulator's profiles", async () => {
    const answer = await put("latency", { profile: "congested" });
    expect(await answer.json()).toMatchObject({ profile: "congested" });
    expect(await (await fetch(`${server.url}/demo-api/emulator/latency`)).json()).toMatchObject({
      profile: "congested",
    });
    const unknown = await put("latency", { profile: "glacial" });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ errors: [{ field: "profile" }] });
    await put("latency", { profile: "instant" });
  });

  test("release stalled jobs, and show the automation log", async () => {
    await put("faults", { stallJobs: 1 });
    const order = makeOrder("CTRL-1", { orderAction: { action: "ConfirmOrder" } });
    const created = await fetch(`${server.url}/engage/api/v3/orders`, {
      method: "POST",
      headers: json,
      body: JSON.stringify(order),
    });
    expect(created.status).toBe(202);
    await put("faults", {});
    const jobs = (await (await fetch(`${server.url}/demo-api/emulator/jobs`)).json()) as {
      stalled: boolean;
    }[];
    expect(jobs.filter((job) => job.stalled)).toHaveLength(1);
    const released = await fetch(`${server.url}/demo-api/emulator/release-stalled`, {
      method: "POST",
      headers: json,
      body: "{}",
    });
    expect(await released.json()).toEqual({ released: 1 });
    const log = await (
      await fetch(`${server.url}/demo-api/emulator/automation-log?orderId=CTRL-1`)
    ).json();
    expect(log).toMatchObject([{ orderId: "CTRL-1", action: "ConfirmOrder", source: "embedded" }]);
  });

  test("refuse another site's page, a body that is not JSON, and unknown routes", async () => {
    const crossSite = await put(
      "faults",
      { serverError: 1 },
      { ...json, origin: "https://evil.example" },
    );
    expect(crossSite.status).toBe(403);
    const fetchMetadata = await put(
      "faults",
      { serverError: 1 },
      { ...json, "sec-fetch-site": "cross-site" },
    );
    expect(fetchMetadata.status).toBe(403);
    const form = await fetch(`${server.url}/demo-api/emulator/faults`, {
      method: "PUT",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "serverError=1",
    });
    expect(form.status).toBe(415);
    expect(server.emulator?.getFaults()).toEqual({});
    expect((await fetch(`${server.url}/demo-api/emulator/state`)).status).toBe(404);
    expect((await fetch(`${server.url}/demo-api/nothing`)).status).toBe(404);
  });

  test("without the page, other paths are 404", async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(404);
  });
});
