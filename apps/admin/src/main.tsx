import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { PHONE_QUERY } from './mobile/useIsPhone';
import { prefetchBoard } from './pipeline/boardPrefetch';
import { registerServiceWorker } from './pwa';

// Opened on the board: its data and code load while react-admin starts (the desktop board; a phone shows stage tabs).
if (!window.matchMedia(PHONE_QUERY).matches) prefetchBoard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
