// One conformance suite for the built core, run unchanged in Node, Deno, workerd and Chromium.
// It imports nothing at run time: each runtime's harness passes in the built core module, the
// emulator's URL and a `fetch` wrapper that counts requests while calling the runtime's own
// global `fetch` (never detached).
import type * as Core from "@engage-orders/core";

/** What each runtime's harness gives the suite. */
export interface ConformanceContext {
  /** The built core module (`packages/core/dist/index.js`). */
  readonly core: typeof Core;
  /** The emulator's origin, e.g. `http://127.0.0.1:4010`. */
  readonly baseUrl: string;
  /** The API key the emulator accepts. */
  readonly apiKey: string;
  /** A contact the emulator knows. */
  readonly contactId: string;
  /** A second known contact that only the paging case uses. */
  readonly pagerContactId: string;
  /** A prefix that keeps order ids unique across runs and runtimes. */
  readonly runId: string;
}

/** One conformance case. */
export interface ConformanceCase {
  readonly name: string;
  run(context: ConformanceContext): Promise<void>;
}

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`conformance check failed: ${message}`);
}

/** A fetch that counts requests and always calls the runtime's global fetch attached. */
function countingFetch() {
  const counter = {
    requests: 0,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => {
      counter.requests++;
      return globalThis.fetch(input, init);
    },
  };
  return counter;
}

function order(
  context: ConformanceContext,
  suffix: string,
  contactMatchKey = context.contactId,
): Core.Order {
  const totalPrice = 249.5;
  return {
    orderId: `${context.runId}-${suffix}`,
    contact: { matchKey: contactMatchKey, matchKeyType: "ContactId" },
    externalStoreId: "store-1",
    status: "InProgress",
    currencyCode: "SEK",
    channel: "Ecom",
    createdAt: "2025-12-03T15:15:19+01:00",
    lineItems: {
      items: [{ quantity: 1, article: { sku: "SKU-1", name: "Mug" }, totalPrice }],
      subTotal: totalPrice,
    },
  };
}

async function expectRejection(promise: Promise<unknown>, errorName: string): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    check(error instanceof Error, `expected an Error, got ${String(error)}`);
    check(error.name === errorName, `expected ${errorName}, got ${error.name}: ${error.message}`);
    return error;
  }
  throw new Error(`conformance check failed: expected ${errorName}, but the call succeeded`);
}

function client(context: ConformanceContext, fetch: typeof globalThis.fetch) {
  return context.core.createOrdersClient({
    baseUrl: context.baseUrl,
    apiKey: context.apiKey,
    userAgent: "EngageOrdersConformance/1.0",
    fetch,
  });
}

