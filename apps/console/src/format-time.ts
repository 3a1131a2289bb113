import { useIntl } from 'react-intl';

/** "2 Dec 2026, 18:40" in the console's language; the full ISO time on hover. */
export function useFormatTime(): (iso: string) => string {
  const intl = useIntl();
  return (iso) => intl.formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
}
