/**
 * A processing-delay distribution for asynchronous jobs. `sample` receives uniform random
 * numbers in `[0, 1)` from the emulator's seeded stream, so a seed fixes every delay.
 */
export interface LatencyProfile {
  /** The profile's name, shown in exports and the CLI. */
  readonly name: string;
  /** Draws one processing delay in milliseconds. */
  sample(random: () => number): number;
}

/** The settings of a log-normal profile with a long tail. */
export interface LogNormalLatencyOptions {
  /** The median delay. Defaults to `400`. */
  medianMs?: number;
  /** The log-normal shape (standard deviation of the log). Defaults to `0.6`. */
  sigma?: number;
  /** The chance a job lands in the slow tail instead. Defaults to `0.02`. */
  tailProbability?: number;
  /** The shortest tail delay. Defaults to `3000`. */
  tailMinMs?: number;
  /** The longest tail delay. Defaults to `12000`. */
  tailMaxMs?: number;
  /** No delay is longer than this. Defaults to `60000`. */
  maxMs?: number;
}

/** Creates a log-normal latency profile with a uniform slow tail. */
export function logNormalLatency(
  options: LogNormalLatencyOptions = {},
  name = "logNormal",
): LatencyProfile {
  const medianMs = options.medianMs ?? 400;
  const sigma = options.sigma ?? 0.6;
  const tailProbability = options.tailProbability ?? 0.02;
  const tailMinMs = options.tailMinMs ?? 3000;
  const tailMaxMs = options.tailMaxMs ?? 12000;
  const maxMs = options.maxMs ?? 60000;
  return {
    name,
    sample(random) {
      if (random() < tailProbability) {
        return Math.round(tailMinMs + random() * (tailMaxMs - tailMinMs));
      }
      // Box-Muller; 1 - u keeps the logarithm's argument above zero.
      const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      return Math.min(maxMs, Math.max(0, Math.round(medianMs * Math.exp(sigma * normal))));
    },
  };
}

/** Creates a profile where every job takes exactly `ms`. */
export function fixedLatency(ms: number, name = `fixed-${ms}ms`): LatencyProfile {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`fixedLatency(ms) needs a finite, non-negative number; got ${ms}.`);
  }
  return { name, sample: () => ms };
}

/**
 * The built-in latency profiles, for the emulator and for benchmarks.
 * - `realistic`: log-normal, median 400 ms, 2% tail of 3–12 s (the default).
 * - `fast`: log-normal, median 40 ms, no tail (quick demos).
 * - `instant`: every job is done on the next request.
 * - `congested`: median 2 s with a 10% tail of 10–60 s (a service under load).
 */
export const latencyProfiles = {
  realistic: logNormalLatency({}, "realistic"),
  fast: logNormalLatency({ medianMs: 40, sigma: 0.4, tailProbability: 0 }, "fast"),
  instant: fixedLatency(0, "instant"),
  congested: logNormalLatency(
    { medianMs: 2000, sigma: 0.8, tailProbability: 0.1, tailMinMs: 10000, tailMaxMs: 60000 },
    "congested",
  ),
} as const satisfies Record<string, LatencyProfile>;

/** The name of a built-in latency profile. */
export type LatencyProfileName = keyof typeof latencyProfiles;

/** Resolves a profile name or object into a profile. */
export function resolveLatency(
  option: LatencyProfile | LatencyProfileName | undefined,
): LatencyProfile {
  if (option === undefined) return latencyProfiles.realistic;
  if (typeof option === "string") {
    const profile = latencyProfiles[option];
    if (!profile) {
      throw new RangeError(
        `Unknown latency profile "${option}"; use one of ${Object.keys(latencyProfiles).join(", ")}.`,
      );
    }
    return profile;
  }
  return option;
}
