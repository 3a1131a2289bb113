import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from './api.ts';
import { App } from './app.tsx';
import './base.css';
import './components.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App api={createApiClient()} />
  </StrictMode>,
);
