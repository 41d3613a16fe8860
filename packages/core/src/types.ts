// The data the Orders API exchanges. Engage marks v3 as beta and adds fields over time, so
// every shape is open: documented fields are typed, anything else is kept and sent back.

/** A string union that still accepts any other string (autocomplete without a closed set). */
export type OpenString<Known extends string> = Known | (string & {});

/** The action names Engage documents; any other string is allowed too. */
export type ActionName = OpenString<
  | "ConfirmOrder"
  | "ConfirmShipment"
  | "ConfirmDelivery"
  | "ConfirmCancellation"
  | "ConfirmCompletion"
  | "Custom"
>;

/** The status of an order. */
export type OrderStatus = OpenString<"InProgress" | "Completed" | "Cancelled">;

/** The status of an asynchronous job; unknown strings count as still running. */
export type JobStatus = OpenString<
  "Pending" | "Processing" | "Completed" | "CompletedWithErrors" | "Failed"
>;

/** An action to fire once a change has been processed (the `orderAction` property). */
export interface OrderAction {
  /** The automation to trigger, e.g. `ConfirmOrder`. */
  action: ActionName;
  /** The culture tag of the message, e.g. `en-US`. */
  language?: string;
  /** Free JSON handed to the automation. */
  data?: Record<string, unknown>;
}

/** The contact an order belongs to. */
export interface OrderContact {
  /** The value that identifies the contact, e.g. an email address. */
  matchKey: string;
  /** The kind of `matchKey`. */
  matchKeyType: OpenString<
    | "Email"
    | "ContactId"
    | "MemberNumber"
    | "MobilePhone"
    | "SocialSecurityNumber"
    | "ExternalId"
    | "CardId"
  >;
  [key: string]: unknown;
}

/** One line of an order. */
export interface LineItem {
  id?: string;
  type?: OpenString<"Purchase" | "Return">;
  externalStatus?: string;
  quantity: number;
  article: {
    sku: string;
    name?: string;
    description?: string;
    imageUri?: string;
    targetUri?: string;
    [key: string]: unknown;
  };
  returnDetails?: { type: OpenString<"Normal" | "Complaint" | "Change">; reason?: string };
  pricePerUnit?: number;
  originalPricePerUnit?: number;
  totalPrice: number;
  originalTotalPrice?: number;
  [key: string]: unknown;
}

/** A v3 order as sent to Engage (`orderId` is the integrator's own id). */
export interface Order {
  orderId: string;
  contact?: OrderContact;
  externalStoreId?: string;
  status?: OrderStatus;
  externalStatus?: string;
  references?: readonly string[];
  currencyCode?: string;
  channel?: string;
  createdAt?: string;
  lastChangedAt?: string;
  lineItems?: { items: readonly LineItem[]; subTotal?: number; [key: string]: unknown };
  delivery?: DeliveryChange;
  [key: string]: unknown;
}

/** An order as Engage stores it: the sent order plus its `versionTag`. */
export interface StoredOrder extends Order {
  /** The tag of the processed version; an action must quote it. */
  versionTag: string;
  // Answers are plain mutable data; only inputs accept readonly (`as const`) arrays.
  references?: string[];
  lineItems?: { items: LineItem[]; subTotal?: number; [key: string]: unknown };
}

/** The body of a change-status request. */
export interface StatusChange {
  status?: OrderStatus;
  externalStatus?: string;
  /** When the change happened. Defaults to now. */
  lastChangedAt?: string;
  orderAction?: OrderAction;
  [key: string]: unknown;
}

/** The body of a change-delivery request. */
export interface DeliveryChange {
  method?: string;
  trackingNumber?: string;
  trackingUri?: string;
  deliveryDate?: string;
  /** When the change happened. Defaults to now. */
  lastChangedAt?: string;
  orderAction?: OrderAction;
  [key: string]: unknown;
}

/** An action request: the action plus the `versionTag` of the version it is about. */
export interface ActionRequest extends OrderAction {
  /** The `versionTag` of the processed order (from the completed job). */
  versionTag: string;
}

/** Engage's answer to an accepted action. */
export interface ActionAccepted {
  orderId: string;
  action: ActionName;
  accepted: true;
  [key: string]: unknown;
}

