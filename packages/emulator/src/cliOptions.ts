/// <reference types="node" />
import { parseArgs } from "node:util";
import { envProblems, optionsFromEnv } from "./envOptions.ts";
import type { FaultConfig, FaultRates } from "./faults.ts";
import type { LatencyProfileName } from "./latency.ts";
import { latencyProfiles } from "./latency.ts";
import type { EmulatorServerOptions } from "./node.ts";
import type { ContractVariants } from "./variants.ts";
import { resolveVariants } from "./variants.ts";

/** The usage text of `engage-emulator`. */
export const usage = `Usage: engage-emulator [options]

Serves a fake Voyado Engage Orders API over HTTP.

  --port N                 port to listen on (default 8787; 0 picks a free one)
  --host HOST              interface to listen on (default 127.0.0.1)
  --api-key KEY            accepted API key (repeatable; default: the documented test key)
  --api-key-header NAME    header the key is read from (repeatable; default apikey)
  --seed SEED              seed of ids, versionTags, delays and faults
  --data FILE              load state from FILE at start, save it there after writes and at exit
  --completion 200|302     how a finished job answers (default 200)
  --latency NAME           job delay profile: ${Object.keys(latencyProfiles).join(", ")} (default realistic)
  --contact EMAIL          seed a contact with this e-mail address (repeatable)
  --auto-create-contacts   create a contact for every unknown match key
  --allow-missing-user-agent   accept requests without User-Agent (browsers)
  --rate-limit N|off       requests per second and key before 429 (default 200)
  --fault-server-error P   probability of a 503 (0-1)
  --fault-rate-limit P     probability of a 429
  --fault-drop-before P    probability of dropping the connection before processing
  --fault-drop-after P     probability of dropping the connection after processing
  --fault-latency P        probability of extra latency (--fault-latency-ms, default 2000)
  --fault-stall P          probability of a job held until released
  --fault-html P           probability of a 502 HTML error page
  --fault-truncate P       probability of a truncated JSON answer
  --variant KEY=VALUE      a contract variant (repeatable), e.g. acceptedStatus=201,
                           pageLinks=object, errorFormat=problem, retryAfter=false,
                           deleteAnswer=immediate, staleReplace=reject, acceptedBody=empty
  --control-path PATH      path of the HTTP control API (default /_emulator)
  --no-control             do not serve the HTTP control API
  --version                print the version
  --help                   show this text

Environment variables (a flag wins over its variable):
  EMULATOR_PORT, EMULATOR_HOST            as --port, --host
  ENGAGE_API_KEY                          accepted API keys, comma-separated
  EMULATOR_SEED, EMULATOR_LATENCY         as --seed, --latency
  EMULATOR_COMPLETION                     200 or 302
  EMULATOR_CONTACTS                       e-mail addresses to seed, comma-separated
  EMULATOR_AUTO_CREATE_CONTACTS=true      as --auto-create-contacts
  EMULATOR_REQUIRE_USER_AGENT=false       as --allow-missing-user-agent
`;

/** What the command line asks for. */
export interface CliConfig {
  /** The server and emulator options. */
  server: EmulatorServerOptions;
  /** The state file, when given. */
  dataFile?: string;
  /** E-mail addresses of contacts to seed (when not already in the state). */
  contacts: string[];
  /** Whether only the usage was asked for. */
  help: boolean;
  /** Whether only the version was asked for. */
  version: boolean;
}

/** The environment the command reads: the emulator's variables plus where to listen. */
export type CliEnv = Record<string, string | undefined>;

/** Reads a number from a flag or a variable; `label` names it in the error (`--port`, `EMULATOR_PORT`). */
function number(label: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `${label} must be a number from ${min} to ${max}; got ${JSON.stringify(raw)}.`,
    );
  }
  return value;
}

const faultFlags: Record<string, keyof FaultRates> = {
  "fault-server-error": "serverError",
  "fault-rate-limit": "rateLimit",
  "fault-drop-before": "dropBeforeProcessing",
  "fault-drop-after": "dropAfterProcessing",
  "fault-latency": "extraLatency",
  "fault-stall": "stallJobs",
  "fault-html": "htmlError",
  "fault-truncate": "truncatedJson",
};

