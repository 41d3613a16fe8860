import { describe, expect, it } from "vitest";
import { makeOrder } from "../test/harness.ts";
import worker, { createEmulatorWorker } from "./worker.ts";

const request = (path: string, init: RequestInit = {}, apikey = "test-key-worker") =>
  new Request(`https://emulator.example.workers.dev${path}`, {
    ...init,
    headers: { apikey, "user-agent": "WorkerTest/1.0", "content-type": "application/json" },
  });

describe("Workers module", () => {
  it("the default export is { fetch } configured from env on the first request", async () => {
    const env = {
      ENGAGE_API_KEY: "test-key-worker",
      EMULATOR_CONTACTS: "ada@example.com",
      EMULATOR_LATENCY: "instant",
    };
    expect(typeof worker.fetch).toBe("function");
    const isolate = createEmulatorWorker();
    const created = await isolate.fetch(
      request("/api/v3/orders", { method: "POST", body: JSON.stringify(makeOrder("o-1")) }),
      env,
    );
    expect(created.status).toBe(202);
    const { href } = (await created.json()) as { href: string };
    expect(href.startsWith("https://emulator.example.workers.dev/api/v3/orders/jobs/")).toBe(true);
    const job = await isolate.fetch(request(new URL(href).pathname), env);
    expect(((await job.json()) as { status: string }).status).toBe("Completed");
    expect(isolate.emulator?.listContacts().map((contact) => contact.email)).toEqual([
      "ada@example.com",
    ]);
  });

  it("options given in code win over env", async () => {
    const isolate = createEmulatorWorker({ apiKeys: ["test-key-code"] });
    const refused = await isolate.fetch(request("/api/v3/orders/o-1"), {
      ENGAGE_API_KEY: "test-key-worker",
    });
    expect(refused.status).toBe(401);
    expect((await isolate.fetch(request("/api/v3/orders/o-1", {}, "test-key-code"))).status).toBe(
      404,
    );
  });

  it("a dropped connection becomes a response whose body fails, so the runtime aborts it", async () => {
    const isolate = createEmulatorWorker({
      apiKeys: ["test-key-worker"],
      faults: { dropBeforeProcessing: 1 },
    });
    const response = await isolate.fetch(request("/api/v3/orders/o-1"));
    await expect(response.text()).rejects.toThrow();
  });
});
