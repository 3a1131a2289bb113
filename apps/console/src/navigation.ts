import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from './routes.ts';

// History-API routing: the server answers every /console/* path with index.html.
const listeners = new Set<() => void>();
let navigations = 0;

function notify(): void {
  for (const listener of listeners) listener();
}

window.addEventListener('popstate', () => {
  navigations++;
  notify();
});

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) window.history.replaceState(null, '', path);
  else {
    window.history.pushState(null, '', path);
    navigations++;
  }
  notify();
}

/** True once the user moved within the console (redirects aside): later screens' headings take focus. */
export function hasNavigated(): boolean {
  return navigations > 0;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, currentHref);
  const url = new URL(href, window.location.origin);
  return parseRoute(url.pathname, url.search);
}
