import { createEngageEmulator, fixedLatency } from "@engage-orders/emulator";
import { CONTACT_EMAIL, makeOrder } from "@engage-orders/test-utils";
import { describe, expect, it } from "vitest";
import { createOrdersProxy } from "../src/index.ts";
import { canaryKey, everythingSent } from "./recordingUpstream.ts";

const shop = "https://shop.example";
const jobDelayMs = 1000;

/** A browser's view: every call goes to the proxy, which forwards in-process to the emulator. */
function setup() {
  const emulator = createEngageEmulator({
    clock: "manual",
    latency: fixedLatency(jobDelayMs),
    apiKeys: [canaryKey],
  });
  const contact = emulator.seedContact({ email: CONTACT_EMAIL });
  const proxy = createOrdersProxy({
    baseUrl: "http://engage.test",
    apiKey: canaryKey,
    userAgent: "ProxyIntegration/1.0",
    basePath: "/engage",
    fetch: emulator.fetch,
  });
  const sent: Response[] = [];
  const browser = async (url: string, init: RequestInit = {}) => {
    const response = await proxy(new Request(url, init));
    sent.push(response.clone());
    return response;
  };
  const create = (orderId: string) =>
    browser(`${shop}/engage/api/v3/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(makeOrder(orderId)),
    });
  const keyNeverSent = async () => {
    for (const response of sent) expect(await everythingSent(response)).not.toContain(canaryKey);
  };
  return { emulator, contact, browser, create, keyNeverSent };
}

describe("proxy → in-process emulator", () => {
  it("creates an order and polls its job through the proxy's rewritten link", async () => {
    const { emulator, browser, create, keyNeverSent } = setup();
    const accepted = await create("o-1");
    expect(accepted.status).toBe(202);
    const body = (await accepted.json()) as { jobId: string; href: string };
    const jobUrl = `${shop}/engage/api/v3/orders/jobs/${body.jobId}`;
    expect(body.href).toBe(jobUrl);
    expect(accepted.headers.get("location")).toBe(jobUrl);

    const pending = await browser(body.href);
    expect(((await pending.json()) as { status: string }).status).toBe("Pending");
    emulator.advance(jobDelayMs);
    const done = (await (await browser(body.href)).json()) as Record<string, unknown>;
    expect(done).toMatchObject({ jobId: body.jobId, orderId: "o-1", status: "Completed" });
    expect(done.versionTag).toBe(emulator.getOrder("o-1")?.order.versionTag);

    const action = await browser(`${shop}/engage/api/v3/orders/o-1/action`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ action: "ConfirmOrder", versionTag: done.versionTag }),
    });
    expect(action.status).toBe(202);
    expect(emulator.automationLog("o-1")).toHaveLength(1);
    await keyNeverSent();
  });

  it("passes a 302 completion to the browser pointing at the order through the proxy", async () => {
    const { emulator, browser, create, keyNeverSent } = setup();
    emulator.setCompletion(302);
    const { href } = (await (await create("o 2")).json()) as { href: string };
    emulator.advance(jobDelayMs);
    const redirect = await browser(href);
    expect(redirect.status).toBe(302);
    const location = redirect.headers.get("location");
    expect(location).toBe(`${shop}/engage/api/v3/orders/o%202`);
    const stored = (await (await browser(location!)).json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ orderId: "o 2", versionTag: expect.any(String) });
    await keyNeverSent();
  });

  it("rewrites the page links of a contact's orders", async () => {
    const { emulator, contact, browser, create, keyNeverSent } = setup();
    for (const id of ["p-1", "p-2", "p-3"]) await create(id);
    emulator.advance(jobDelayMs);
    const first = await browser(
      `${shop}/engage/api/v3/orders?contactId=${encodeURIComponent(contact.contactId)}&count=1`,
    );
    expect(first.status).toBe(200);
    const page = (await first.json()) as {
      items: unknown[];
      links: { rel: string; href: string }[];
    };
    expect(page.items).toHaveLength(1);
    const next = page.links.find((link) => link.rel === "next");
    expect(next?.href.startsWith(`${shop}/engage/api/v3/orders?`)).toBe(true);
    const second = (await (await browser(next!.href)).json()) as { links: { rel: string }[] };
    expect(second.links.map((link) => link.rel).sort()).toEqual(["next", "previous"]);
    await keyNeverSent();
  });

  it("keeps refusals local: the emulator never sees a traversal or a foreign route", async () => {
    const { emulator, browser } = setup();
    expect((await browser(`${shop}/engage/api/v3/orders/..%2fjobs`)).status).toBe(400);
    expect((await browser(`${shop}/engage/api/v3/contacts`)).status).toBe(404);
    expect(emulator.listJobs()).toEqual([]);
  });
});
