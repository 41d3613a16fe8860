import { describe, expect, it } from "vitest";
import { BASE, bodyOf, createHarness, JOB_DELAY_MS, makeOrder } from "../../test/harness.ts";

describe("GET /api/v3/orders/jobs/{jobId}", () => {
  it("completion: a finished job answers 200 with status Completed by default", async () => {
    const { call, emulator } = createHarness();
    const { jobId } = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }),
    );
    emulator.advance(JOB_DELAY_MS);
    const response = await call("GET", `/api/v3/orders/jobs/${jobId}`);
    expect(response.status).toBe(200);
    expect((await bodyOf(response)).status).toBe("Completed");
  });

  it("completion: 302 to the order (which carries versionTag) when configured", async () => {
    const { call, emulator } = createHarness({ completion: 302 });
    const { jobId } = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o 1") }),
    );
    const pending = await call("GET", `/api/v3/orders/jobs/${jobId}`);
    expect(pending.status).toBe(200);
    emulator.advance(JOB_DELAY_MS);
    const done = await call("GET", `/api/v3/orders/jobs/${jobId}`);
    expect(done.status).toBe(302);
    const location = done.headers.get("location");
    expect(location).toBe(`${BASE}/api/v3/orders/o%201`);
    const order = await bodyOf(await call("GET", new URL(location ?? "").pathname));
    expect(order.versionTag).toBe(emulator.getJob(String(jobId))?.versionTag);
  });

  it("completion: with 302 configured, failed jobs still answer 200 with their errors", async () => {
    const { call, emulator } = createHarness({ completion: 302 });
    const first = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }));
    const second = await bodyOf(await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }));
    emulator.advance(JOB_DELAY_MS);
    expect((await call("GET", `/api/v3/orders/jobs/${first.jobId}`)).status).toBe(302);
    const failed = await call("GET", `/api/v3/orders/jobs/${second.jobId}`);
    expect(failed.status).toBe(200);
    expect((await bodyOf(failed)).status).toBe("Failed");
  });

  it("setCompletion switches the completion style at runtime", async () => {
    const { call, emulator } = createHarness();
    const { jobId } = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }),
    );
    emulator.advance(JOB_DELAY_MS);
    emulator.setCompletion(302);
    expect((await call("GET", `/api/v3/orders/jobs/${jobId}`)).status).toBe(302);
    expect(() => emulator.setCompletion(201 as 200)).toThrow(RangeError);
  });

  it("answers 404 JobNotFound for an unknown job", async () => {
    const { call } = createHarness();
    const response = await call("GET", "/api/v3/orders/jobs/not-a-job");
    expect(response.status).toBe(404);
    expect((await bodyOf(response)).errorCode).toBe("JobNotFound");
  });

  it("jobs advance lazily with the clock: no timers, nothing happens until time passes", async () => {
    const { call, emulator } = createHarness();
    const { jobId } = await bodyOf(
      await call("POST", "/api/v3/orders", { body: makeOrder("o-1") }),
    );
    emulator.advance(JOB_DELAY_MS - 1);
    expect(emulator.getJob(String(jobId))?.status).toBe("Processing");
    emulator.advance(1);
    expect(emulator.getJob(String(jobId))?.status).toBe("Completed");
  });
});
