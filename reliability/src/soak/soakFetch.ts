import type { FetchLike } from "@engage-orders/core";
import { createSeededRandom, type EngageEmulator } from "@engage-orders/emulator";

/** What the soak's fetch counted, per kind of request. */
export interface RequestCounts {
  /** Every request sent, whatever happened to it. */
  total: number;
  /** Requests per kind: `create`, `poll`, `getOrder`, `action`. */
  byKind: Record<string, number>;
  /** Answers per status, `network` for a dropped connection. */
  byStatus: Record<string, number>;
  /** Requests per path (polls per job, reads per order), for the request-count analysis. */
  byPath: Map<string, number>;
  /** Answers the harness replaced by an ambiguous 500 after the emulator did the work. */
  processedThen500: number;
}

/** Which kind of request a method and URL are. */
function kindOf(method: string | undefined, url: string): string {
  const { pathname } = new URL(url);
  if (pathname.includes("/jobs/")) return "poll";
  if (pathname.endsWith("/action")) return "action";
  return method === "POST" ? "create" : "getOrder";
}

/**
 * The fetch the soak's clients use: the emulator in process, counting every request, plus the
 * one fault the emulator does not have: an answer lost *after* the work was done and replaced
 * by a bare 500 (`processedThen500` of the answers, drawn from its own seeded stream). A 500
 * like that is what makes a 5xx ambiguous: the client cannot tell it from one that did nothing.
 */
export function createSoakFetch(
  emulator: EngageEmulator,
  seed: string,
  processedThen500: number,
): { fetch: FetchLike; counts: RequestCounts } {
  const random = createSeededRandom(seed, 500);
  const counts: RequestCounts = {
    total: 0,
    byKind: {},
    byStatus: {},
    byPath: new Map(),
    processedThen500: 0,
  };
  const bump = (table: Record<string, number>, key: string) => {
    table[key] = (table[key] ?? 0) + 1;
  };
  const fetch: FetchLike = async (url, init) => {
    counts.total++;
    bump(counts.byKind, kindOf(init.method, url));
    const { pathname } = new URL(url);
    counts.byPath.set(pathname, (counts.byPath.get(pathname) ?? 0) + 1);
    let response: Response;
    try {
      response = await emulator.fetch(url, init);
    } catch (error) {
      bump(counts.byStatus, "network");
      throw error;
    }
    if (processedThen500 > 0 && random.next() < processedThen500) {
      await response.body?.cancel();
      counts.processedThen500++;
      bump(counts.byStatus, "500");
      return new Response(JSON.stringify({ message: "An error has occurred." }), {
        status: 500,
        headers: { "content-type": "application/json" },
      });
    }
    bump(counts.byStatus, String(response.status));
    return response;
  };
  return { fetch, counts };
}
