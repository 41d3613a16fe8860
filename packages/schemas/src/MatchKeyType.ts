import type { OpenString } from "./OpenString.ts";

/**
 * How `contact.matchKey` identifies the contact. The known names come from Orders v2; v3 does
 * not document its list or its letter case, so any other string is accepted too.
 */
export type MatchKeyType = OpenString<
  | "Email"
  | "ContactId"
  | "MemberNumber"
  | "MobilePhone"
  | "SocialSecurityNumber"
  | "ExternalId"
  | "CardId"
>;
