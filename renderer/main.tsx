// Renderer entry: mounts the React app into #root, behind the passphrase prompt when the library needs one.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { UnlockGate } from './app/UnlockGate';
import './styles/base.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <UnlockGate>
      <App />
    </UnlockGate>
  </StrictMode>,
);
