import type { ContactSeed } from "@engage-orders/emulator";
import { newOrderDocument } from "../src/order/newOrderDocument.ts";

/** The contacts the emulator starts with, so the contact picker has someone to show. */
export const demoContacts: readonly ContactSeed[] = [
  { contactId: "c-ada", email: "ada@example.com", memberNumber: "M-1001" },
  { contactId: "c-grace", email: "grace@example.com", memberNumber: "M-1002" },
  { contactId: "c-alan", email: "alan@example.com", memberNumber: "M-1003" },
];

/** How many orders Grace starts with: more than one page, so paging can be seen at once. */
export const gracesOrderCount = 13;

/** The orders the emulator starts with: a history for Grace (two pages) and one for Ada. */
export function demoOrders(now: Date): Record<string, unknown>[] {
  const day = 24 * 60 * 60 * 1000;
  const orders: Record<string, unknown>[] = [];
  for (let index = 1; index <= gracesOrderCount; index++) {
    orders.push(
      newOrderDocument({
        orderId: `G-${String(2000 + index)}`,
        email: "grace@example.com",
        createdAt: new Date(now.getTime() - (gracesOrderCount - index + 1) * day),
        quantity: 1 + (index % 3),
        status: index < 10 ? "Completed" : "InProgress",
      }),
    );
  }
  orders.push(
    newOrderDocument({
      orderId: "A-1001",
      email: "ada@example.com",
      createdAt: new Date(now.getTime() - 2 * day),
    }),
  );
  return orders;
}
