import { useT } from '../../i18n/locale.tsx';
import type { EntrySummary } from './banks.queries.ts';

/** Where an entry stands: withdrawn, else its assessment status, and whether the flood guard suspended it. */
export function EntryStatus({ entry }: { entry: EntrySummary }) {
  const t = useT();
  return (
    <>
      {entry.withdrawn ? (
        <span className="tag tag-bank-withdrawn">{t('banks.withdrawnTag')}</span>
      ) : (
        <span className={`tag tag-bank-${entry.status}`}>{t(`banks.status.${entry.status}`)}</span>
      )}
      {entry.suspended && <span className="tag tag-bank-suspended"> {t('banks.suspended')}</span>}
    </>
  );
}
