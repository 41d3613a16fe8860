import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";

describe("HTTP control routes (controlRoutes option)", () => {
  it("are off by default: the path is just an unknown endpoint", async () => {
    const { call } = createHarness();
    expect((await call("GET", "/_emulator/state")).status).toBe(404);
  });

  it("need the API key", async () => {
    const { call } = createHarness({ controlRoutes: true });
    expect((await call("GET", "/_emulator/state", { headers: { apikey: null } })).status).toBe(401);
  });

  it("seed contacts, switch faults, read jobs, orders and the automation log", async () => {
    const { call, emulator } = createHarness({ controlRoutes: true });
    const contact = await call("POST", "/_emulator/contacts", {
      body: { contactId: "c-9", email: "grace@example.com" },
    });
    expect(contact.status).toBe(201);
    const created = await bodyOf(
      await call("POST", "/api/v3/orders", {
        body: makeOrder("o-1", {
          contact: { matchKey: "grace@example.com", matchKeyType: "Email" },
          orderAction: { action: "ConfirmOrder" },
        }),
      }),
    );
    expect(await (await call("GET", "/_emulator/jobs")).json()).toEqual([
      expect.objectContaining({ jobId: created.jobId }),
    ]);
    emulator.advance(JOB_DELAY_MS);
    expect(await (await call("GET", "/_emulator/orders")).json()).toEqual([
      expect.objectContaining({ contactId: "c-9" }),
    ]);
    const log = (await (
      await call("GET", "/_emulator/automation-log?orderId=o-1")
    ).json()) as unknown[];
    expect(log).toEqual([expect.objectContaining({ action: "ConfirmOrder", source: "embedded" })]);

    const faults = await call("PUT", "/_emulator/faults", {
      body: { routes: { getOrder: { serverError: 1 } } },
    });
    expect(await faults.json()).toEqual({ routes: { getOrder: { serverError: 1 } } });
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(503);
    const badFaults = await call("PUT", "/_emulator/faults", { body: { serverError: 3 } });
    expect(badFaults.status).toBe(400);
    expect((await bodyOf(badFaults)).message).toContain("faults.serverError");
  });

  it("release stalled jobs, flush jobs, change completion, export, import and reset", async () => {
    const { call } = createHarness({
      controlRoutes: { path: "/control/" },
      faults: { stallJobs: 1 },
    });
    await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(await (await call("POST", "/control/release-stalled")).json()).toEqual({ released: 1 });
    expect(await (await call("POST", "/control/flush-jobs")).json()).toEqual({ finished: 1 });
    expect((await call("PUT", "/control/completion", { body: { completion: 302 } })).status).toBe(
      204,
    );
    expect((await call("PUT", "/control/completion", { body: { completion: 201 } })).status).toBe(
      400,
    );
    const snapshot = await (await call("GET", "/control/state")).json();
    expect((await call("POST", "/control/reset")).status).toBe(204);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
    expect((await call("PUT", "/control/state", { body: snapshot })).status).toBe(204);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(200);
    expect((await call("GET", "/control/nothing")).status).toBe(404);
  });

  it("GET on the control path lists every control route, and each listed route exists", async () => {
    const { call } = createHarness({ controlRoutes: { path: "/_admin/" } });
    const index = await call("GET", "/_admin");
    expect(index.status).toBe(200);
    const { routes } = (await index.json()) as {
      routes: { method: string; path: string; description: string }[];
    };
    expect(routes).toContainEqual({
      method: "GET",
      path: "/_admin/state",
      description: expect.stringContaining("state"),
    });
    expect(routes.map((route) => `${route.method} ${route.path}`)).toEqual(
      expect.arrayContaining(["PUT /_admin/faults", "POST /_admin/reset", "GET /_admin/contacts"]),
    );
    for (const route of routes.filter((listed) => listed.method === "GET")) {
      expect((await call("GET", route.path)).status, route.path).toBe(200);
    }
    expect(routes.every((route) => route.description.length > 0)).toBe(true);
  });

  it("an unknown control route's 404 points at the index", async () => {
    const { call } = createHarness({ controlRoutes: true });
    const response = await call("GET", "/_emulator/nothing");
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).message).toContain("GET /_emulator lists them");
  });
});
