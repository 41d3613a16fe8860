import type { Contact, EmulatorState } from "./state.ts";
import { isJsonObject } from "./state.ts";

/** The contact fields a match key type looks at (keys lower-cased: Engage's case is open). */
const fieldByMatchKeyType: Record<string, keyof Contact> = {
  email: "email",
  contactid: "contactId",
  membernumber: "memberNumber",
  mobilephone: "mobilePhone",
  socialsecuritynumber: "socialSecurityNumber",
  externalid: "externalId",
  cardid: "cardId",
};

function normalise(field: keyof Contact, value: string): string {
  const trimmed = value.trim();
  return field === "email" ? trimmed.toLowerCase() : trimmed;
}

/**
 * Finds the contact an order's `contact { matchKey, matchKeyType }` points at, or `null`.
 * E-mail addresses compare case-insensitively; other keys compare exactly after trimming.
 */
export function findContact(state: EmulatorState, contactRef: unknown): Contact | null {
  if (!isJsonObject(contactRef)) return null;
  const { matchKey, matchKeyType } = contactRef;
  if (typeof matchKey !== "string" || typeof matchKeyType !== "string") return null;
  const field = fieldByMatchKeyType[matchKeyType.toLowerCase()];
  if (!field) return null;
  const wanted = normalise(field, matchKey);
  for (const contact of state.contacts.values()) {
    const value = contact[field];
    if (typeof value === "string" && normalise(field, value) === wanted) return contact;
  }
  return null;
}

/**
 * Builds a contact from an order's match key, for the `autoCreateContacts` option.
 * Returns `null` for match key types the emulator does not know.
 */
export function contactFromMatchKey(contactRef: unknown, contactId: string): Contact | null {
  if (!isJsonObject(contactRef)) return null;
  const { matchKey, matchKeyType } = contactRef;
  if (typeof matchKey !== "string" || typeof matchKeyType !== "string") return null;
  const field = fieldByMatchKeyType[matchKeyType.toLowerCase()];
  if (!field) return null;
  return field === "contactId"
    ? { contactId: matchKey.trim() }
    : { contactId, [field]: matchKey.trim() };
}
