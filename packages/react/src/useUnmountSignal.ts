import { useEffect, useRef } from "./deps";

/**
 * Returns an AbortSignal that aborts when the component unmounts. The abort waits a microtask,
 * so StrictMode's simulated unmount (followed at once by a remount) aborts nothing.
 */
export function useUnmountSignal(): AbortSignal {
  const ref = useRef({ controller: new AbortController(), mounts: 0 });
  useEffect(() => {
    const state = ref.current;
    const mount = ++state.mounts;
    return () => queueMicrotask(() => mount === state.mounts && state.controller.abort());
  }, []);
  return ref.current.controller.signal;
}
