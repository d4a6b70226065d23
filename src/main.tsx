import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { ErrorBoundary } from '@/app/error-boundary';
import { registerServiceWorker } from '@/app/pwa';
import '@/app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Rendering replaces the static “unsupported browser” notice that index.html keeps inside #root.
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);

registerServiceWorker();
