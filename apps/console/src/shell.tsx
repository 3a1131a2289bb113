import type { ReactNode } from 'react';
import { LanguageSwitch } from './components/language-switch.tsx';
import { useT } from './i18n/locale.tsx';

/** Every screen's frame: skip link, header with the language switch, and the main landmark. */
export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <span className="wordmark">{t('app.name')}</span>
        <span className="site-subtitle">{t('app.subtitle')}</span>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
