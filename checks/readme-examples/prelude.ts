// What README fragments assume and do not show. A fragment names what it takes from here in
// its first line (`// Assumes: client, order.`); only those names are imported into it, so a
// fragment cannot lean on anything it does not declare. Everything here is a declaration:
// fragments are type-checked, never run.
/// <reference path="./cloudflare-workers.d.ts" />
import type { DurableObjectNamespaceLike, OrderFlowBinding } from "@engage-orders/cloudflare";
import type { JobHandle, Order, OrdersClient } from "@engage-orders/core";
import type { KvLike } from "@engage-orders/deno";

export { FleetLimiterUnavailableError } from "@engage-orders/cloudflare";
export {
  createOrder,
  createOrderAndWait,
  createOrdersClient,
  getOrder,
  OrderNotFoundError,
  type RateLimiter,
  safe,
  VersionTagMismatchError,
  waitForJob,
  watchJob,
} from "@engage-orders/core";
export { createEngageEmulator, createVirtualTime, DEFAULT_API_KEY } from "@engage-orders/emulator";
export { createOrdersProxy } from "@engage-orders/proxy";
export {
  useChangeOrderDelivery,
  useChangeOrderStatus,
  useContactOrders,
  useCreateOrder,
  useDeleteOrder,
  useOrder,
  useOrderAction,
  useOrderJob,
  useReplaceOrder,
} from "@engage-orders/react";

/** The emulator of the surrounding test. */
export declare const emulator: import("@engage-orders/emulator").EngageEmulator;
/** The client of the surrounding code. */
export declare const client: OrdersClient;
/** An order the surrounding code built. */
export declare const order: Order;
/** A job handle the surrounding code holds. */
export declare const handle: JobHandle;
export declare const orderId: string;
export declare const contactId: string;
export declare const baseUrl: string;
export declare const apiKey: string;
/** A request body the surrounding code received or sends. */
export declare const body: string;
/** Form input the surrounding code read. */
export declare const formValues: unknown;
export declare const controller: AbortController;
export declare const request: Request;

/** A Workers response body reader: `json<T>()` is typed by the caller, `unknown` otherwise. */
interface WorkerBody {
  json<T = unknown>(): Promise<T>;
}
/** The Durable Object namespace of a rate limiter, as `@cloudflare/workers-types` has it. */
interface LimiterNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(url: string, init?: RequestInit): Promise<WorkerBody> };
}
/** A Durable Object namespace binding: the part of `@cloudflare/workers-types`' global type used here. */
export type DurableObjectNamespace = DurableObjectNamespaceLike;
/** A Workflow binding: the part of `@cloudflare/workers-types`' global type used here. */
export type Workflow<_Params = unknown> = OrderFlowBinding;
/** A Worker's bindings: secrets, a queue and Durable Object namespaces. */
export interface Env {
  ENGAGE_URL: string;
  ENGAGE_API_KEY: string;
  JOBS: { send(message: unknown): Promise<void> };
  ENGAGE_LIMITER: LimiterNamespace;
  /** The fleet rate limiter's namespace, bound to `RateLimiterObject`. */
  ENGAGE_RATE_LIMITER: DurableObjectNamespace;
}
export declare const env: Env;
/** A Worker's execution context. */
export interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}
/** Workers' scheduler. */
export declare const scheduler: { wait(ms: number): Promise<void> };

/** The little of Deno the examples use. */
export declare const Deno: {
  env: { get(name: string): string | undefined };
  serve(handler: (request: Request) => Response | Promise<Response>): unknown;
  openKv(path?: string): Promise<KvLike>;
};

/** The surrounding application's own helpers. */
export declare const logger: { debug(value: unknown): void };
export declare const db: {
  saveJob(handle: JobHandle): Promise<void>;
  loadJob(orderId: string): Promise<JobHandle>;
};
export declare function refreshOrder(orderId: string): void;
export declare function render(status: string | undefined, ...rest: unknown[]): void;
export declare function getSession(request: Request): Promise<{ contactId: string } | null>;
export declare function verifySession(request: Request, env: unknown): Promise<boolean>;
export declare function isSignedIn(request: Request): boolean | Promise<boolean>;
export declare function toast(message: string): void;
export declare function report(error: Error): void;
export declare function OrdersAdmin(): null;
export declare const expect: (value: unknown) => {
  toEqual(expected: unknown): void;
  toHaveLength(length: number): void;
};
/** A queue the surrounding code resumes waits from (a Cloudflare Queue, a job table …). */
export declare const queue: { send(handle: JobHandle): Promise<void> };
/** Schedules the same work again after a delay. */
export declare function retryLater(delayMs: number | undefined): Promise<void>;
