// The emulator's control API, as the flow tests inside workerd reach it (over HTTP, with the
// emulator's test key).
import { inject } from "vitest";

/** The emulator's fault rates (see the emulator's README), e.g. `{ serverError: 0.05 }`. */
export type FaultConfig = Record<string, number | Record<string, Record<string, number>>>;

/** A stored order as the control API lists it. */
export interface OrderView {
  order: { orderId: string; versionTag: string; [field: string]: unknown };
  contactId: string | null;
}

/** A job as the control API lists it. */
export interface JobView {
  jobId: string;
  orderId: string;
  status: string;
  operation: string;
  stalled: boolean;
}

/** One automation the emulator fired (what a customer would receive). */
export interface AutomationEntry {
  orderId: string;
  action: string;
  versionTag: string;
  source: "action" | "embedded" | "v2";
}

async function control<T>(method: string, path: string, body?: unknown): Promise<T> {
  // A pooled connection the emulator's dropped-answer fault closed may fail a control call
  // (those are never faulted themselves, and repeating one is harmless): try again.
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${inject("emulatorUrl")}/_emulator/${path}`, {
        method,
        headers: {
          apikey: inject("emulatorApiKey"),
          "content-type": "application/json",
          "user-agent": "EngageOrdersFlowTests/1.0",
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    } catch (error) {
      if (attempt >= 8 || !String(error).includes("Network connection lost")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** Switches the emulator's faults (`{}` turns them all off). */
export const setFaults = (faults: FaultConfig) => control("PUT", "faults", faults);
/** Every fired action, or those of one order. */
export const automationLog = (orderId?: string) =>
  control<AutomationEntry[]>(
    "GET",
    `automation-log${orderId ? `?orderId=${encodeURIComponent(orderId)}` : ""}`,
  );
/** Every stored order. */
export const listOrders = () => control<OrderView[]>("GET", "orders");
/** Every job. */
export const listJobs = () => control<JobView[]>("GET", "jobs");
/** Lets every stalled job run; resolves to how many there were. */
export const releaseStalled = () =>
  control<{ released: number }>("POST", "release-stalled", {}).then((answer) => answer.released);
