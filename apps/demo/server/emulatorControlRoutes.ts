import {
  type EngageEmulator,
  type FaultConfig,
  type LatencyProfileName,
  latencyProfiles,
} from "@engage-orders/emulator";
import { errorAnswer, jsonAnswer } from "./jsonAnswer.ts";

/** The path the demo's emulator controls live under (served by the demo server, never the proxy). */
export const emulatorControlPath = "/demo-api/emulator";

/** The latency profiles a person can pick in the emulator panel. */
export const latencyProfileNames = Object.keys(latencyProfiles) as LatencyProfileName[];

type Route = (request: Request, url: URL) => Response | Promise<Response>;

async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text.trim() === "") return {};
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError("The body must be a JSON object.");
  }
  return value as Record<string, unknown>;
}

/**
 * Creates the handler of the emulator panel's routes: the automation log (what customers would
 * receive), faults, the job latency profile, jobs (stalled ones can be released) and contacts.
 * They exist only in emulator mode and only on the demo server; the Orders proxy never
 * forwards them. Returns `undefined` for paths outside `/demo-api/emulator`.
 */
export function createEmulatorControlRoutes(
  emulator: EngageEmulator,
  initialLatency: LatencyProfileName,
) {
  // The emulator offers setLatency but no getter, so the panel's current choice is kept here.
  let latency = initialLatency;
  const routes: Record<string, Route> = {
    "GET automation-log": (_request, url) =>
      jsonAnswer(200, emulator.automationLog(url.searchParams.get("orderId") || undefined)),
    "GET faults": () => jsonAnswer(200, emulator.getFaults()),
    "PUT faults": async (request) => {
      emulator.setFaults((await readJsonObject(request)) as FaultConfig);
      return jsonAnswer(200, emulator.getFaults());
    },
    "GET latency": () => jsonAnswer(200, { profile: latency, profiles: latencyProfileNames }),
    "PUT latency": async (request) => {
      const { profile } = await readJsonObject(request);
      if (!latencyProfileNames.includes(profile as LatencyProfileName)) {
        return errorAnswer(400, "InvalidRequest", "Unknown latency profile.", [
          { field: "profile", message: `must be one of ${latencyProfileNames.join(", ")}` },
        ]);
      }
      latency = profile as LatencyProfileName;
      emulator.setLatency(latency);
      return jsonAnswer(200, { profile: latency, profiles: latencyProfileNames });
    },
    "GET jobs": () => jsonAnswer(200, emulator.listJobs()),
    "POST release-stalled": async (request) => {
      const { jobId } = await readJsonObject(request);
      const released = emulator.releaseStalledJobs(typeof jobId === "string" ? jobId : undefined);
      return jsonAnswer(200, { released });
    },
    "GET contacts": () => jsonAnswer(200, emulator.listContacts()),
    "POST contacts": async (request) => {
      const { email } = await readJsonObject(request);
      if (typeof email !== "string" || !/^[^\s@]+@[^\s@]+$/.test(email.trim())) {
        return errorAnswer(400, "InvalidRequest", "The contact needs an e-mail address.", [
          { field: "email", message: "must be an e-mail address, e.g. ada@example.com" },
        ]);
      }
      return jsonAnswer(201, emulator.seedContact({ email: email.trim() }));
    },
  };

  return async (request: Request, url: URL): Promise<Response | undefined> => {
    if (url.pathname !== emulatorControlPath && !url.pathname.startsWith(`${emulatorControlPath}/`))
      return undefined;
    const name = url.pathname.slice(emulatorControlPath.length + 1);
    const route = routes[`${request.method} ${name}`];
    if (!route) return errorAnswer(404, "RouteNotFound", `No emulator control route ${name}.`);
    try {
      return await route(request, url);
    } catch (error) {
      // setFaults throws a RangeError naming the bad rate; bad JSON is a SyntaxError.
      const message = error instanceof Error ? error.message : String(error);
      return errorAnswer(400, "InvalidRequest", message, [{ field: "", message }]);
    }
  };
}
