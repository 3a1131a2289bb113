import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import { locales, useLocale, useT, type Locale } from '../i18n/locale.tsx';

const names: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** English | Français, always visible: switching keeps the screen and everything typed in it. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    <ToggleButtonGroup
      aria-label={t('app.language')}
      className="language-switch"
      selectionMode="single"
      disallowEmptySelection
      selectedKeys={[locale]}
      onSelectionChange={(keys: Set<Key>) => {
        const [next] = [...keys];
        if (next === 'en' || next === 'fr') setLocale(next);
      }}
    >
      {locales.map((code) => (
        <ToggleButton key={code} id={code} className="language-option" lang={code}>
          {names[code]}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
