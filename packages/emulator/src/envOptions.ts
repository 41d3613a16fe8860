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

/** The values each variable accepts, where it accepts only some. */
const allowedValues: Partial<Record<keyof EmulatorEnv, readonly string[]>> = {
  EMULATOR_COMPLETION: ["200", "302"],
  EMULATOR_LATENCY: Object.keys(latencyProfiles),
  EMULATOR_AUTO_CREATE_CONTACTS: ["true", "false"],
  EMULATOR_REQUIRE_USER_AGENT: ["true", "false"],
};

/**
 * The problems with the environment, one sentence each naming the variable and what it
 * accepts (empty when every set variable is valid). `optionsFromEnv` ignores a bad value, as a
 * Worker must still answer; a command line refuses to start on one.
 */
export function envProblems(env: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, allowed] of Object.entries(allowedValues)) {
    const value = env[name];
    if (typeof value !== "string" || value === "" || allowed.includes(value)) continue;
    problems.push(`${name} must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}.`);
  }
  return problems;
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
