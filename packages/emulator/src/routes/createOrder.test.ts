import { describe, expect, it } from "vitest";
import { BASE, bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../../test/harness.ts";

describe("POST /api/v3/orders (the asynchronous write cycle)", () => {
  it("format-validated at once: 400 with a list of errors and dotted field paths", async () => {
    const { call, emulator } = createHarness();
    const order = makeOrder("o-bad");
    const lineItems = order.lineItems as { items: Record<string, unknown>[] };
    lineItems.items[0] = { ...lineItems.items[0], quantity: "2" };
    delete order.contact;
    const response = await call("POST", "/api/v3/orders", { body: order });
    expect(response.status).toBe(400);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("InvalidRequest");
    expect(typeof body.message).toBe("string");
    const fields = (body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toContain("lineItems.items.0.quantity");
    expect(fields).toContain("contact");
    expect(emulator.listJobs()).toEqual([]);
  });

  it("accepted: 202 with jobId, status, orderId, an absolute href and the same URL in Location", async () => {
    const { call } = createHarness();
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(202);
    const body = await bodyOf(response);
    expect(body).toEqual({
      jobId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      status: "Pending",
      orderId: "o-1",
      href: `${BASE}/api/v3/orders/jobs/${body.jobId}`,
    });
    expect(response.headers.get("location")).toBe(body.href);
  });

  it("job statuses: Pending, then Processing, then Completed with a versionTag", async () => {
    const { call, emulator } = createHarness();
    const accepted = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }));
    const poll = async () => bodyOf(await call("GET", `/api/v3/orders/jobs/${accepted.jobId}`));
    expect((await poll()).status).toBe("Pending");
    emulator.advance(JOB_DELAY_MS / 2);
    expect((await poll()).status).toBe("Processing");
    expect(emulator.getOrder("o-1")).toBeUndefined();
    emulator.advance(JOB_DELAY_MS / 2);
    const done = await poll();
    expect(done).toEqual({
      jobId: accepted.jobId,
      orderId: "o-1",
      status: "Completed",
      versionTag: expect.any(String),
      createdAt: "2025-01-01T00:00:00.000Z",
      completedAt: "2025-01-01T00:00:01.000Z",
    });
    expect(emulator.getOrder("o-1")?.order.versionTag).toBe(done.versionTag);
  });

  it("versionTag: base64 of 16 bytes, like IXUA3ril8XnZJKUMSfP7dg==", async () => {
    const { createProcessed } = createHarness();
    const job = await createProcessed("o-1");
    expect(job.versionTag).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(atob(job.versionTag)).toHaveLength(16);
  });

  it("409 Order already exists when creating an existing orderId", async () => {
    const { call, createProcessed } = createHarness();
    await createProcessed("o-1");
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(409);
    const body = await bodyOf(response);
    expect(body.errorCode).toBe("OrderAlreadyExists");
    expect(body.message).toBe("Order already exists.");
  });

  it("two racing creates both get 202; the loser's job ends Failed with OrderAlreadyExists", async () => {
    const { call, emulator } = createHarness({ latency: "realistic" });
    const first = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-race") }));
    const second = await call("POST", "/api/v3/orders", {
      body: makeOrder("o-race", { channel: "Store" }),
    });
    expect(second.status).toBe(202);
    const secondBody = await bodyOf(second);
    emulator.advance(120_000);
    const winner = await bodyOf(await call("GET", `/api/v3/orders/jobs/${first.jobId}`));
    const loser = await bodyOf(await call("GET", `/api/v3/orders/jobs/${secondBody.jobId}`));
    expect(winner.status).toBe("Completed");
    expect(loser).toMatchObject({ status: "Failed", errorCode: "OrderAlreadyExists" });
    expect(loser.versionTag).toBeUndefined();
    expect(emulator.getOrder("o-race")?.order.channel).toBe("Ecom");
  });

  it("unknown contact: the order is stored and the job ends CompletedWithErrors with ContactNotFound", async () => {
    const { createProcessed, emulator } = createHarness();
    const job = await createProcessed("o-stranger", {
      contact: { matchKey: "nobody@example.com", matchKeyType: "Email" },
    });
    expect(job.status).toBe("CompletedWithErrors");
    expect(job.errorCode).toBe("ContactNotFound");
    expect(emulator.getOrder("o-stranger")).toMatchObject({ contactId: null });
  });

  it("links the order to its contact by match key (e-mail case-insensitive)", async () => {
    const { createProcessed, emulator, contact } = createHarness();
    await createProcessed("o-case", {
      contact: { matchKey: "ADA@Example.com", matchKeyType: "Email" },
    });
    expect(emulator.getOrder("o-case")?.contactId).toBe(contact.contactId);
  });

  it("autoCreateContacts: an unknown match key gets a new contact instead of CompletedWithErrors", async () => {
    const { createProcessed, emulator } = createHarness({ autoCreateContacts: true });
    const job = await createProcessed("o-new", {
      contact: { matchKey: "new@example.com", matchKeyType: "Email" },
    });
    expect(job.status).toBe("Completed");
    expect(emulator.listContacts().map((contact) => contact.email)).toContain("new@example.com");
  });

  it("undocumented shapes (payments, fees, addresses) are kept and sent back unchanged", async () => {
    const { call, createProcessed } = createHarness();
    const extras = {
      payments: { card: { amount: 254.08, provider: { name: "psp", nested: [1, { a: null }] } } },
      fees: { shipping: { value: 49, tax: 9.8 } },
      billingAddress: { title: "Dr", firstname: "Ada", postcode: "111 22" },
      somethingNew: { future: true },
    };
    await createProcessed("o-extras", extras);
    const stored = await bodyOf(await call("GET", "/api/v3/orders/o-extras"));
    expect(stored).toMatchObject(extras);
  });

  it("a path-unsafe orderId round-trips through encoded path segments", async () => {
    const { call, createProcessed } = createHarness();
    await createProcessed("a/b ?#%");
    const response = await call("GET", `/api/v3/orders/${encodeURIComponent("a/b ?#%")}`);
    expect(response.status).toBe(200);
    expect((await bodyOf(response)).orderId).toBe("a/b ?#%");
  });

  it("the same seed gives the same job ids and versionTags; another seed gives others", async () => {
    const run = async (seed: string) => {
      const { createProcessed } = createHarness({ seed });
      const job = await createProcessed("o-1");
      return [job.jobId, job.versionTag];
    };
    expect(await run("seed-a")).toEqual(await run("seed-a"));
    expect(await run("seed-a")).not.toEqual(await run("seed-b"));
  });
});
