// Secrets: a canary API key never appears in an error (message, stack, JSON, util.inspect,
// the cause chain), an event, a console line or a snapshot, and header values with CR/LF are
// refused before anything is sent. The hostile-echo cases at the end show where the core
// still lets an echoed key through (reported upstream).
import {
  createOrder,
  createOrdersClient,
  type EngageEvent,
  type FetchLike,
  getOrder,
  type JobHandle,
  triggerAction,
  ValidationError,
  waitForJob,
} from "@engage-orders/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { canaryKey, leaks } from "../src/canary";

const key = canaryKey();
const base = "https://tenant.voyado.test";
const order = {
  orderId: "o-secret",
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
  lineItems: { items: [{ quantity: 1, article: { sku: "A" }, totalPrice: 1 }], subTotal: 1 },
};
const handle: JobHandle = {
  jobId: "j1",
  orderId: "o-secret",
  pollUrl: `${base}/api/v3/orders/jobs/j1`,
  operation: "create",
  startedAt: "2025-01-01T00:00:00Z",
};

let events: EngageEvent[] = [];
const logged: unknown[][] = [];
const client = (fetch: FetchLike, apiKey = key) =>
  createOrdersClient({
    baseUrl: base,
    apiKey,
    fetch,
    rateLimit: false,
    retry: { attempts: 2, baseDelayMs: 0 },
    sleep: async () => {},
    onEvent: (event) => {
      events.push(event);
      console.debug("engage event", event); // a caller that logs every event
    },
  });
const answer =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  async () =>
    new Response(typeof body === "string" ? body : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });

beforeEach(() => {
  events = [];
  logged.length = 0;
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args));
  }
});
afterEach(() => vi.restoreAllMocks());

/** Fails with the renderings that leak, so a failure shows where the key went. */
function expectNoKey(value: unknown) {
  expect(leaks(value, key)).toEqual([]);
}

// Every failure a client meets when the key only travels in the request header.
const failures: [string, () => Promise<unknown>][] = [
  [
    "401 Unauthorized",
    () =>
      getOrder(
        client(answer(401, { errorCode: "Unauthorized", message: "The API key is not valid." })),
        "o-1",
      ),
  ],
  [
    "400 with field errors",
    () =>
      createOrder(
        client(
          answer(400, {
            errorCode: "InvalidRequest",
            message: "Invalid",
            errors: [{ field: "lineItems.items.0.quantity", message: "quantity is required" }],
          }),
        ),
        order,
      ),
  ],
  [
    "404 version mismatch",
    () =>
      triggerAction(client(answer(404, { errorCode: "VersionTagMismatch" })), "o-1", {
        action: "ConfirmOrder",
        versionTag: "v1",
      }),
  ],
  [
    "409 already exists",
    () => createOrder(client(answer(409, { errorCode: "OrderAlreadyExists" })), order),
  ],
  [
    "422 contact missing",
    () =>
      triggerAction(client(answer(422, { errorCode: "ContactMissing" })), "o-1", {
        action: "ConfirmOrder",
        versionTag: "v1",
      }),
  ],
  [
    "429 after retries",
    () =>
      getOrder(client(answer(429, { errorCode: "RateLimited" }, { "retry-after": "1" })), "o-1"),
  ],
  ["503 after retries", () => getOrder(client(answer(503, "Service Unavailable")), "o-1")],
  [
    "502 HTML page",
    () => getOrder(client(answer(502, "<html><h1>502 Bad Gateway</h1></html>")), "o-1"),
  ],
  ["malformed success", () => getOrder(client(answer(200, '{"orderId": "o-1", "versionT')), "o-1")],
  [
    "network error",
    () =>
      getOrder(
        client(async () => {
          throw new TypeError("fetch failed");
        }),
        "o-1",
      ),
  ],
  [
    "action outcome unknown",
    () =>
      triggerAction(client(answer(500, { message: "An error has occurred." })), "o-1", {
        action: "ConfirmOrder",
        versionTag: "v1",
      }),
  ],
  [
    "job failed",
    () =>
      waitForJob(
        client(
          answer(200, {
            jobId: "j1",
            orderId: "o-secret",
            status: "Failed",
            errorCode: "InvalidArticle",
          }),
        ),
        handle,
        { minDelayMs: 0 },
      ),
  ],
  [
    "job timeout",
    () =>
      waitForJob(
        client(answer(200, { jobId: "j1", orderId: "o-secret", status: "Pending" })),
        handle,
        { timeoutMs: -1 },
      ),
  ],
  [
    "schema refusal",
    () =>
      createOrder(
        createOrdersClient({
          baseUrl: base,
          apiKey: key,
          schemas: {
            order: {
              "~standard": {
                version: 1,
                vendor: "test",
                validate: () => ({ issues: [{ message: "bad", path: ["orderId"] }] }),
              },
            },
          },
        }),
        order,
      ),
  ],
];

