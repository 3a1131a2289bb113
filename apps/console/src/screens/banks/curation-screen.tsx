import { Link, useParams } from '@tanstack/react-router';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { useT } from '../../i18n/locale.tsx';
import { bankCurators } from './banks.queries.ts';
import { GrantsSection } from './grants-section.tsx';
import { ImportsSection } from './imports-section.tsx';

/** A bank's grants to organisations and its imports: supervisors only, as the server decides. */
export function CurationScreen() {
  const { name } = useParams({ from: '/banks/$name/curation' });
  const t = useT();
  return (
    <RequireRole roles={bankCurators}>
      {() => (
        <ScreenFrame title={t('banks.curation.heading', { name })} intro={t('banks.curation.intro')}>
          <nav aria-label={t('banks.bankLinks')} className="actions actions-tight">
            <Link to="/banks">{t('banks.allBanks')}</Link>
            <Link to="/banks/$name" params={{ name }}>
              {t('banks.bankTitle', { name })}
            </Link>
          </nav>
          <GrantsSection name={name} />
          <ImportsSection name={name} />
        </ScreenFrame>
      )}
    </RequireRole>
  );
}
