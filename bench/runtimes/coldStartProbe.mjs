// Runs inside the runtime being measured (Node, Deno, or a page): imports the built core,
// makes its first call against the emulator, and reports both durations in milliseconds.
// The core's URL and the emulator's URL come from the caller.

/** Measures one cold import and first call; `importCore` performs the import. */
export async function measureColdStart(importCore, emulatorUrl, apiKey) {
  const startedAt = performance.now();
  const core = await importCore();
  const importedAt = performance.now();
  const client = core.createOrdersClient({
    baseUrl: emulatorUrl,
    apiKey,
    userAgent: "EngageOrdersBench/1.0",
  });
  const page = await core.listContactOrders(client, "bench-contact", { count: 1 });
  const calledAt = performance.now();
  if (!Array.isArray(page.items)) throw new Error("the first call did not return a page");
  return { importMs: importedAt - startedAt, firstCallMs: calledAt - importedAt };
}

/** Measures the same first request made with the runtime's raw fetch, for reference. */
export async function measureRawFirstFetch(emulatorUrl, apiKey) {
  const startedAt = performance.now();
  const response = await fetch(`${emulatorUrl}/api/v3/orders?contactId=bench-contact&count=1`, {
    headers: {
      apikey: apiKey,
      "user-agent": "EngageOrdersBench/1.0",
      "content-type": "application/json",
    },
  });
  await response.json();
  return { rawFirstFetchMs: performance.now() - startedAt };
}
