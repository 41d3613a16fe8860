import type { ClientMemory } from "./clientState";
import { react } from "./deps";
import { useSharedRead } from "./sharedRead";

/**
 * Returns an AbortSignal that aborts when the component unmounts: a read that only this
 * component shares, so the abort waits a microtask like any shared read, and StrictMode's
 * simulated unmount (followed at once by a remount) aborts nothing.
 */
export function useUnmountSignal(): AbortSignal {
  // The component's own memory: the first render's object, kept for its lifetime.
  return useSharedRead(react.useState<ClientMemory>({})[0], "own")();
}
