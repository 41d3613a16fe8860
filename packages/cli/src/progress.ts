/** The counters a run keeps and the progress line shows. */
export interface ProgressCounters {
  /** Orders to handle in this input (invalid ones skipped with `--skip-invalid` excluded). */
  total: number;
  /** Orders finished in this run (completed, sent, or checked). */
  done: number;
  /** Orders an earlier run finished (from the journal). */
  skipped: number;
  /** Orders that failed. */
  failed: number;
  /** Requests the client retried, plus whole orders tried again later. */
  retries: number;
  /** 429 answers seen. */
  rateLimited: number;
}

/** Creates counters at zero. */
export const newCounters = (): ProgressCounters => ({
  total: 0,
  done: 0,
  skipped: 0,
  failed: 0,
  retries: 0,
  rateLimited: 0,
});

/** Where progress goes: a stream, and whether it is a terminal. */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** A running progress display. */
export interface Progress {
  /** The counters; change them freely, the display reads them. */
  readonly counters: ProgressCounters;
  /** Renders the current state as one line (the plain form). */
  line(): string;
  /** Stops the display; a terminal's live line is finished with a newline. */
  stop(): void;
}

const formatDuration = (seconds: number): string => {
  if (!Number.isFinite(seconds)) return "?";
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
};

/**
 * Starts showing progress: on a terminal a live bar redrawn in place five times a second; on
 * anything else (a CI log, a file) one plain line every `plainIntervalMs`. The rate is measured
 * over the last ten seconds, so the ETA follows the current pace rather than the average.
 */
export function startProgress(
  sink: ProgressSink,
  options: {
    verb: string;
    counters: ProgressCounters;
    plainIntervalMs?: number;
    now?: () => number;
  },
): Progress {
  const now = options.now ?? Date.now;
  const { counters } = options;
  const samples: Array<{ at: number; done: number }> = [{ at: now(), done: 0 }];
  const rate = (): number => {
    const at = now();
    samples.push({ at, done: counters.done });
    while (samples.length > 2 && at - (samples[1]?.at ?? at) > 10_000) samples.shift();
    const oldest = samples[0] ?? { at, done: 0 };
    const seconds = (at - oldest.at) / 1000;
    return seconds > 0 ? (counters.done - oldest.done) / seconds : 0;
  };
  const describe = (): { finished: number; perSecond: number; eta: string } => {
    const finished = counters.done + counters.skipped + counters.failed;
    const perSecond = rate();
    const remaining = Math.max(0, counters.total - finished);
    const eta =
      remaining === 0 ? "0s" : formatDuration(perSecond > 0 ? remaining / perSecond : Number.NaN);
    return { finished, perSecond, eta };
  };
  const tail = (perSecond: number, eta: string): string =>
    `${perSecond.toFixed(1)} orders/s · ETA ${eta} · retries ${counters.retries} · 429s ${counters.rateLimited} · failed ${counters.failed}`;
  const line = (): string => {
    const { finished, perSecond, eta } = describe();
    const percent = counters.total > 0 ? Math.floor((finished / counters.total) * 100) : 100;
    return `${options.verb} ${finished}/${counters.total} (${percent}%) · ${tail(perSecond, eta)}`;
  };
  const bar = (): string => {
    const { finished, perSecond, eta } = describe();
    const fraction = counters.total > 0 ? Math.min(1, finished / counters.total) : 1;
    const width = 24;
    const filled = Math.round(fraction * width);
    return `${"█".repeat(filled)}${"░".repeat(width - filled)} ${finished}/${counters.total} · ${tail(perSecond, eta)}`;
  };
  const live = sink.isTTY === true;
  const draw = (): void => {
    if (live) {
      const text = bar();
      const columns = sink.columns ?? 120;
      // Clear the line and redraw it; cut to the terminal's width so it never wraps.
      sink.write(`\r\x1b[2K${text.length > columns - 1 ? text.slice(0, columns - 1) : text}`);
    } else {
      sink.write(`${line()}\n`);
    }
  };
  const timer = setInterval(draw, live ? 200 : (options.plainIntervalMs ?? 5000));
  timer.unref();
  let stopped = false;
  return {
    counters,
    line,
    stop: () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      if (live) {
        draw();
        sink.write("\n");
      }
    },
  };
}
