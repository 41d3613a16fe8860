import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import {
  createOrdersClient,
  type EngageEvent,
  type OrdersClientOptions,
} from "@engage-orders/core";
import { createEngageEmulator, DEFAULT_API_KEY } from "@engage-orders/emulator";
import type { CommandIo, Target } from "./context.ts";

/** The configuration is incomplete or contradictory; the message says what to set. */
export class ConfigurationError extends Error {
  override name = "ConfigurationError";
}

/** How the client is configured, from flags. */
export interface ConnectionFlags {
  /** A file holding the API key (never the key itself on the command line). */
  apiKeyFile?: string | undefined;
  /** The User-Agent Engage requires. */
  userAgent?: string | undefined;
  /** A running `engage-emulator` to send to instead of Engage. */
  emulatorUrl?: string | undefined;
  /** Requests per second; `false` lifts the limit. */
  rate?: number | false | undefined;
  /** Receives every request, retry and poll (progress counts them). */
  onEvent?: ((event: EngageEvent) => void) | undefined;
}

/** The User-Agent sent unless `--user-agent` says otherwise. */
export const DEFAULT_USER_AGENT = "engage-orders-cli/0.1.0";

/** Reads the key from `--api-key-file` or `ENGAGE_API_KEY`; the file wins. */
async function readApiKey(flags: ConnectionFlags, io: CommandIo): Promise<string | undefined> {
  if (flags.apiKeyFile !== undefined) {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, flags.apiKeyFile), "utf8");
    } catch (error) {
      throw new ConfigurationError(
        `cannot read the API key file ${flags.apiKeyFile}: ${(error as NodeJS.ErrnoException).code ?? "unreadable"}`,
      );
    }
    const key = text.trim();
    if (!key) throw new ConfigurationError(`the API key file ${flags.apiKeyFile} is empty`);
    return key;
  }
  const fromEnv = io.env.ENGAGE_API_KEY?.trim();
  return fromEnv ? fromEnv : undefined;
}

/**
 * Decides where orders go: `--emulator-url` (a running emulator), else `ENGAGE_BASE_URL` with a
 * key, else the emulator embedded in this process, so a fresh clone works with no setup.
 */
export async function resolveTarget(flags: ConnectionFlags, io: CommandIo): Promise<Target> {
  const apiKey = await readApiKey(flags, io);
  const redact = (text: string): string =>
    apiKey && text.includes(apiKey) ? text.split(apiKey).join("[redacted]") : text;
  const common: Omit<OrdersClientOptions, "baseUrl"> = {
    userAgent: flags.userAgent ?? DEFAULT_USER_AGENT,
    rateLimit: flags.rate ?? 50,
    // A backfill runs for hours: a larger retry budget than an interactive client's, and
    // whole orders are tried again later on top of this (see --retry-delays).
    retry: { attempts: 4, budget: 50 },
    ...(flags.onEvent ? { onEvent: flags.onEvent } : {}),
  };
  const client = (baseUrl: string, key: string | undefined) => {
    try {
      return createOrdersClient({ ...common, baseUrl, apiKey: key });
    } catch (error) {
      throw new ConfigurationError(redact((error as Error).message));
    }
  };
  if (flags.emulatorUrl !== undefined) {
    const key = apiKey ?? DEFAULT_API_KEY;
    const built = client(flags.emulatorUrl, key);
    return {
      client: built,
      journalTarget: built.baseUrl,
      banner: `engage-orders: sending to the emulator at ${built.baseUrl}`,
      redact,
    };
  }
  const baseUrl = io.env.ENGAGE_BASE_URL?.trim();
  if (baseUrl) {
    if (!apiKey) {
      throw new ConfigurationError(
        "ENGAGE_BASE_URL is set but no API key is: set ENGAGE_API_KEY or pass --api-key-file FILE",
      );
    }
    const built = client(baseUrl, apiKey);
    return {
      client: built,
      journalTarget: built.baseUrl,
      banner: `engage-orders: sending to Engage at ${built.baseUrl}`,
      redact,
    };
  }
  if (apiKey) {
    throw new ConfigurationError(
      "an API key is given but ENGAGE_BASE_URL is not: set it to your tenant (https://TENANT.voyado.com), or pass --emulator-url",
    );
  }
  // Unknown contacts get one, so example orders complete instead of ending CompletedWithErrors.
  const embedded = createEngageEmulator({ autoCreateContacts: true, latency: "fast" });
  const built = createOrdersClient({
    ...common,
    baseUrl: "http://embedded-emulator.invalid",
    apiKey: DEFAULT_API_KEY,
    fetch: embedded.fetch,
  });
  return {
    client: built,
    embedded,
    journalTarget: "embedded-emulator",
    banner:
      "engage-orders: no Engage configured (ENGAGE_BASE_URL unset): using the emulator embedded in this process; nothing leaves this machine and its orders are gone when it exits",
    redact,
  };
}