/** A v2 order (order communication): stored nowhere, every call carries the whole order. */
export interface OrderV2 {
  contact: OrderContact;
  orderNumber: string;
  orderStatus: string;
  paymentStatus: string;
  createdDate: string;
  storeId: string;
  currency: string;
  totalGrossPrice: number;
  items: ReadonlyArray<{
    type: OpenString<"PURCHASE" | "RETURN">;
    sku: string;
    quantity: number;
    grossPaidPrice: number;
    description: string;
    [key: string]: unknown;
  }>;
  [key: string]: unknown;
}

/** One page of a contact's orders, with its links normalized to `next` and `previous`. */
export interface ContactOrdersPage {
  items: StoredOrder[];
  offset?: number;
  count?: number;
  totalCount?: number;
  /** The URL of the next page, when there is one. */
  next?: string | undefined;
  /** The URL of the previous page, when there is one. */
  previous?: string | undefined;
  [key: string]: unknown;
}

/** The operation an asynchronous job carries out. */
export type JobOperation = "create" | "replace" | "delete" | "changeStatus" | "changeDelivery";

/**
 * The handle of an asynchronous write: plain JSON, so it can be stored, sent to a browser or
 * another edge invocation, and resumed there with `waitForJob` by any client. `Operation`
 * narrows what the handle does (each write returns its own kind, e.g. `JobHandle<"create">`),
 * so `waitForJob` can promise a `versionTag` for every kind but a delete.
 */
export interface JobHandle<Operation extends JobOperation = JobOperation> {
  /** The job id; empty when the write was resolved by reading the order instead. */
  jobId: string;
  /** The absolute URL to poll; on resume only its path from `/api/` on is used. */
  pollUrl: string;
  /** The integrator's order id. */
  orderId: string;
  /** What the job does. */
  operation: Operation;
  /** When the write was accepted (ISO 8601). */
  startedAt: string;
  /** The last status seen, when known. */
  status?: JobStatus;
  /** The `versionTag`, when the handle is already complete. */
  versionTag?: string;
  /** Set when the create was re-sent after an attempt with an unknown outcome. */
  retried?: boolean;
}

/** A job as Engage reports it. */
export interface Job {
  jobId: string;
  orderId: string;
  status: JobStatus;
  versionTag?: string;
  errorCode?: string;
  errors?: Array<{ field?: string; message: string }>;
  createdAt?: string;
  completedAt?: string;
  /** The order, when completion was reported by redirecting to it. */
  order?: StoredOrder;
  [key: string]: unknown;
}

/** A completed job; `versionTag` is present for every operation but delete. */
export interface CompletedJob extends Job {
  status: "Completed";
}

/** A completed job of a create, replace or change: its `versionTag` is always there. */
export interface VersionedJob extends CompletedJob {
  versionTag: string;
}

/** One attempt of a request: its status (absent on a network failure), why, and the wait after it. */
export interface Attempt {
  status?: number | undefined;
  reason: string;
  delayMs: number;
}

/** A problem with one field, from Engage's `errors` or from local validation. */
export interface FieldError {
  /** The dotted path of the field, e.g. `lineItems.items.0.quantity`. */
  field: string;
  message: string;
}

/**
 * What the client reports for each request attempt (its start and its end), retry and poll,
 * for logging or tracing. Request events share the logical request's `requestId` (its retries
 * included) and carry the `orderId` where there is one; poll events carry the job's. No event
 * ever carries the key.
 */
export type EngageEvent =
  | {
      /** An attempt is about to be sent. */
      type: "request-start";
      requestId: string;
      method: string;
      path: string;
      attempt: number;
      orderId?: string | undefined;
    }
  | {
      /** An attempt ended: with an answer (`status`) or without one (`error`). */
      type: "request";
      requestId: string;
      method: string;
      path: string;
      attempt: number;
      orderId?: string | undefined;
      status?: number | undefined;
      durationMs: number;
      error?: string | undefined;
    }
  | {
      /** The attempt will be sent again after `delayMs`. */
      type: "retry";
      requestId: string;
      method: string;
      path: string;
      attempt: number;
      orderId?: string | undefined;
      delayMs: number;
      reason: string;
    }
  | {
      /** A poll of a job was answered. */
      type: "poll";
      jobId: string;
      orderId: string;
      status: JobStatus;
      polls: number;
      elapsedMs: number;
      delayMs: number;
    };
