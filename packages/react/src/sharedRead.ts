import type { OrdersClient } from "@engage-orders/core";
import { memoryOf } from "./clientState";
import { useEffect } from "./deps";

interface Read {
  controller: AbortController;
  readers: number;
}

function readOf(client: OrdersClient, key: string): Read {
  const memory = memoryOf(client);
  let read = memory.get(`read:${key}`) as Read | undefined;
  if (!read) {
    read = { controller: new AbortController(), readers: 0 };
    memory.set(`read:${key}`, read);
  }
  return read;
}

/**
 * The signal of a read shared by every component reading `key`: it aborts (the core then
 * stops its retry waits and sends nothing more) once the last of them has unmounted.
 */
export const readSignal = (client: OrdersClient, key: string): AbortSignal =>
  readOf(client, key).controller.signal;

/** Counts this component as a reader of `key` while it is mounted. */
export function useSharedRead(client: OrdersClient, key: string | null): void {
  useEffect(() => {
    if (!key) return;
    const read = readOf(client, key);
    read.readers++;
    return () => {
      read.readers--;
      // A microtask later, so StrictMode's unmount-and-mount does not abort the read.
      queueMicrotask(() => {
        if (read.readers > 0) return;
        read.controller.abort();
        memoryOf(client).delete(`read:${key}`);
      });
    };
  }, [client, key]);
}