describe("the canary key", () => {
  it.each(failures)("is in no rendering of the error, event or log line: %s", async (_, run) => {
    const error = await run().then(
      () => expect.unreachable("it should fail"),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expectNoKey(error);
    expectNoKey(events);
    console.error(error); // what a caller's error log would print
    expectNoKey(logged);
  });

  it("is in no snapshot of a serialized error", async () => {
    const fixed = "test-key-CANARY-snapshot";
    const error = await getOrder(
      client(
        answer(401, { errorCode: "Unauthorized", message: "The API key is not valid." }),
        fixed,
      ),
      "o-1",
    ).catch((e: Error) => e);
    // `message` is not enumerable, so it is added; `name` and `code` are own fields of every class.
    const snapshot = JSON.stringify({ ...error, message: error.message });
    expect(snapshot).not.toContain(fixed);
    expect(snapshot).toMatchInlineSnapshot(
      `"{"name":"EngageError","code":"ENGAGE_ERROR","fieldErrors":[],"attempts":[{"status":401,"reason":"401","delayMs":0}],"orderId":"o-1","method":"GET","path":"/api/v3/orders/o-1","status":401,"errorCode":"Unauthorized","body":"{\\"errorCode\\":\\"Unauthorized\\",\\"message\\":\\"The API key is not valid.\\"}","message":"GET /api/v3/orders/o-1 → 401 Unauthorized: The API key is not valid."}"`,
    );
  });

  it("refuses header values with CR, LF or NUL before sending anything", () => {
    const fetch = vi.fn<FetchLike>();
    for (const bad of ["\r", "\n", "\r\n", "\0"]) {
      const evil = `${key}${bad}X-Injected: 1`;
      for (const options of [
        { apiKey: evil },
        { apiKey: key, userAgent: `Shop/1.0${bad}X-Injected: 1` },
      ]) {
        let error: unknown;
        try {
          createOrdersClient({ baseUrl: base, fetch, ...options });
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ValidationError);
        expectNoKey(error);
      }
    }
    expect(() =>
      createOrdersClient({ baseUrl: base, apiKey: key, apiKeyHeader: "apikey\r\nx" }),
    ).toThrow(ValidationError);
    expect(fetch).not.toHaveBeenCalled();
  });
});

// A gateway or hostile endpoint can echo the key back, in a body or in the fetch's own error.
// The client redacts everything it reads from an answer, and keeps a fetch error only as a
// redacted copy.
describe("the canary key echoed back by something hostile", () => {
  it("is not in the cause of a NetworkError or OutcomeUnknownError", async () => {
    const fetch: FetchLike = async () => {
      throw new TypeError(`connect ECONNREFUSED (headers: apikey=${key})`);
    };
    const network = await getOrder(client(fetch), "o-1").catch((e: unknown) => e);
    const unknown = await triggerAction(client(fetch), "o-1", {
      action: "ConfirmOrder",
      versionTag: "v1",
    }).catch((e: unknown) => e);
    expectNoKey(network);
    expectNoKey(unknown);
  });

  it("is not in fieldErrors or errorCode of an error answer", async () => {
    const error = await createOrder(
      client(
        answer(400, {
          errorCode: "InvalidRequest",
          errors: [{ field: "apikey", message: `received ${key}` }],
        }),
      ),
      order,
    ).catch((e: unknown) => e);
    expectNoKey(error);
  });

  it("is not in the body of a MalformedResponseError", async () => {
    const error = await getOrder(
      client(answer(200, `<html>debug: apikey=${key}</html>`)),
      "o-1",
    ).catch((e: unknown) => e);
    expectNoKey(error);
  });

  it("is not in the job or fieldErrors of a JobFailedError", async () => {
    const error = await waitForJob(
      client(
        answer(200, {
          jobId: "j1",
          orderId: "o-secret",
          status: "Failed",
          errors: [{ message: `bad key ${key}` }],
        }),
      ),
      handle,
      { minDelayMs: 0 },
    ).catch((e: unknown) => e);
    expectNoKey(error);
  });
});