/** Every conformance case, in the order they run. */
export const conformanceCases: readonly ConformanceCase[] = [
  {
    name: "create, wait for the versionTag, and trigger an action",
    async run(context) {
      const { core } = context;
      const counter = countingFetch();
      const orders = client(context, counter.fetch);
      const handle = await core.createOrder(orders, order(context, "cycle"));
      check(
        handle.jobId && handle.orderId === `${context.runId}-cycle`,
        "a job handle for the order",
      );
      const completed = await core.waitForJob(orders, handle, { timeoutMs: 10_000 });
      check(
        typeof completed.versionTag === "string" && completed.versionTag.length > 0,
        "a versionTag",
      );
      await core.triggerAction(orders, handle.orderId, {
        action: "ConfirmOrder",
        versionTag: completed.versionTag,
      });
      const stored = await core.getOrder(orders, handle.orderId);
      check(
        stored.versionTag === completed.versionTag,
        "the stored order carries the same versionTag",
      );
    },
  },
  {
    name: "an action with a stale versionTag is a VersionTagMismatchError",
    async run(context) {
      const { core } = context;
      const orders = client(context, countingFetch().fetch);
      const handle = await core.createOrder(orders, order(context, "mismatch"));
      await core.waitForJob(orders, handle, { timeoutMs: 10_000 });
      const error = await expectRejection(
        core.triggerAction(orders, handle.orderId, {
          action: "ConfirmOrder",
          versionTag: "c3RhbGUtdmVyc2lvbi10YWc=",
        }),
        "VersionTagMismatchError",
      );
      check(!error.message.includes(context.apiKey), "the error does not carry the API key");
    },
  },
  {
    name: "creating an existing order id is an OrderAlreadyExistsError",
    async run(context) {
      const { core } = context;
      const orders = client(context, countingFetch().fetch);
      const first = await core.createOrder(orders, order(context, "exists"));
      await core.waitForJob(orders, first, { timeoutMs: 10_000 });
      // A fresh client has no earlier attempt of its own, so the 409 is someone else's order.
      const other = client(context, countingFetch().fetch);
      await expectRejection(
        core.createOrder(other, order(context, "exists")),
        "OrderAlreadyExistsError",
      );
    },
  },
  {
    name: "an order for an unknown contact ends in a ContactMissingError",
    async run(context) {
      const { core } = context;
      const orders = client(context, countingFetch().fetch);
      const handle = await core.createOrder(
        orders,
        order(context, "no-contact", `${context.runId}-nobody`),
      );
      await expectRejection(
        core.waitForJob(orders, handle, { timeoutMs: 10_000 }),
        "ContactMissingError",
      );
    },
  },
  {
    name: "aborting during a wait stops at once and sends nothing more",
    async run(context) {
      const { core } = context;
      const counter = countingFetch();
      const orders = client(context, counter.fetch);
      const handle = await core.createOrder(orders, order(context, "abort"));
      const controller = new AbortController();
      const waiting = core.waitForJob(orders, handle, {
        signal: controller.signal,
        timeoutMs: 10_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 30));
      controller.abort();
      const requestsAtAbort = counter.requests;
      await expectRejection(waiting, "AbortError");
      await new Promise((resolve) => setTimeout(resolve, 400));
      check(
        counter.requests === requestsAtAbort,
        `no request after abort (${counter.requests - requestsAtAbort} sent)`,
      );
    },
  },
  {
    name: "a timeout returns the handle, and a fresh client resumes it from JSON",
    async run(context) {
      const { core } = context;
      const orders = client(context, countingFetch().fetch);
      const handle = await core.createOrder(orders, order(context, "resume"));
      const timeout = await expectRejection(
        core.waitForJob(orders, handle, { timeoutMs: 20 }),
        "JobTimeoutError",
      );
      const carried = (timeout as Error & { handle?: unknown }).handle;
      check(carried !== undefined, "the timeout error carries the job handle");
      const serialized = JSON.stringify(carried);
      const resumed = await core.waitForJob(
        client(context, countingFetch().fetch),
        JSON.parse(serialized),
        {
          timeoutMs: 10_000,
        },
      );
      check(
        resumed.orderId === handle.orderId && resumed.versionTag,
        "the resumed wait completes with a versionTag",
      );
    },
  },
  {
    name: "a contact's orders are listed page by page, following the links",
    async run(context) {
      const { core } = context;
      const orders = client(context, countingFetch().fetch);
      const contactId = context.pagerContactId;
      const handles = [];
      for (let index = 0; index < 3; index++) {
        handles.push(await core.createOrder(orders, order(context, `page-${index}`, contactId)));
      }
      for (const handle of handles) await core.waitForJob(orders, handle, { timeoutMs: 10_000 });
      const firstPage = await core.listContactOrders(orders, contactId, { count: 2 });
      check(
        firstPage.items.length === 2,
        `two orders on the first page, got ${firstPage.items.length}`,
      );
      const seen: string[] = [];
      for await (const page of core.contactOrderPages(orders, contactId, { count: 2 })) {
        for (const item of page.items) seen.push(String(item.orderId));
      }
      check(
        seen.length === 3 && new Set(seen).size === 3,
        `all three orders once, got ${seen.join(", ")}`,
      );
    },
  },
];
