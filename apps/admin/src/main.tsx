import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchBoard } from './pipeline/boardPrefetch';

// Opened on the board: its data and code load while react-admin starts.
prefetchBoard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
