import type { ComponentType } from 'react';
import { Loading } from 'react-admin';
import { lazyModule } from '../lib/lazyModule';
import { useIsPhone } from './useIsPhone';

type Loaded = ReturnType<typeof lazyModule<Record<string, unknown>>>;

// One chunk per phone screen: 今日待办 loads without the board's tabs and the transition dialog's inputs.
export const phoneScreens = {
  home: lazyModule(() => import('./PhoneHome')),
  board: lazyModule(() => import('./PhoneBoard')),
  target: lazyModule(() => import('./PhoneTargetPage')),
};

function PhoneScreen({ module, name }: { module: Loaded; name: string }) {
  const m = module.useLoaded();
  if (!m) return <Loading />;
  const Screen = m[name] as ComponentType;
  return <Screen />;
}

/** The desktop screen, or on a phone (media query) its phone variant, loaded on first use. */
export function responsive<M extends Record<string, unknown>>(
  Desktop: ComponentType,
  module: ReturnType<typeof lazyModule<M>>,
  name: keyof M & string,
): () => React.JSX.Element {
  const Responsive = () => (useIsPhone() ? <PhoneScreen module={module as unknown as Loaded} name={name} /> : <Desktop />);
  Responsive.displayName = `Responsive(${Desktop.displayName ?? Desktop.name})`;
  return Responsive;
}
