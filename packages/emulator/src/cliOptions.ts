/// <reference types="node" />
import { parseArgs } from "node:util";
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
  --help                   show this text
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
}

function number(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `--${name} must be a number from ${min} to ${max}; got ${JSON.stringify(raw)}.`,
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

/** Parses the command line; throws an `Error` naming the bad flag. */
export function parseCliArgs(args: string[]): CliConfig {
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
      ...Object.fromEntries(
        Object.keys(faultFlags).map((flag) => [flag, { type: "string" as const }]),
      ),
    },
  });
  const server: EmulatorServerOptions = {
    port: values.port === undefined ? 8787 : number("port", values.port, 0, 65535),
    host: values.host ?? "127.0.0.1",
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
      rateLimit === "off" ? false : { perSecond: number("rate-limit", rateLimit, 1, 1e9) };
  }
  const faults: FaultConfig = {};
  for (const [flag, key] of Object.entries(faultFlags)) {
    const raw = (values as Record<string, unknown>)[flag];
    if (typeof raw === "string") faults[key] = number(flag, raw, 0, 1);
  }
  if (values["fault-latency-ms"] !== undefined) {
    faults.extraLatencyMs = number("fault-latency-ms", values["fault-latency-ms"], 0, 3_600_000);
  }
  if (Object.keys(faults).length > 0) server.faults = faults;
  if (values.variant) server.variants = parseVariants(values.variant);
  return {
    server,
    contacts: values.contact ?? [],
    help: values.help ?? false,
    ...(values.data === undefined ? {} : { dataFile: values.data }),
  };
}
