import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api.ts';
import { LocaleProvider } from './i18n/locale.tsx';
import { createQueryClient } from './query.ts';
import { createConsoleRouter } from './router.tsx';
import './base.css';
import './components.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const api = createApi({ baseUrl: window.location.origin });
const queryClient = createQueryClient();
const router = createConsoleRouter({ api, queryClient });
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </LocaleProvider>
  </StrictMode>,
);
