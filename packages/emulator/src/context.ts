import type { FaultConfig } from "./faults.ts";
import type { JobEnvironment } from "./jobEnvironment.ts";
import type { NewJob } from "./jobs.ts";
import type { EmulatorState, JobRecord } from "./state.ts";
import type { V2Rules } from "./validators.ts";
import type { ResolvedVariants } from "./variants.ts";

/** The settings a route reads; some change at runtime. */
export interface EmulatorSettings {
  /** How a finished job answers: 200 with the job body, or 302 to the order. */
  completion: 200 | 302;
  /** The fault configuration. */
  faults: FaultConfig;
  /** The v2 tenant validation options. */
  v2Rules: V2Rules;
  /** The contract variants. */
  variants: ResolvedVariants;
}

/** What a route handler receives. */
export interface RouteContext {
  /** The incoming request. */
  request: Request;
  /** Its parsed URL. */
  url: URL;
  /** The origin links are built on. */
  origin: string;
  /** The decoded path parameters. */
  params: { orderId?: string; jobId?: string };
  /** The parsed JSON body of a POST or PUT. */
  body: unknown;
  /** The current time (epoch ms). */
  now: number;
  /** The emulator's state. */
  state: EmulatorState;
  /** The settings. */
  settings: EmulatorSettings;
  /** The job environment. */
  jobs: JobEnvironment;
  /** Accepts a write as a job (the stalled fault is applied by the caller's draw). */
  enqueue(job: Omit<NewJob, "stalled">): JobRecord;
}

/** A route handler. */
export type RouteHandler = (context: RouteContext) => Response | Promise<Response>;
