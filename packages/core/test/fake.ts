// A scripted Engage for unit tests: each request is answered by the next matching reply,
// time is a number moved only by the client's own sleeps, and every request is recorded.
import { createOrdersClient, type OrdersClient, type OrdersClientOptions } from "../src/index";

/** The test key; the redaction tests look for it everywhere. */
export const KEY = "test-key-0123456789abcdef";

/** A recorded request. */
export interface Sent {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A reply: a Response, an error to throw, or a function of the request. */
export type Script = Response | Error | ((req: Sent) => Response | Error | Promise<Response>);

/** Builds a JSON response. */
export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

/** An accepted write for a job. */
export const accepted = (jobId: string, orderId = "o-1", status = 202) =>
  json(
    status,
    { jobId, status: "Pending", orderId, href: `https://t.voyado.com/api/v3/orders/jobs/${jobId}` },
    { location: `https://t.voyado.com/api/v3/orders/jobs/${jobId}` },
  );

/** A job body. */
export const job = (jobId: string, status: string, extra: Record<string, unknown> = {}) =>
  json(200, { jobId, orderId: "o-1", status, createdAt: "2025-01-01T00:00:00Z", ...extra });

/** Creates a client over a scripted fetch and a fake clock. */
export function setup(script: Script[] = [], options: Partial<OrdersClientOptions> = {}) {
  const sent: Sent[] = [];
  const events: unknown[] = [];
  const sleeps: number[] = [];
  const clock = { t: Date.UTC(2025, 0, 1) };
  const queue = [...script];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    init.signal?.throwIfAborted();
    const headers = init.headers as Record<string, string>;
    const u = new URL(url);
    const req: Sent = {
      method: init.method ?? "GET",
      url,
      path: u.pathname + u.search,
      headers: { ...headers },
      body: init.body ? JSON.parse(init.body as string) : undefined,
    };
    sent.push(req);
    const next = queue.shift();
    if (!next) throw new Error(`unscripted request ${req.method} ${req.path}`);
    const answer = typeof next === "function" ? await next(req) : next;
    if (answer instanceof Error) throw answer;
    return answer;
  };
  const client: OrdersClient = createOrdersClient({
    baseUrl: "https://t.voyado.com",
    apiKey: KEY,
    fetch,
    rateLimit: false,
    now: () => clock.t,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      clock.t += ms;
    },
    random: () => 0.5,
    onEvent: (e) => events.push(e),
    ...options,
  });
  return { client, sent, events, sleeps, clock, queue };
}

/** An order as tests send it. */
export const order = (orderId = "o-1") => ({
  orderId,
  contact: { matchKey: "ada@example.com", matchKeyType: "Email" },
  status: "InProgress",
  currencyCode: "SEK",
  createdAt: "2025-01-01T10:00:00+01:00",
  lastChangedAt: "2025-01-01T10:00:00+01:00",
  lineItems: { items: [{ quantity: 1, article: { sku: "A-1" }, totalPrice: 100 }], subTotal: 100 },
});

/** Catches the rejection of a promise (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}
