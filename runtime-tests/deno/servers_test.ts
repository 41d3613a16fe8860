// The emulator and the proxy under Deno.serve, chained as in production: a client without a
// key talks to the proxy, the proxy adds the key and forwards to the emulator.
import { serveEmulator } from "@engage-orders/emulator/deno";
import { serveOrdersProxy } from "@engage-orders/proxy/deno";
import { conformanceApiKey, conformanceContactId } from "../conformance/emulatorSetup.ts";
import { runServerSmoke } from "../conformance/serverSmoke.ts";

Deno.test("the emulator and the proxy run under Deno.serve: create, job, action through the proxy", async () => {
  const emulator = serveEmulator({
    port: 0,
    apiKeys: [conformanceApiKey],
    latency: "fast",
    contacts: [{ contactId: conformanceContactId }],
  });
  const proxy = await serveOrdersProxy({
    port: 0,
    baseUrl: emulator.url,
    apiKey: conformanceApiKey,
  });
  try {
    const outcome = await runServerSmoke(
      {
        send: (path, init) => fetch(`${proxy.url}${path}`, init),
        contact: { matchKey: conformanceContactId, matchKeyType: "ContactId" },
      },
      "deno-proxy-1",
    );
    if (!outcome.transcript.includes(`${proxy.url}/api/v3/orders/jobs/`))
      throw new Error("job links are not rewritten to the proxy");
    if (outcome.transcript.includes(conformanceApiKey))
      throw new Error("the API key leaked into a response");
    const direct = await runServerSmoke(
      {
        send: (path, init) => fetch(`${emulator.url}${path}`, init),
        headers: { apikey: conformanceApiKey },
        contact: { matchKey: conformanceContactId, matchKeyType: "ContactId" },
      },
      "deno-emulator-1",
    );
    if (!direct.versionTag)
      throw new Error("the emulator under Deno.serve did not complete the job");
  } finally {
    await proxy.close();
    await emulator.shutdown();
  }
});
