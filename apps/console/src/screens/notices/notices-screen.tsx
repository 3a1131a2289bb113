import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { MoreButton } from '../../components/more-button.tsx';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useNotices, type NoticeStatus, type NoticeSummary } from './notices.queries.ts';

// Who reads the notices, as notices.routes.ts lets them.
export const noticeReaders: readonly Role[] = ['analyst', 'supervisor', 'verifier'];

// Every status the server may give, in the order a notice goes through them (the compiler checks
// that none is missing: the keys must be exactly the API's statuses).
const statusOrder: Record<NoticeStatus, number> = {
  collecting: 0,
  queued: 1,
  sent: 2,
  failed: 3,
  acknowledged: 4,
  contested: 5,
  removed: 6,
};
const noticeStatuses = (Object.keys(statusOrder) as NoticeStatus[]).sort((a, b) => statusOrder[a] - statusOrder[b]);

/** The removal notices sent (or being collected), newest first, by status; each opens its page. */
export function NoticesScreen() {
  return <RequireRole roles={noticeReaders}>{() => <Notices />}</RequireRole>;
}

function Notices() {
  const t = useT();
  const [status, setStatus] = useState<'all' | NoticeStatus>('all');
  const notices = useNotices(status === 'all' ? null : status);
  const rows = notices.data?.pages.flatMap((page) => page.notices) ?? [];
  return (
    <ScreenFrame title={t('notices.title')} intro={t('notices.intro')}>
      <div className="form-row">
        <SelectField
          label={t('notices.showStatus')}
          options={[
            { id: 'all' as const, label: t('notices.allStatuses') },
            ...noticeStatuses.map((id) => ({ id, label: t(`notices.status.${id}`) })),
          ]}
          value={status}
          onChange={setStatus}
        />
      </div>
      {notices.isPending && <p role="status">{t('app.loading')}</p>}
      {notices.isError && <p role="alert">{describeError(notices.error, t)}</p>}
      {notices.data !== undefined && (
        <Table aria-label={t('notices.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('notices.recipient')}</Column>
            <Column>{t('notices.statusColumn')}</Column>
            <Column>{t('notices.origin')}</Column>
            <Column>{t('notices.created')}</Column>
            <Column>{t('notices.sent')}</Column>
            <Column>{t('notices.answered')}</Column>
          </TableHeader>
          <TableBody items={rows} renderEmptyState={() => t('notices.empty')}>
            {(n) => (
              <Row id={n.id}>
                <NoticeCells n={n} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
      <MoreButton query={notices} label={t('notices.older')} />
    </ScreenFrame>
  );
}

// Its own component: it reads the language itself, so a switch re-renders the row's cells.
function NoticeCells({ n }: { n: NoticeSummary }) {
  const t = useT();
  const time = useFormatTime();
  return (
    <>
      <Cell>
        <Link to="/notices/$id" params={{ id: n.id }}>
          {n.recipient.name}
        </Link>
        <span className="hint"> · {t(`notices.relationship.${n.recipient.relationship}`)}</span>
      </Cell>
      <Cell>
        <span className={`tag tag-notice-${n.status}`}>{t(`notices.status.${n.status}`)}</span>
      </Cell>
      <Cell>{t(`notices.originValue.${n.origin}`)}</Cell>
      <Cell>{time(n.createdAt)}</Cell>
      <Cell>{n.sentAt === null ? '—' : time(n.sentAt)}</Cell>
      <Cell>{n.respondedAt === null ? '—' : time(n.respondedAt)}</Cell>
    </>
  );
}
