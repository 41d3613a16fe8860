// The conformance suite in Deno: the built emulator served with Deno.serve, the built core
// talking to it with Deno's own fetch. Imports resolve from node_modules (no npm: or jsr:).
import * as core from "@engage-orders/core";
import { createEngageEmulator, fixedLatency } from "@engage-orders/emulator";
import { conformanceContext, conformanceEmulatorOptions } from "../conformance/emulatorSetup.ts";
import { conformanceCases } from "../conformance/suite.ts";

const emulator = createEngageEmulator(conformanceEmulatorOptions(fixedLatency));
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) =>
  emulator.fetch(request),
);
const context = conformanceContext(`http://127.0.0.1:${server.addr.port}`, "deno");

for (const conformanceCase of conformanceCases) {
  Deno.test({
    name: conformanceCase.name,
    sanitizeResources: false,
    sanitizeOps: false,
    fn: () => conformanceCase.run({ ...context, core }),
  });
}

Deno.test({ name: "the Deno emulator server shuts down", fn: () => server.shutdown() });
