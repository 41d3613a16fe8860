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

type ControlAnswer = (
  emulator: EngageEmulator,
  request: Request,
  url: URL,
) => Response | Promise<Response>;

/** A control route: what it does, for the index, and how it answers. */
interface ControlRoute {
  description: string;
  answer: ControlAnswer;
}

const controlRoutes: Record<string, ControlRoute> = {
  "GET state": {
    description: "the whole state as JSON (API keys left out)",
    answer: (emulator) => jsonResponse(200, emulator.exportState()),
  },
  "PUT state": {
    description: "replace the whole state with an export",
    answer: async (emulator, request) => {
      emulator.importState((await readJson(request)) as EmulatorSnapshot);
      return new Response(null, { status: 204 });
    },
  },
  "POST reset": {
    description: "empty the state; contacts seeded by the options come back",
    answer: (emulator) => {
      emulator.reset();
      return new Response(null, { status: 204 });
    },
  },
  "GET orders": {
    description: "every stored order, oldest first",
    answer: (emulator) => jsonResponse(200, emulator.listOrders()),
  },
  "GET jobs": {
    description: "every job, oldest first",
    answer: (emulator) => jsonResponse(200, emulator.listJobs()),
  },
  "GET automation-log": {
    description: "every fired automation (?orderId= for one order)",
    answer: (emulator, _request, url) =>
      jsonResponse(200, emulator.automationLog(url.searchParams.get("orderId") ?? undefined)),
  },
  "GET integration-log": {
    description: "the integration-log warnings (?orderId= for one order)",
    answer: (emulator, _request, url) =>
      jsonResponse(200, emulator.integrationLog(url.searchParams.get("orderId") ?? undefined)),
  },
  "GET contacts": {
    description: "the known contacts with their contactId",
    answer: (emulator) => jsonResponse(200, emulator.listContacts()),
  },
  "POST contacts": {
    description: 'add a contact, e.g. {"email":"ada@example.com"}',
    answer: async (emulator, request) => {
      const body = await readJson(request);
      if (!isJsonObject(body)) throw new TypeError("The contact must be a JSON object.");
      return jsonResponse(201, emulator.seedContact(body));
    },
  },
  "GET faults": {
    description: "the current fault rates",
    answer: (emulator) => jsonResponse(200, emulator.getFaults()),
  },
  "PUT faults": {
    description: 'replace the fault rates, e.g. {"serverError":0.1}; {} turns them off',
    answer: async (emulator, request) => {
      emulator.setFaults((await readJson(request)) as Parameters<EngageEmulator["setFaults"]>[0]);
      return jsonResponse(200, emulator.getFaults());
    },
  },
  "PUT variants": {
    description: 'replace the contract variants, e.g. {"acceptedStatus":201}',
    answer: async (emulator, request) => {
      const variants = (await readJson(request)) as Parameters<EngageEmulator["setVariants"]>[0];
      emulator.setVariants(variants);
      return new Response(null, { status: 204 });
    },
  },
  "PUT completion": {
    description: 'how a finished job answers: {"completion":200} or {"completion":302}',
    answer: async (emulator, request) => {
      const body = await readJson(request);
      emulator.setCompletion((isJsonObject(body) ? body.completion : undefined) as 200);
      return new Response(null, { status: 204 });
    },
  },
  "POST release-stalled": {
    description: 'release stalled jobs (all, or {"jobId":"…"})',
    answer: async (emulator, request) => {
      const body = await readJson(request);
      const jobId = isJsonObject(body) && typeof body.jobId === "string" ? body.jobId : undefined;
      return jsonResponse(200, { released: emulator.releaseStalledJobs(jobId) });
    },
  },
  "POST flush-jobs": {
    description: "finish every job that is not stalled now",
    answer: (emulator) => jsonResponse(200, { finished: emulator.flushJobs() }),
  },
};

/** One line of the control index. */
interface ControlIndexEntry {
  /** The HTTP method. */
  method: string;
  /** The path, under the control path. */
  path: string;
  /** What the route does. */
  description: string;
}

/** The index of the control routes under `prefix`, answered at the control path itself. */
function controlIndex(prefix: string): ControlIndexEntry[] {
  return Object.entries(controlRoutes).map(([key, route]) => {
    const [method = "", name = ""] = key.split(" ");
    return { method, path: `${prefix}/${name}`, description: route.description };
  });
}

/**
 * The control path an option asks for (one leading slash, none trailing), or `null` when the
 * control routes are off.
 */
export function controlPathOf(option: boolean | { path: string } | undefined): string | null {
  if (!option) return null;
  const path = option === true ? DEFAULT_CONTROL_PATH : option.path;
  return `/${path.replace(/^\/+|\/+$/g, "")}`;
}

/**
 * Answers a control request (`GET state`, `PUT faults`, `POST contacts`, …) under the control
 * path, for emulators served over HTTP; `GET` on the control path itself lists them. The
 * caller has already checked the API key.
 */
export function handleControl(
  emulator: EngageEmulator,
  request: Request,
  url: URL,
  prefix: string,
): Promise<Response> {
  const name = url.pathname.slice(prefix.length).replace(/^\/+|\/+$/g, "");
  const method = request.method.toUpperCase();
  if (name === "" && method === "GET") {
    return Promise.resolve(jsonResponse(200, { routes: controlIndex(prefix) }));
  }
  const route = controlRoutes[`${method} ${name}`];
  if (!route) {
    return Promise.resolve(
      errorResponse(
        404,
        "NotFound",
        `No control route ${request.method} ${prefix}/${name}: GET ${prefix} lists them.`,
      ),
    );
  }
  return attempt(() => route.answer(emulator, request, url));
}
