import type { LatencyProfileName } from "./latency.ts";
import { latencyProfiles } from "./latency.ts";
import type { EngageEmulatorOptions } from "./options.ts";

/** The environment variables the Worker and Deno entries read. All are optional. */
export interface EmulatorEnv {
  /** Accepted API keys, comma-separated. */
  ENGAGE_API_KEY?: string;
  /** The seed. */
  EMULATOR_SEED?: string;
  /** `200` or `302`. */
  EMULATOR_COMPLETION?: string;
  /** A latency profile name. */
  EMULATOR_LATENCY?: string;
  /** E-mail addresses of contacts to seed, comma-separated. */
  EMULATOR_CONTACTS?: string;
  /** `true` to create contacts for unknown match keys. */
  EMULATOR_AUTO_CREATE_CONTACTS?: string;
  /** `false` to accept requests without User-Agent. */
  EMULATOR_REQUIRE_USER_AGENT?: string;
}

function list(value: unknown): string[] {
  return typeof value === "string"
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "")
    : [];
}

/** Reads emulator options from environment variables (unknown or empty ones are ignored). */
export function optionsFromEnv(env: Record<string, unknown> | undefined): EngageEmulatorOptions {
  const options: EngageEmulatorOptions = {};
  if (!env) return options;
  const keys = list(env.ENGAGE_API_KEY);
  if (keys.length > 0) options.apiKeys = keys;
  if (typeof env.EMULATOR_SEED === "string" && env.EMULATOR_SEED !== "")
    options.seed = env.EMULATOR_SEED;
  if (env.EMULATOR_COMPLETION === "302") options.completion = 302;
  if (typeof env.EMULATOR_LATENCY === "string" && env.EMULATOR_LATENCY in latencyProfiles) {
    options.latency = env.EMULATOR_LATENCY as LatencyProfileName;
  }
  const contacts = list(env.EMULATOR_CONTACTS);
  if (contacts.length > 0) options.contacts = contacts.map((email) => ({ email }));
  if (env.EMULATOR_AUTO_CREATE_CONTACTS === "true") options.autoCreateContacts = true;
  if (env.EMULATOR_REQUIRE_USER_AGENT === "false") options.requireUserAgent = false;
  return options;
}
