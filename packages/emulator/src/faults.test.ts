import { describe, expect, it } from "vitest";
import { bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";

describe("faults on demand", () => {
  it("serverError: 503 without doing the work", async () => {
    const { call, emulator } = createHarness({ faults: { serverError: 1 } });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(503);
    expect((await bodyOf(response)).errorCode).toBe("ServiceUnavailable");
    expect(emulator.listJobs()).toEqual([]);
  });

  it("rateLimit: 429 RateLimited with Retry-After, without doing the work", async () => {
    const { call, emulator } = createHarness({ faults: { rateLimit: 1 } });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(emulator.listJobs()).toEqual([]);
  });

  it("dropBeforeProcessing: the handler rejects with a TypeError and nothing is done", async () => {
    const { call, emulator } = createHarness({ faults: { dropBeforeProcessing: 1 } });
    const attempt = call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    await expect(attempt).rejects.toThrow(TypeError);
    expect(emulator.listJobs()).toEqual([]);
  });

  it("dropAfterProcessing: the work is done but the caller sees a network error", async () => {
    const { call, emulator } = createHarness({ faults: { dropAfterProcessing: 1 } });
    await expect(call("POST", "/api/v3/orders", { body: makeOrder("o-1") })).rejects.toThrow(
      "fetch failed",
    );
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.getOrder("o-1")).toBeDefined();
    emulator.setFaults({});
    // The safe retry the contract asks for: check with a GET before re-sending the POST.
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(200);
  });

  it("extraLatency: the answer waits for the clock (a manual clock decides when)", async () => {
    const { call, emulator } = createHarness({ faults: { extraLatency: 1, extraLatencyMs: 5000 } });
    let settled = false;
    const pending = call("GET", "/api/v3/orders/o-1").then((response) => {
      settled = true;
      return response;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    emulator.advance(5000);
    expect((await pending).status).toBe(404);
  });

  it("stallJobs: jobs stay Pending, whatever the time, until released", async () => {
    const { call, emulator } = createHarness({ faults: { stallJobs: 1 } });
    const { jobId } = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }),
    );
    emulator.advance(24 * 3600 * 1000);
    expect(emulator.getJob(String(jobId))).toMatchObject({ status: "Pending", stalled: true });
    expect(emulator.releaseStalledJobs()).toBe(1);
    expect(emulator.getJob(String(jobId))?.status).toBe("Completed");
  });

  it("stallJobs: releasing one job by id leaves the others held", async () => {
    const { call, emulator } = createHarness({ faults: { stallJobs: 1 } });
    const first = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }));
    const second = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-2") }));
    expect(emulator.releaseStalledJobs(String(first.jobId))).toBe(1);
    // Released before its delay was over, the job finishes on its normal schedule.
    expect(emulator.getJob(String(first.jobId))?.status).toBe("Processing");
    emulator.advance(JOB_DELAY_MS);
    expect(emulator.getJob(String(first.jobId))?.status).toBe("Completed");
    expect(emulator.getJob(String(second.jobId))?.status).toBe("Pending");
  });

  it("htmlError: a gateway's 502 HTML page", async () => {
    const { call } = createHarness({ faults: { htmlError: 1 } });
    const response = await call("GET", "/api/v3/orders/o-1");
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<html>");
  });

  it("truncatedJson: the work is done and the JSON body is cut", async () => {
    const { call, emulator } = createHarness({ faults: { truncatedJson: 1 } });
    const response = await call("POST", "/api/v3/orders", { body: makeOrder("o-1") });
    expect(response.status).toBe(202);
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(emulator.listJobs()).toHaveLength(1);
  });

  it("per route: a fault set for one route leaves the others alone", async () => {
    const { call } = createHarness({ faults: { routes: { createOrder: { serverError: 1 } } } });
    expect((await call("POST", "/api/v3/orders", { body: makeOrder("o-1") })).status).toBe(503);
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
  });

  it("per route: a route's rate replaces the global one", async () => {
    const { call } = createHarness({
      faults: { serverError: 1, routes: { getOrder: { serverError: 0 } } },
    });
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
    expect((await call("DELETE", "/api/v3/orders/o-1")).status).toBe(503);
  });

  it("changeable at runtime: setFaults switches them on and off", async () => {
    const { call, emulator } = createHarness();
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
    emulator.setFaults({ serverError: 1 });
    expect(emulator.getFaults()).toEqual({ serverError: 1 });
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(503);
    emulator.setFaults({});
    expect((await call("GET", "/api/v3/orders/o-1")).status).toBe(404);
  });

  it("seeded and deterministic: the same seed fails the same requests", async () => {
    const run = async (seed: string) => {
      const { call } = createHarness({ seed, faults: { serverError: 0.5 }, rateLimit: false });
      const statuses: number[] = [];
      for (let index = 0; index < 40; index++)
        statuses.push((await call("GET", "/api/v3/orders/x")).status);
      return statuses;
    };
    const first = await run("fault-seed");
    expect(first).toEqual(await run("fault-seed"));
    expect(first).toContain(503);
    expect(first).toContain(404);
  });

  it("rejects a rate outside 0–1 or an unknown route, naming it", () => {
    const { emulator } = createHarness();
    expect(() => emulator.setFaults({ serverError: 2 })).toThrow("faults.serverError");
    expect(() => emulator.setFaults({ routes: { nope: {} } as never })).toThrow(
      "faults.routes.nope",
    );
    expect(() => emulator.setFaults({ routes: { getJob: { htmlError: -1 } } })).toThrow(
      "faults.routes.getJob.htmlError",
    );
  });
});
