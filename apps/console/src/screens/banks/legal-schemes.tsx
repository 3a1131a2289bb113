import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { en, type MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { useLegalSchemes } from './banks.queries.ts';

/** The category each legal scheme gives a pair of neutral labels; read only (only a migration changes them). */
export function LegalSchemes() {
  const t = useT();
  const mappings = useLegalSchemes();
  return (
    <>
      <h2>{t('banks.schemes.title')}</h2>
      <p className="intro">{t('banks.schemes.intro')}</p>
      {mappings.isPending && <p role="status">{t('app.loading')}</p>}
      {mappings.isError && <p role="alert">{describeError(mappings.error, t)}</p>}
      {mappings.data !== undefined && (
        <Table aria-label={t('banks.schemes.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('banks.schemes.scheme')}</Column>
            <Column>{t('banks.labels.ageBand')}</Column>
            <Column>{t('banks.labels.activity')}</Column>
            <Column>{t('banks.schemes.category')}</Column>
          </TableHeader>
          <TableBody items={mappings.data.map((m) => ({ ...m, id: `${m.scheme} ${m.ageBand} ${m.activity}` }))}>
            {(m) => (
              <Row id={m.id}>
                <Cell>{t(`banks.scheme.${m.scheme}`)}</Cell>
                <Cell>{labelOf('ageBand', m.ageBand, t)}</Cell>
                <Cell>{labelOf('activity', m.activity, t)}</Cell>
                <Cell>
                  <code>{m.category}</code>
                </Cell>
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** A neutral label in words ("Prepubescent"), the server's own name if the console does not know it. */
export function labelOf(kind: 'ageBand' | 'activity', value: string, t: ReturnType<typeof useT>): string {
  const id = `referrals.${kind}.${value}`;
  return id in en ? t(id as MessageId) : value;
}
