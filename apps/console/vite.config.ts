import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server serves dist/ under /console/ with `Content-Security-Policy: default-src 'self'`,
// so the build must not emit inline scripts, inline styles or data: URLs.
export default defineConfig({
  base: '/console/',
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
