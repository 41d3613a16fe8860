import type { ClientMemory } from "./clientState";
import { react } from "./deps";

/** A read shared by every component reading one key: its controller and how many read it. */
type Read = [controller: AbortController, readers: number];

function readOf(memory: ClientMemory, key: string): Read {
  memory[key] ??= [new AbortController(), 0];
  return memory[key] as Read;
}

/**
 * Counts this component as a reader of `key` in `memory` (the client's, for an order read, or
 * a component's own, for its unmount signal) while it is mounted, and returns a getter of the read's signal: it aborts (the core then stops its
 * retry waits and sends nothing more) once the last reader has unmounted, and the next read
 * of the key gets a fresh one.
 */
export function useSharedRead(
  memory: ClientMemory,
  key: string | null | undefined,
): () => AbortSignal {
  react.useEffect(() => {
    if (!key) return;
    const read = readOf(memory, key);
    read[1]++;
    return () => {
      read[1]--;
      // A microtask later, so StrictMode's unmount-and-mount does not abort the read.
      queueMicrotask(() => {
        if (read[1]) return;
        read[0].abort();
        delete memory[key];
      });
    };
  }, [memory, key]);
  return () => readOf(memory, key!)[0].signal;
}
