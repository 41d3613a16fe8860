import { useEffect, useRef } from "./deps";

/**
 * Returns an AbortSignal that aborts when the component unmounts. The abort waits a microtask,
 * so StrictMode's simulated unmount (followed at once by a remount) aborts nothing.
 */
export function useUnmountSignal(): AbortSignal {
  // [controller, mounts]: the mount count tells a remount from an unmount.
  const ref = useRef<[AbortController, number]>(undefined);
  ref.current ??= [new AbortController(), 0];
  const state = ref.current;
  useEffect(() => {
    const mount = ++state[1];
    return () => queueMicrotask(() => mount === state[1] && state[0].abort());
  }, []);
  return state[0].signal;
}
