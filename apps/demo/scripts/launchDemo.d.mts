import type { RunningDemoServer, StartDemoServerOptions } from "../server/startDemoServer.ts";

/** The options of `launchDemo`: the server's options, without the page and the HTTP server. */
export interface LaunchDemoOptions
  extends Omit<StartDemoServerOptions, "server" | "page" | "onClose"> {
  /** Silences Vite's own log lines (tests). Defaults to `false`. */
  quiet?: boolean;
}

/** Starts the demo server with the page, in this process. */
export function launchDemo(options?: LaunchDemoOptions): Promise<RunningDemoServer>;
