import type { EngageEmulator } from "./EngageEmulator.ts";
import { errorResponse, invalidRequest, jsonResponse } from "./http.ts";
import type { EmulatorSnapshot } from "./state.ts";
import { isJsonObject } from "./state.ts";

/** The default path prefix of the HTTP control routes. */
export const DEFAULT_CONTROL_PATH = "/_emulator";

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  return text.trim() === "" ? {} : JSON.parse(text);
}

/** Runs a control action, turning a thrown `RangeError`/`TypeError` into a 400 naming it. */
async function attempt(action: () => Response | Promise<Response>): Promise<Response> {
  try {
    return await action();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return invalidRequest([{ field: "", message }], message);
  }
}

type ControlRoute = (
  emulator: EngageEmulator,
  request: Request,
  url: URL,
) => Response | Promise<Response>;

const controlRoutes: Record<string, ControlRoute> = {
  "GET state": (emulator) => jsonResponse(200, emulator.exportState()),
  "PUT state": async (emulator, request) => {
    emulator.importState((await readJson(request)) as EmulatorSnapshot);
    return new Response(null, { status: 204 });
  },
  "POST reset": (emulator) => {
    emulator.reset();
    return new Response(null, { status: 204 });
  },
  "GET orders": (emulator) => jsonResponse(200, emulator.listOrders()),
  "GET jobs": (emulator) => jsonResponse(200, emulator.listJobs()),
  "GET automation-log": (emulator, _request, url) =>
    jsonResponse(200, emulator.automationLog(url.searchParams.get("orderId") ?? undefined)),
  "GET integration-log": (emulator, _request, url) =>
    jsonResponse(200, emulator.integrationLog(url.searchParams.get("orderId") ?? undefined)),
  "GET contacts": (emulator) => jsonResponse(200, emulator.listContacts()),
  "POST contacts": async (emulator, request) => {
    const body = await readJson(request);
    if (!isJsonObject(body)) throw new TypeError("The contact must be a JSON object.");
    return jsonResponse(201, emulator.seedContact(body));
  },
  "GET faults": (emulator) => jsonResponse(200, emulator.getFaults()),
  "PUT faults": async (emulator, request) => {
    emulator.setFaults((await readJson(request)) as Parameters<EngageEmulator["setFaults"]>[0]);
    return jsonResponse(200, emulator.getFaults());
  },
  "PUT variants": async (emulator, request) => {
    emulator.setVariants((await readJson(request)) as Parameters<EngageEmulator["setVariants"]>[0]);
    return new Response(null, { status: 204 });
  },
  "PUT completion": async (emulator, request) => {
    const body = await readJson(request);
    emulator.setCompletion((isJsonObject(body) ? body.completion : undefined) as 200);
    return new Response(null, { status: 204 });
  },
  "POST release-stalled": async (emulator, request) => {
    const body = await readJson(request);
    const jobId = isJsonObject(body) && typeof body.jobId === "string" ? body.jobId : undefined;
    return jsonResponse(200, { released: emulator.releaseStalledJobs(jobId) });
  },
  "POST flush-jobs": (emulator) => jsonResponse(200, { finished: emulator.flushJobs() }),
};

/**
 * Answers a control request (`GET state`, `PUT faults`, `POST contacts`, …) under the control
 * path, for emulators served over HTTP. The caller has already checked the API key.
 */
export function handleControl(
  emulator: EngageEmulator,
  request: Request,
  url: URL,
  prefix: string,
): Promise<Response> {
  const name = url.pathname.slice(prefix.length).replace(/^\/+|\/+$/g, "");
  const route = controlRoutes[`${request.method.toUpperCase()} ${name}`];
  if (!route) {
    return Promise.resolve(
      errorResponse(404, "NotFound", `No control route ${request.method} ${prefix}/${name}.`),
    );
  }
  return attempt(() => route(emulator, request, url));
}
