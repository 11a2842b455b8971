import { useEffect, useState } from 'react';

/**
 * A module loaded on demand, used without Suspense: `load()` starts (or joins) the import, and
 * `useLoaded()` gives the module, or null until it arrives. React holds back revealing a suspended
 * boundary for up to 300 ms after its fallback showed; a plain state update has no such wait, so a
 * module fetched early (see pipeline/boardPrefetch) shows as soon as it is here.
 */
export function lazyModule<M>(importer: () => Promise<M>) {
  let loaded: M | null = null;
  let pending: Promise<M> | null = null;
  const load = (): Promise<M> => {
    pending ??= importer().then(
      (m) => (loaded = m),
      (e: unknown) => {
        pending = null; // a later render tries again
        throw e;
      },
    );
    return pending;
  };
  const useLoaded = (): M | null => {
    const [, setArrived] = useState(0);
    const [failed, setFailed] = useState<unknown>(null);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      load().then(
        () => live && setArrived((n) => n + 1),
        (e: unknown) => live && setFailed(() => e),
      );
      return () => {
        live = false;
      };
    }, []);
    if (failed) throw failed; // to react-admin's error page, as a failed React.lazy would
    return loaded;
  };
  return { load, useLoaded };
}
