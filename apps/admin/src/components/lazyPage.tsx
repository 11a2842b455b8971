import { lazy, Suspense, type ComponentType } from 'react';
import { Loading } from 'react-admin';

/**
 * A page loaded on first visit, so the entry chunk carries only the shell (login, layout,
 * dashboard). `loader` is the module's dynamic import; `name` the export to render.
 */
export function lazyPage<M extends Record<string, unknown>>(loader: () => Promise<M>, name: keyof M & string): ComponentType {
  const Page = lazy(async () => ({ default: (await loader())[name] as ComponentType }));
  const LazyPage = () => (
    <Suspense fallback={<Loading />}>
      <Page />
    </Suspense>
  );
  LazyPage.displayName = `Lazy(${name})`;
  return LazyPage;
}
