import { fireAction } from "./automation.ts";
import { contactFromMatchKey, findContact } from "./contacts.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import { createUuid, createVersionTag } from "./random.ts";
import type { JobError, JobRecord, JsonObject, OrderRecord } from "./state.ts";
import { isJsonObject } from "./state.ts";

function fail(job: JobRecord, errorCode: string, message: string): void {
  job.outcome = "Failed";
  job.errorCode = errorCode;
  job.errors = [{ message }];
}

/** Links an order to its contact, creating one when `autoCreateContacts` is on. */
function linkContact(env: JobEnvironment, contactRef: unknown): string | null {
  const found = findContact(env.state, contactRef);
  if (found) return found.contactId;
  if (!env.autoCreateContacts) return null;
  const created = contactFromMatchKey(contactRef, createUuid(env.ids));
  if (!created) return null;
  env.state.contacts.set(created.contactId, created);
  return created.contactId;
}

/** Describes the order's match key without its value (it may be personal data). */
function describeContact(contactRef: unknown): string {
  const type = isJsonObject(contactRef) ? contactRef.matchKeyType : undefined;
  return typeof type === "string" ? `matchKeyType ${type}` : "its match key";
}

/** Ends a job that stored a version: Completed and the embedded action fired, or not. */
function finishVersion(
  env: JobEnvironment,
  job: JobRecord,
  record: OrderRecord,
  missingContact: { errorCode: string; message: string } | null,
): void {
  const at = job.completedAt ?? job.processAt;
  job.versionTag = record.order.versionTag;
  if (record.contactId === null && missingContact) {
    const errors: JobError[] = [{ field: "contact", message: missingContact.message }];
    if (job.orderAction) {
      errors.push({
        field: "orderAction",
        message: "The orderAction was not fired: the order has no contact.",
      });
    }
    job.outcome = "CompletedWithErrors";
    job.errorCode = missingContact.errorCode;
    job.errors = errors;
    return;
  }
  job.outcome = "Completed";
  if (job.orderAction) {
    fireAction(env.state, {
      ...job.orderAction,
      orderId: job.orderId,
      versionTag: record.order.versionTag,
      source: "embedded",
      contactId: record.contactId,
      jobId: job.jobId,
      at,
    });
  }
}

function storeVersion(env: JobEnvironment, job: JobRecord, document: JsonObject): OrderRecord {
  const previous = env.state.orders.get(job.orderId);
  const record: OrderRecord = {
    orderId: job.orderId,
    order: { ...document, orderId: job.orderId, versionTag: createVersionTag(env.ids) },
    contactId: previous?.contactId ?? null,
    storedAt: previous?.storedAt ?? job.completedAt ?? job.processAt,
    sequence: previous?.sequence ?? env.state.sequence++,
  };
  env.state.orders.set(job.orderId, record);
  return record;
}

/**
 * Writes the warnings Engage logs after storing an order: a missing contact, and articles or
 * stores missing from the catalogue when one is configured.
 */
function logReferenceWarnings(env: JobEnvironment, job: JobRecord, record: OrderRecord): void {
  const messages: string[] = [];
  if (record.contactId === null) messages.push("Contact is missing");
  const { order } = record;
  if (
    env.stores &&
    typeof order.externalStoreId === "string" &&
    !env.stores.has(order.externalStoreId)
  ) {
    messages.push(`Store is missing: ${order.externalStoreId}`);
  }
  const items =
    isJsonObject(order.lineItems) && Array.isArray(order.lineItems.items)
      ? order.lineItems.items
      : [];
  for (const item of items) {
    const sku = isJsonObject(item) && isJsonObject(item.article) ? item.article.sku : undefined;
    if (env.articles && typeof sku === "string" && !env.articles.has(sku)) {
      messages.push(`Article is missing: ${sku}`);
    }
  }
  const loggedAt = new Date(job.completedAt ?? job.processAt).toISOString();
  for (const message of messages) {
    env.state.integrationLog.push({ orderId: job.orderId, jobId: job.jobId, message, loggedAt });
  }
}

function applyCreateOrReplace(env: JobEnvironment, job: JobRecord, payload: JsonObject): void {
  const exists = env.state.orders.has(job.orderId);
  if (job.operation === "create" && exists) {
    fail(job, "OrderAlreadyExists", "Order already exists.");
    return;
  }
  if (job.operation === "replace" && !exists) {
    fail(job, "OrderNotFound", "The order no longer exists.");
    return;
  }
  const record = storeVersion(env, job, payload);
  record.contactId = linkContact(env, payload.contact);
  logReferenceWarnings(env, job, record);
  finishVersion(env, job, record, {
    errorCode: "ContactNotFound",
    message: `No contact matches the order's contact (${describeContact(payload.contact)}); the order is stored without a contact.`,
  });
}

function applyChange(env: JobEnvironment, job: JobRecord, payload: JsonObject): void {
  const current = env.state.orders.get(job.orderId);
  if (!current) {
    fail(job, "OrderNotFound", "The order no longer exists.");
    return;
  }
  const { orderAction: _action, lastChangedAt, ...fields } = payload;
  const document: JsonObject = { ...current.order };
  if (job.operation === "changeStatus") {
    if (fields.status !== undefined) document.status = fields.status;
    if (fields.externalStatus !== undefined) document.externalStatus = fields.externalStatus;
  } else {
    const delivery = isJsonObject(document.delivery) ? document.delivery : {};
    document.delivery = { ...delivery, ...fields };
  }
  if (lastChangedAt !== undefined) document.lastChangedAt = lastChangedAt;
  const record = storeVersion(env, job, document);
  // A change on an order without a contact is fine; only its embedded action cannot fire.
  const missingContact = job.orderAction
    ? { errorCode: "ContactMissing", message: "The order has no contact." }
    : null;
  finishVersion(env, job, record, missingContact);
}

/** Applies a due job, finishing at `finishAt` (never before an earlier job), and records its outcome. */
export function applyJob(env: JobEnvironment, job: JobRecord, finishAt = job.processAt): void {
  const at = Math.max(finishAt, env.state.lastCompletedAt);
  env.state.lastCompletedAt = at;
  job.completedAt = at;
  const payload = job.payload ?? {};
  switch (job.operation) {
    case "create":
    case "replace":
      applyCreateOrReplace(env, job, payload);
      break;
    case "changeStatus":
    case "changeDelivery":
      applyChange(env, job, payload);
      break;
    case "delete":
      if (env.state.orders.delete(job.orderId)) job.outcome = "Completed";
      else fail(job, "OrderNotFound", "The order no longer exists.");
  }
}
