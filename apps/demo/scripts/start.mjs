#!/usr/bin/env node
// `npm run demo`: the emulator, the Orders proxy and the page in one Node process. With
// ENGAGE_BASE_URL and ENGAGE_API_KEY set, the proxy targets that tenant instead; the key stays
// in this process. PORT chooses the port (default 5173, or a free one when that is taken).
import { launchDemo } from "./launchDemo.mjs";

const host = process.env.HOST ?? "127.0.0.1";
const requested = process.env.PORT === undefined ? undefined : Number(process.env.PORT);
if (
  requested !== undefined &&
  !(Number.isInteger(requested) && requested >= 0 && requested < 65536)
) {
  console.error(`PORT must be a port number (0–65535); got ${JSON.stringify(process.env.PORT)}.`);
  process.exit(2);
}

async function start() {
  const env = {
    ENGAGE_BASE_URL: process.env.ENGAGE_BASE_URL,
    ENGAGE_API_KEY: process.env.ENGAGE_API_KEY,
  };
  // The page's address when it is not the one printed (HOST=0.0.0.0, a LAN name): requests
  // for any other Host are refused.
  const publicOrigin = process.env.DEMO_PUBLIC_ORIGIN;
  const where = publicOrigin === undefined ? { host } : { host, publicOrigin };
  try {
    return await launchDemo({ port: requested ?? 5173, ...where, env });
  } catch (error) {
    // The default port is only a preference: fall back to a free one.
    if (requested === undefined && error?.code === "EADDRINUSE") {
      return launchDemo({ port: 0, ...where, env });
    }
    throw error;
  }
}

try {
  const server = await start();
  const where =
    server.mode === "tenant"
      ? `the Engage tenant at ${new URL(process.env.ENGAGE_BASE_URL).host} (the API key stays in this process)`
      : "the embedded Engage emulator";
  console.log(`\nengage-orders demo on ${where}\n\n  Open ${server.url}\n\nCtrl+C stops it.`);
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`The demo could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
