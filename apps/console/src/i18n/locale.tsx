import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { initialLocale } from './initial-locale.ts';
import { catalogues, translatorOf, type Locale, type Translate } from './translate.ts';

export { locales, type Locale, type Translate } from './translate.ts';
const STORAGE_KEY = 'vigie.console.locale';

type LocaleState = { locale: Locale; setLocale(locale: Locale): void };
const LocaleContext = createContext<LocaleState | null>(null);

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * The language of the whole console. Switching re-renders every screen in place: the provider
 * never remounts its children, so what a user typed or opened stays as it was.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale(readStored(), navigator.languages ?? []));
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={locale} messages={catalogues[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (state === null) throw new Error('useLocale outside LocaleProvider');
  return state;
}

/** `t('login.title')`: a typed message id, so a misspelt key does not compile. */
export function useT(): Translate {
  const intl = useIntl();
  return useMemo(() => translatorOf(intl), [intl]);
}
