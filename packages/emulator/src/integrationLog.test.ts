import { describe, expect, it } from "vitest";
import { createHarness } from "../test/harness.ts";

/** Two lines, so one known and one unknown article can be told apart. */
const twoArticles = {
  items: [
    { quantity: 2, article: { sku: "SKU-1", name: "Mug" }, totalPrice: 200 },
    { quantity: 1, article: { sku: "SKU-2" }, totalPrice: 54.08 },
  ],
  subTotal: 254.08,
};

describe("reference checks after storage (integration-log warnings, not API errors)", () => {
  it("an unknown contact is logged as Contact is missing", async () => {
    const { createProcessed, emulator } = createHarness();
    const job = await createProcessed("o-1", {
      contact: { matchKey: "x@example.com", matchKeyType: "Email" },
    });
    expect(emulator.integrationLog("o-1")).toEqual([
      {
        orderId: "o-1",
        jobId: job.jobId,
        message: "Contact is missing",
        loggedAt: "2025-01-01T00:00:01.000Z",
      },
    ]);
  });

  it("unknown articles and stores are warnings: the job still completes", async () => {
    const { createProcessed, emulator } = createHarness({
      articles: ["SKU-1"],
      stores: ["store-9"],
    });
    const job = await createProcessed("o-1", { lineItems: twoArticles });
    expect(job.status).toBe("Completed");
    expect(emulator.integrationLog().map((entry) => entry.message)).toEqual([
      "Store is missing: store-1",
      "Article is missing: SKU-2",
    ]);
  });

  it("nothing is logged when every reference is known, or when no catalogue is configured", async () => {
    const checked = createHarness({ articles: ["SKU-1", "SKU-2"], stores: ["store-1"] });
    await checked.createProcessed("o-1", { lineItems: twoArticles });
    expect(checked.emulator.integrationLog()).toEqual([]);
    const unchecked = createHarness();
    await unchecked.createProcessed("o-1");
    expect(unchecked.emulator.integrationLog()).toEqual([]);
  });

  it("is part of the exported state", async () => {
    const { createProcessed, emulator } = createHarness({ stores: [] });
    await createProcessed("o-1");
    const snapshot = emulator.exportState();
    expect(snapshot.integrationLog).toHaveLength(1);
    emulator.reset();
    emulator.importState(snapshot);
    expect(emulator.integrationLog()).toHaveLength(1);
  });
});
