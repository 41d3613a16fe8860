/** The actions Engage documents, in the order a life-cycle usually sends them. */
export const actionNames = [
  "ConfirmOrder",
  "ConfirmShipment",
  "ConfirmDelivery",
  "ConfirmCancellation",
  "ConfirmCompletion",
  "Custom",
] as const;

/** One documented action name. */
export type ActionName = (typeof actionNames)[number];

/** The order statuses Engage documents. */
export const orderStatuses = ["InProgress", "Completed", "Cancelled"] as const;

/** The match-key types offered for an order's contact. */
export const matchKeyTypes = [
  "Email",
  "ContactId",
  "MemberNumber",
  "MobilePhone",
  "SocialSecurityNumber",
  "ExternalId",
  "CardId",
] as const;
