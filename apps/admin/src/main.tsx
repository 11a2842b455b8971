import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { phoneScreens } from './mobile/responsive';
import { PHONE_QUERY } from './mobile/useIsPhone';
import { prefetchBoard } from './pipeline/boardPrefetch';
import { registerServiceWorker } from './pwa';

// Opened on the board: its data and code load while react-admin starts (the desktop board; a phone shows stage tabs).
if (!window.matchMedia(PHONE_QUERY).matches) prefetchBoard();
// A phone opened on 今日待办: its chunk loads while react-admin starts, not after the layout rendered.
else if (/^(#\/?)?$/.test(window.location.hash)) phoneScreens.home.load().catch(() => undefined);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
