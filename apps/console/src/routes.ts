// The console's addresses, all under the base path the server mounts it on.
export const BASE_PATH = '/console';

export type Route =
  { name: 'home' } | { name: 'login' } | { name: 'enrol'; token: string | null } | { name: 'not-found' };

export const paths = {
  home: `${BASE_PATH}/`,
  login: `${BASE_PATH}/login`,
} as const;

export function parseRoute(pathname: string, search: string): Route {
  if (pathname !== BASE_PATH && !pathname.startsWith(`${BASE_PATH}/`)) return { name: 'not-found' };
  const rest = pathname.slice(BASE_PATH.length).replace(/\/+$/, '');
  switch (rest) {
    case '':
      return { name: 'home' };
    case '/login':
      return { name: 'login' };
    case '/enrol': {
      const token = new URLSearchParams(search).get('token');
      return { name: 'enrol', token: token === null || token === '' ? null : token };
    }
    default:
      return { name: 'not-found' };
  }
}
