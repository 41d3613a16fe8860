// Wires a client to the in-process emulator on one manual clock: the client's sleeps move
// the emulator's time, so whole job cycles run in milliseconds and deterministically.
import type { EngageEmulatorOptions } from "@engage-orders/emulator";
import { createTestOrdersClient } from "@engage-orders/emulator/testing";
import { CONTACT_EMAIL } from "@engage-orders/test-utils";
import { createOrdersClient, type OrdersClientOptions } from "../src/index";

export { makeOrder } from "@engage-orders/test-utils";

export const EMAIL = CONTACT_EMAIL;

/** Creates an emulator with one seeded contact and a client bound to it. */
export function connect(
  emulatorOptions: EngageEmulatorOptions = {},
  clientOptions: Partial<OrdersClientOptions> = {},
) {
  const sent: string[] = [];
  /** Called after each answer (or lost answer), e.g. to clear a fault after the first one. */
  const hooks: { after?: (count: number) => void } = {};
  const { client, emulator } = createTestOrdersClient(
    (connection) =>
      createOrdersClient({
        ...connection,
        userAgent: "EngageOrdersCoreTests/1.0",
        fetch: (url, init) => {
          sent.push(`${init.method} ${new URL(url).pathname}`);
          return connection.fetch(url, init).finally(() => hooks.after?.(sent.length));
        },
        ...clientOptions,
      }),
    { emulator: { latency: "realistic", ...emulatorOptions } },
  );
  const contact = emulator.seedContact({ email: EMAIL });
  return { emulator, client, clock: emulator.clock, contact, sent, hooks };
}
