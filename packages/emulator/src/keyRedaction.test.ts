import { describe, expect, it } from "vitest";
import { createHarness, JOB_DELAY_MS, makeOrder } from "../test/harness.ts";

// Keys with the characters that URL, form and JSON encodings each treat differently.
const keys = ["test-key+slash/equals=", "a+b/c=d-e", "=+/-key-with-every-mark-+/="];

/** Every form in which an answer could carry the key: raw, percent-encoded (both hex cases), form-encoded. */
function keyForms(apiKey: string): string[] {
  const percent = encodeURIComponent(apiKey);
  return [
    apiKey,
    percent,
    percent.replace(/%[0-9A-F]{2}/g, (hexEscape) => hexEscape.toLowerCase()),
    new URLSearchParams({ key: apiKey }).toString().slice("key=".length),
  ];
}

/** The text of an answer: its status line, headers and body, as a caller would log them. */
async function answerText(response: Response): Promise<string> {
  const headers: string[] = [];
  response.headers.forEach((value, name) => {
    headers.push(`${name}: ${value}`);
  });
  return [String(response.status), ...headers, await response.text()].join("\n");
}

/** JSON text with every character of the key written as a `\u` escape. */
function unicodeEscaped(apiKey: string): string {
  return [...apiKey]
    .map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .join("");
}

function expectNoKey(text: string, apiKey: string): void {
  for (const form of keyForms(apiKey)) expect(text).not.toContain(form);
}

describe.each(keys)("the API key %s is never echoed back", (apiKey) => {
  const harness = () => createHarness({ apiKeys: [apiKey], completion: 302 });
  const asCaller = { headers: { apikey: apiKey } };

  it("sent percent-encoded as an order id in the path (either hex case)", async () => {
    const { call } = harness();
    for (const encoded of keyForms(apiKey).slice(1, 3)) {
      const response = await call("GET", `/api/v3/orders/${encoded}`, asCaller);
      expect(response.status).toBe(404);
      expectNoKey(await answerText(response), apiKey);
    }
  });

  it("sent \\u-escaped as an order id in a create, and in every later answer about that order", async () => {
    const { call, emulator } = harness();
    const orderJson = JSON.stringify(makeOrder("placeholder")).replace(
      '"placeholder"',
      `"${unicodeEscaped(apiKey)}"`,
    );
    const accepted = await call("POST", "/api/v3/orders", { ...asCaller, rawBody: orderJson });
    expect(accepted.status).toBe(202);
    const acceptedText = await answerText(accepted);
    expectNoKey(acceptedText, apiKey);
    emulator.advance(JOB_DELAY_MS);
    // The order really was stored under the key: the echo was there to hide.
    expect(emulator.getOrder(apiKey)).toBeDefined();
    const jobId = String(emulator.listJobs()[0]?.jobId);
    const completed = await call("GET", `/api/v3/orders/jobs/${jobId}`, asCaller);
    expect(completed.status).toBe(302);
    expectNoKey(await answerText(completed), apiKey);
    const contactId = String(emulator.listContacts()[0]?.contactId);
    const listed = await call("GET", `/api/v3/orders?contactId=${contactId}`, asCaller);
    expect(listed.status).toBe(200);
    expectNoKey(await answerText(listed), apiKey);
  });

  it("sent percent-encoded inside a JSON body field", async () => {
    const { call } = harness();
    const response = await call("POST", "/api/v3/orders", {
      ...asCaller,
      body: makeOrder(encodeURIComponent(apiKey)),
    });
    expect(response.status).toBe(202);
    expectNoKey(await answerText(response), apiKey);
  });

  it("sent percent-encoded as a query parameter that the paging links carry", async () => {
    const { call, emulator } = harness();
    const email = "key-as-id@example.com";
    emulator.seedContact({ contactId: apiKey, email });
    const contact = { matchKey: email, matchKeyType: "Email" };
    for (const orderId of ["o-1", "o-2"]) {
      await call("POST", "/api/v3/orders", { ...asCaller, body: makeOrder(orderId, { contact }) });
    }
    emulator.advance(JOB_DELAY_MS);
    const response = await call(
      "GET",
      `/api/v3/orders?contactId=${encodeURIComponent(apiKey)}&count=1`,
      asCaller,
    );
    expect(response.status).toBe(200);
    expectNoKey(await answerText(response), apiKey);
  });

  it("sent as the Content-Type, which a 415 quotes", async () => {
    const { call } = harness();
    const response = await call("POST", "/api/v3/orders", {
      headers: { apikey: apiKey, "content-type": apiKey },
      body: makeOrder("o-1"),
    });
    expect(response.status).toBe(415);
    expectNoKey(await answerText(response), apiKey);
  });
});
