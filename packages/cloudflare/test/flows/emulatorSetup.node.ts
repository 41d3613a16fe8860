// Serves the emulator on 127.0.0.1 (a free port) from Node for the whole run: the flows reach
// it over real HTTP from workerd, so a dropped answer is a real dropped connection.
import { DEFAULT_API_KEY } from "@engage-orders/emulator";
import { type EmulatorServer, startEmulatorServer } from "@engage-orders/emulator/node";
import type { TestProject } from "vitest/node";

let server: EmulatorServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = await startEmulatorServer({
    port: 0,
    host: "127.0.0.1",
    controlRoutes: true,
    autoCreateContacts: true,
    latency: "fast",
    seed: "cloudflare-flows",
  });
  project.provide("emulatorUrl", server.url);
  project.provide("emulatorApiKey", DEFAULT_API_KEY);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
