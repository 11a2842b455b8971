import type { ComponentType } from 'react';
import { Loading } from 'react-admin';
import { lazyModule } from '../lib/lazyModule';
import { useIsPhone } from './useIsPhone';

export const phoneModule = lazyModule(() => import('./index'));

type PhoneScreens = Awaited<ReturnType<typeof phoneModule.load>>;

function PhoneScreen({ pick }: { pick: (m: PhoneScreens) => ComponentType }) {
  const m = phoneModule.useLoaded();
  if (!m) return <Loading />;
  const Screen = pick(m);
  return <Screen />;
}

/** The desktop screen, or on a phone (media query) its phone variant from the lazy phone chunk. */
export function responsive(Desktop: ComponentType, pick: (m: PhoneScreens) => ComponentType): () => React.JSX.Element {
  const Responsive = () => (useIsPhone() ? <PhoneScreen pick={pick} /> : <Desktop />);
  Responsive.displayName = `Responsive(${Desktop.displayName ?? Desktop.name})`;
  return Responsive;
}
