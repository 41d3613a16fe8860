import { describe, expect, it } from "vitest";
import { BASE, bodyOf, createHarness, makeOrder } from "../../test/harness.ts";

interface Page {
  items: { orderId: string }[];
  offset: number;
  count: number;
  totalCount: number;
  links: { rel: string; href: string }[];
}

async function seedOrders(harness: ReturnType<typeof createHarness>, total: number): Promise<void> {
  for (let index = 1; index <= total; index++) {
    await harness.call("POST", "/api/v3/orders", { body: makeOrder(`o-${index}`) });
  }
  harness.emulator.flushJobs();
}

describe("GET /api/v3/orders?contactId=… (a contact's orders)", () => {
  it("pages 10 per page by default, newest first, with an absolute next link and no previous", async () => {
    const harness = createHarness({ rateLimit: false });
    await seedOrders(harness, 12);
    const { contactId } = harness.contact;
    const page = (await harness
      .call("GET", `/api/v3/orders?contactId=${contactId}`)
      .then((r) => r.json())) as Page;
    expect(page.items.map((item) => item.orderId)).toEqual(
      Array.from({ length: 10 }, (_, index) => `o-${12 - index}`),
    );
    expect(page).toMatchObject({ offset: 0, count: 10, totalCount: 12 });
    expect(page.links).toEqual([
      { rel: "next", href: `${BASE}/api/v3/orders?contactId=${contactId}&offset=10&count=10` },
    ]);
  });

  it("follows next and previous links; a link is absent when there is no such page", async () => {
    const harness = createHarness({ rateLimit: false });
    await seedOrders(harness, 12);
    const first = (await harness
      .call("GET", `/api/v3/orders?contactId=${harness.contact.contactId}`)
      .then((r) => r.json())) as Page;
    const nextHref = first.links.find((link) => link.rel === "next")?.href ?? "";
    const second = (await harness
      .call("GET", nextHref.slice(BASE.length))
      .then((r) => r.json())) as Page;
    expect(second.items.map((item) => item.orderId)).toEqual(["o-2", "o-1"]);
    expect(second.links.map((link) => link.rel)).toEqual(["previous"]);
    const back = second.links[0]?.href ?? "";
    expect(new URL(back).searchParams.get("offset")).toBe("0");
  });

  it("honours offset and count", async () => {
    const harness = createHarness({ rateLimit: false });
    await seedOrders(harness, 5);
    const page = (await harness
      .call("GET", `/api/v3/orders?contactId=${harness.contact.contactId}&offset=1&count=2`)
      .then((r) => r.json())) as Page;
    expect(page.items.map((item) => item.orderId)).toEqual(["o-4", "o-3"]);
    expect(page.links.map((link) => link.rel)).toEqual(["next", "previous"]);
  });

  it("lists only the contact's own orders, and an empty page for a contact without orders", async () => {
    const harness = createHarness();
    const other = harness.emulator.seedContact({ email: "grace@example.com" });
    await seedOrders(harness, 2);
    const page = (await harness
      .call("GET", `/api/v3/orders?contactId=${other.contactId}`)
      .then((r) => r.json())) as Page;
    expect(page).toEqual({ items: [], offset: 0, count: 10, totalCount: 0, links: [] });
  });

  it("400 without contactId, or with a bad offset or count", async () => {
    const { call, contact } = createHarness();
    const missing = await call("GET", "/api/v3/orders");
    expect(missing.status).toBe(400);
    expect(((await bodyOf(missing)).errors as { field: string }[])[0]?.field).toBe("contactId");
    const bad = await call(
      "GET",
      `/api/v3/orders?contactId=${contact.contactId}&offset=-1&count=1000`,
    );
    expect(((await bodyOf(bad)).errors as { field: string }[]).map((error) => error.field)).toEqual(
      ["offset", "count"],
    );
  });

  it("404 ContactNotFound for an unknown contactId", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders?contactId=nobody");
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errorCode).toBe("ContactNotFound");
  });
});
