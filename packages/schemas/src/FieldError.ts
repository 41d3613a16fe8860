/**
 * A problem with one field: `field` is a dotted path such as `lineItems.items.0.quantity`
 * (empty for the body as a whole) and `message` says what is wrong in words a person can act on.
 */
export type FieldError = { field: string; message: string };