/** Parses `--variant key=value` pairs; the emulator checks the values. */
function parseVariants(pairs: string[]): ContractVariants {
  const variants: Record<string, unknown> = {};
  for (const pair of pairs) {
    const [key, raw] = pair.split("=", 2);
    if (!key || raw === undefined) {
      throw new RangeError(`--variant must look like key=value; got ${JSON.stringify(pair)}.`);
    }
    variants[key] =
      raw === "true" ? true : raw === "false" ? false : /^\d+$/.test(raw) ? Number(raw) : raw;
  }
  return resolveVariants(variants as ContractVariants);
}

/** The port from --port, else from EMULATOR_PORT, else 8787. */
function listenPort(flag: string | undefined, variable: string | undefined): number {
  if (flag !== undefined) return number("--port", flag, 0, 65535);
  if (variable !== undefined && variable !== "") return number("EMULATOR_PORT", variable, 0, 65535);
  return 8787;
}

/**
 * Parses the command line over the environment (flags win); throws an `Error` naming the bad
 * flag or variable.
 */
export function parseCliArgs(args: string[], env: CliEnv = {}): CliConfig {
  const [envProblem] = envProblems(env);
  if (envProblem !== undefined) throw new RangeError(envProblem);
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "api-key": { type: "string", multiple: true },
      "api-key-header": { type: "string", multiple: true },
      seed: { type: "string" },
      data: { type: "string" },
      completion: { type: "string" },
      latency: { type: "string" },
      contact: { type: "string", multiple: true },
      "auto-create-contacts": { type: "boolean" },
      "allow-missing-user-agent": { type: "boolean" },
      "rate-limit": { type: "string" },
      "fault-latency-ms": { type: "string" },
      "control-path": { type: "string" },
      variant: { type: "string", multiple: true },
      "no-control": { type: "boolean" },
      help: { type: "boolean" },
      version: { type: "boolean" },
      ...Object.fromEntries(
        Object.keys(faultFlags).map((flag) => [flag, { type: "string" as const }]),
      ),
    },
  });
  // Contacts from the environment are seeded like --contact: only when not already in the state.
  const { contacts: envContacts = [], ...fromEnv } = optionsFromEnv(env);
  const server: EmulatorServerOptions = {
    ...fromEnv,
    port: listenPort(values.port, env.EMULATOR_PORT),
    host: values.host ?? (env.EMULATOR_HOST || "127.0.0.1"),
    controlRoutes: values["no-control"] ? false : { path: values["control-path"] ?? "/_emulator" },
  };
  if (values["api-key"]) server.apiKeys = values["api-key"];
  if (values["api-key-header"]) server.apiKeyHeader = values["api-key-header"];
  if (values.seed !== undefined) server.seed = values.seed;
  if (values.completion !== undefined) {
    if (values.completion !== "200" && values.completion !== "302") {
      throw new RangeError(
        `--completion must be 200 or 302; got ${JSON.stringify(values.completion)}.`,
      );
    }
    server.completion = values.completion === "302" ? 302 : 200;
  }
  if (values.latency !== undefined) {
    if (!(values.latency in latencyProfiles)) {
      throw new RangeError(`--latency must be one of ${Object.keys(latencyProfiles).join(", ")}.`);
    }
    server.latency = values.latency as LatencyProfileName;
  }
  if (values["auto-create-contacts"]) server.autoCreateContacts = true;
  if (values["allow-missing-user-agent"]) server.requireUserAgent = false;
  const rateLimit = values["rate-limit"];
  if (rateLimit !== undefined) {
    server.rateLimit =
      rateLimit === "off" ? false : { perSecond: number("--rate-limit", rateLimit, 1, 1e9) };
  }
  const faults: FaultConfig = {};
  for (const [flag, key] of Object.entries(faultFlags)) {
    const raw = (values as Record<string, unknown>)[flag];
    if (typeof raw === "string") faults[key] = number(`--${flag}`, raw, 0, 1);
  }
  if (values["fault-latency-ms"] !== undefined) {
    faults.extraLatencyMs = number("--fault-latency-ms", values["fault-latency-ms"], 0, 3_600_000);
  }
  if (Object.keys(faults).length > 0) server.faults = faults;
  if (values.variant) server.variants = parseVariants(values.variant);
  return {
    server,
    contacts: [
      ...envContacts.flatMap((contact) => (contact.email === undefined ? [] : [contact.email])),
      ...(values.contact ?? []),
    ],
    help: values.help ?? false,
    version: values.version ?? false,
    ...(values.data === undefined ? {} : { dataFile: values.data }),
  };
}
