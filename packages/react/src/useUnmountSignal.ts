import type { ClientMemory } from "./clientState";
import { react } from "./deps";
import { useSharedRead } from "./sharedRead";

/**
 * Returns an AbortSignal that aborts when the component unmounts: a read that only this
 * component shares, so the abort waits a microtask like any shared read, and StrictMode's
 * simulated unmount (followed at once by a remount) aborts nothing.
 */
export function useUnmountSignal(): AbortSignal {
  const own = react.useRef<ClientMemory>(undefined);
  own.current ??= {};
  return useSharedRead(own.current, "own")();
}
