/** Where the demo's proxy sends orders: the in-process emulator, or a real Engage tenant. */
export type DemoMode =
  | { readonly kind: "emulator" }
  | {
      readonly kind: "tenant";
      /** The tenant's base URL, e.g. `https://acme.staging.voyado.com`. */
      readonly baseUrl: string;
      /** The tenant's API key; it stays in this Node process. */
      readonly apiKey: string;
    };

/** The environment variables the demo reads. */
export interface DemoEnvironment {
  readonly ENGAGE_BASE_URL?: string | undefined;
  readonly ENGAGE_API_KEY?: string | undefined;
}

/**
 * Reads the demo's mode from the environment: with `ENGAGE_BASE_URL` and `ENGAGE_API_KEY` both
 * set, the proxy targets that tenant; with neither, the embedded emulator. Throws an error
 * naming the variable when only one is set or the URL is not an absolute http(s) URL. The
 * message never contains the key.
 */
export function demoModeFromEnvironment(env: DemoEnvironment): DemoMode {
  const baseUrl = env.ENGAGE_BASE_URL?.trim() ?? "";
  const apiKey = env.ENGAGE_API_KEY?.trim() ?? "";
  if (baseUrl === "" && apiKey === "") return { kind: "emulator" };
  if (baseUrl === "") {
    throw new Error("ENGAGE_BASE_URL is not set: set it together with ENGAGE_API_KEY.");
  }
  if (apiKey === "") {
    throw new Error("ENGAGE_API_KEY is not set: set it together with ENGAGE_BASE_URL.");
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error("ENGAGE_BASE_URL must be an absolute URL, e.g. https://acme.voyado.com.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error("ENGAGE_BASE_URL must start with https:// (or http://).");
  }
  return { kind: "tenant", baseUrl: url.origin, apiKey };
}
