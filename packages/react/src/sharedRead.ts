import type { SharedRead } from "./clientState.ts";
import { react } from "./deps.ts";

function sharedReadOf(reads: Map<string, SharedRead>, key: string): SharedRead {
  let read = reads.get(key);
  if (!read) {
    read = { controller: new AbortController(), readers: 0 };
    reads.set(key, read);
  }
  return read;
}

/**
 * Counts this component as a reader of `key` in `reads` (the client's shared order reads)
 * while it is mounted, and returns a getter of the read's signal: it aborts (the core then
 * stops its retry waits and sends nothing more) once the last reader has unmounted, and the
 * next read of the key gets a fresh one. Without a key (a disabled read) there is no signal.
 */
export function useSharedRead(
  reads: Map<string, SharedRead>,
  key: string | null | undefined,
): () => AbortSignal | undefined {
  react.useEffect(() => {
    if (!key) return;
    const read = sharedReadOf(reads, key);
    read.readers++;
    return () => {
      read.readers--;
      // A microtask later, so StrictMode's unmount-and-mount does not abort the read.
      queueMicrotask(() => {
        if (read.readers > 0) return;
        read.controller.abort();
        reads.delete(key);
      });
    };
  }, [reads, key]);
  return () => (key ? sharedReadOf(reads, key).controller.signal : undefined);
}
