import { Link, useParams } from '@tanstack/react-router';
import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { RequireRole } from '../../components/require-role.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { noticeReaders } from './notices-screen.tsx';
import { useNotice, type Notice } from './notices.queries.ts';

/**
 * One notice: to whom and why, the URLs it lists (no media: each URL with its page, its digest
 * and the bank's classification), the provider's answer, and every delivery attempt of its
 * messages through the outbox.
 */
export function NoticeScreen() {
  const { id } = useParams({ from: '/notices/$id' });
  return <RequireRole roles={noticeReaders}>{() => <NoticePage id={id} />}</RequireRole>;
}

function NoticePage({ id }: { id: string }) {
  const t = useT();
  const notice = useNotice(id);
  return (
    <section className="panel panel-full">
      <nav aria-label={t('ops.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('home.title')}</Link> › <Link to="/notices">{t('notices.title')}</Link>
      </nav>
      <PageHeading
        title={notice.data === undefined ? t('notices.one') : t('notices.oneTo', { name: notice.data.recipient.name })}
      />
      {notice.isPending && <p role="status">{t('app.loading')}</p>}
      {notice.isError && <p role="alert">{describeError(notice.error, t)}</p>}
      {notice.data !== undefined && <NoticeDetails notice={notice.data} />}
    </section>
  );
}

function NoticeDetails({ notice: n }: { notice: Notice }) {
  const t = useT();
  const time = useFormatTime();
  const none = '—';
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('notices.statusColumn')}</dt>
          <dd>
            <span className={`tag tag-notice-${n.status}`}>{t(`notices.status.${n.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('notices.recipient')}</dt>
          <dd>
            {n.recipient.name} · {t(`notices.relationship.${n.recipient.relationship}`)}
            {n.recipient.country !== null && ` · ${n.recipient.country}`}
            {n.recipient.asn !== null && ` · AS${n.recipient.asn}`}
          </dd>
        </div>
        <div>
          <dt>{t('notices.origin')}</dt>
          <dd>
            {t(`notices.originValue.${n.origin}`)} · {t('notices.language', { code: n.language })}
          </dd>
        </div>
        <div>
          <dt>{t('notices.created')}</dt>
          <dd>{time(n.createdAt)}</dd>
        </div>
        <div>
          <dt>{t('notices.sent')}</dt>
          <dd>{n.sentAt === null ? none : time(n.sentAt)}</dd>
        </div>
        <div>
          <dt>{t('notices.answered')}</dt>
          <dd>{n.respondedAt === null ? none : time(n.respondedAt)}</dd>
        </div>
      </dl>
      {n.response !== null && (
        <section aria-labelledby="notice-answer">
          <h2 id="notice-answer">{t('notices.answer')}</h2>
          <p className="intro">{n.response}</p>
        </section>
      )}
      <h2 id="notice-urls">{t('notices.urls', { count: n.urls.length })}</h2>
      <Table aria-labelledby="notice-urls" className="table">
        <TableHeader>
          <Column isRowHeader>{t('notices.url')}</Column>
          <Column>{t('notices.page')}</Column>
          <Column>{t('notices.classification')}</Column>
          <Column>{t('notices.firstSeen')}</Column>
        </TableHeader>
        <TableBody items={n.urls.map((u, i) => ({ ...u, key: `${i}` }))}>
          {(u) => (
            <Row id={u.key}>
              <UrlCells u={u} />
            </Row>
          )}
        </TableBody>
      </Table>
      <h2>{t('notices.deliveries')}</h2>
      {n.messages.length === 0 && <p>{t('notices.noMessage')}</p>}
      {n.messages.map((m) => (
        <article key={m.id} className="inline-form" aria-label={t('notices.messageTo', { contact: m.contact })}>
          <h3>
            {t('notices.messageTo', { contact: m.contact })}{' '}
            <span className="tag">{t(`notices.channel.${m.channel}`)}</span>{' '}
            <span className="tag">{t(`notices.messageState.${m.state}`)}</span>
          </h3>
          {m.lastError !== null && <p className="hint">{t('notices.lastError', { error: m.lastError })}</p>}
          <ul className="plain-list">
            {m.attempts.map((a, i) => (
              <li key={i}>
                {t('notices.attempt', {
                  time: time(a.startedAt),
                  outcome: a.outcome === null ? t('notices.attemptRunning') : t(`notices.outcome.${a.outcome}`),
                })}
                {a.detail !== null && <span className="hint"> · {a.detail}</span>}
              </li>
            ))}
          </ul>
        </article>
      ))}
    </>
  );
}

// Its own component: it reads the language itself, so a switch re-renders the row's cells.
function UrlCells({ u }: { u: Notice['urls'][number] }) {
  const time = useFormatTime();
  const none = '—';
  return (
    <>
      <Cell>
        <code>{u.url}</code>
        <span className="hint"> · SHA-256 {u.sha256.slice(0, 16)}…</span>
      </Cell>
      <Cell>{u.pageUrl === null ? none : <code>{u.pageUrl}</code>}</Cell>
      <Cell>{u.classification ?? none}</Cell>
      <Cell>{time(u.firstSeenAt)}</Cell>
    </>
  );
}
