import type { RandomState } from "./random.ts";

/** A JSON object as received and stored. */
export type JsonObject = { [key: string]: unknown };

/** The status of an asynchronous job. */
export type JobStatus = "Pending" | "Processing" | "Completed" | "CompletedWithErrors" | "Failed";

/** The kind of write a job carries. */
export type JobOperation = "create" | "replace" | "delete" | "changeStatus" | "changeDelivery";

/** An action to fire once a change is processed (`orderAction` on a write). */
export interface OrderAction {
  /** The action name, e.g. `ConfirmOrder`. */
  action: string;
  /** The optional culture tag, e.g. `en-US`. */
  language?: string;
  /** Free JSON for the automation. */
  data?: unknown;
}

/** A job error entry, as in the job body. */
export interface JobError {
  /** The field it concerns, when there is one. */
  field?: string;
  /** What went wrong. */
  message: string;
}

/** A seeded contact that orders can be linked to through their match key. */
export interface Contact {
  /** The contact's id (generated when not seeded). */
  contactId: string;
  /** The e-mail address (matched case-insensitively for `matchKeyType: "Email"`). */
  email?: string;
  /** The mobile phone number. */
  mobilePhone?: string;
  /** The member number. */
  memberNumber?: string;
  /** The social security number. */
  socialSecurityNumber?: string;
  /** The external id. */
  externalId?: string;
  /** The card id. */
  cardId?: string;
}

/** One asynchronous job, as the emulator keeps it. */
export interface JobRecord {
  /** The job id. */
  jobId: string;
  /** The order the job writes. */
  orderId: string;
  /** The kind of write. */
  operation: JobOperation;
  /** The final status once processed; `undefined` while pending or processing. */
  outcome?: "Completed" | "CompletedWithErrors" | "Failed";
  /** When the request was accepted (epoch ms). */
  createdAt: number;
  /** When processing starts (epoch ms); before that the job is `Pending`. */
  startAt: number;
  /** When processing is due to finish (epoch ms). */
  processAt: number;
  /** When it finished (epoch ms). */
  completedAt?: number;
  /** Held by the stalled-jobs fault until released. */
  stalled: boolean;
  /** The validated body of the write (absent for a delete). */
  payload?: JsonObject;
  /** The embedded action to fire after processing. */
  orderAction?: OrderAction;
  /** The versionTag of the version this job produced. */
  versionTag?: string;
  /** The error code of a failed or partly failed job. */
  errorCode?: string;
  /** The job's errors. */
  errors?: JobError[];
  /** Order of acceptance, for first-in-first-out processing. */
  sequence: number;
}

/** One stored order. */
export interface OrderRecord {
  /** The integrator's order id. */
  orderId: string;
  /** The stored document, including its `versionTag`. */
  order: JsonObject & { orderId: string; versionTag: string };
  /** The linked contact, or `null` when no contact matched. */
  contactId: string | null;
  /** When it was first stored (epoch ms). */
  storedAt: number;
  /** Order of first storage, for stable listing. */
  sequence: number;
}

/** Where a fired action came from. */
export type AutomationSource = "action" | "embedded" | "v2";

/** One fired automation, as a customer would receive it. */
export interface AutomationLogEntry {
  /** The order id (the `orderNumber` for v2). */
  orderId: string;
  /** The action name (the `orderStatus` for v2). */
  action: string;
  /** The version the action fired for (`null` for v2, which has no versions). */
  versionTag: string | null;
  /** The action endpoint, an embedded `orderAction`, or a v2 order communication. */
  source: AutomationSource;
  /** The linked contact. */
  contactId: string | null;
  /** The culture tag, when given. */
  language?: string;
  /** The automation data, when given. */
  data?: unknown;
  /** The job that fired an embedded action. */
  jobId?: string;
  /** When it fired (ISO 8601). */
  firedAt: string;
}

/** One warning Engage writes to its integration log after storing an order (not an API error). */
export interface IntegrationLogEntry {
  /** The order it concerns. */
  orderId: string;
  /** The job that stored the order. */
  jobId: string;
  /** The warning, e.g. `Contact is missing`, `Article is missing: SKU-9`, `Store is missing: s-2`. */
  message: string;
  /** When it was written (ISO 8601). */
  loggedAt: string;
}

/** Everything the emulator knows, as plain JSON. */
export interface EmulatorState {
  /** The stored orders by id. */
  orders: Map<string, OrderRecord>;
  /** Every job by id, finished ones included. */
  jobs: Map<string, JobRecord>;
  /** Jobs not yet processed, in acceptance order. */
  openJobs: JobRecord[];
  /** The known contacts by id. */
  contacts: Map<string, Contact>;
  /** Every fired automation, oldest first. */
  automationLog: AutomationLogEntry[];
  /** Engage's integration-log warnings, oldest first. */
  integrationLog: IntegrationLogEntry[];
  /** The next sequence number. */
  sequence: number;
  /** When the latest job finished, so finish times never run backwards. */
  lastCompletedAt: number;
}

/** The exported form of the whole state: plain JSON, safe to write to a file. */
export interface EmulatorSnapshot {
  /** Marks the file as an emulator snapshot. */
  format: "engage-emulator-state";
  /** The snapshot format version. */
  version: 1;
  /** The clock when exported (ISO 8601). */
  exportedAt: string;
  /** The stored orders. */
  orders: OrderRecord[];
  /** Every job. */
  jobs: JobRecord[];
  /** The contacts. */
  contacts: Contact[];
  /** The automation log. */
  automationLog: AutomationLogEntry[];
  /** The integration log (absent in older snapshots). */
  integrationLog?: IntegrationLogEntry[];
  /** The next sequence number. */
  sequence: number;
  /** The random streams, so ids continue where they left off. */
  random: { ids: RandomState; latency: RandomState; faults: RandomState };
}

/** Creates an empty state. */
export function createEmptyState(): EmulatorState {
  return {
    orders: new Map(),
    jobs: new Map(),
    openJobs: [],
    contacts: new Map(),
    automationLog: [],
    integrationLog: [],
    sequence: 1,
    lastCompletedAt: 0,
  };
}

/** Copies a JSON value, so callers never hold the emulator's own objects. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Checks that a value is a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
