import { Cell, Column, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { describeAction } from '../../components/change-history.tsx';
import { useFormatTime } from '../../format-time.ts';
import { en, type MessageId } from '../../i18n/catalogue.ts';
import { useT, type Translate } from '../../i18n/locale.tsx';
import type { CasePage } from './cases.queries.ts';

type Decision = CasePage['decisions'][number];
type HistoryItem = CasePage['history'][number];

function describeEvent(kind: string, t: Translate): string {
  const id = `case.event.${kind}`;
  return id in en ? t(id as MessageId) : describeAction(kind, t);
}

const detailsText = (details: Record<string, unknown>) =>
  Object.keys(details).length === 0 ? '' : JSON.stringify(details);

function DecisionCells({ decision, reply }: { decision: Decision; reply: CasePage['replies'][number] | undefined }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>{t(`case.kind.${decision.kind}`)}</Cell>
      <Cell>
        <span className={`tag tag-decision-${decision.state}`}>{t(`case.decisionState.${decision.state}`)}</span>
        {reply !== undefined && <span className="hint"> · {reply.state}</span>}
      </Cell>
      <Cell>
        <time dateTime={decision.decidedAt}>{formatTime(decision.decidedAt)}</time>
      </Cell>
      <Cell>
        <code className="hash">{detailsText(decision.details)}</code>
        {decision.note !== null && <p className="hint">{decision.note}</p>}
      </Cell>
    </>
  );
}

export function CaseDecisions({ page }: { page: CasePage }) {
  const t = useT();
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('case.decisionsTitle')}</h2>
      <Table aria-label={t('case.decisionsTitle')} className="table">
        <TableHeader>
          <Column isRowHeader>{t('case.decision')}</Column>
          <Column>{t('case.decisionState')}</Column>
          <Column>{t('cases.received')}</Column>
          <Column>{t('case.decisionDetails')}</Column>
        </TableHeader>
        <TableBody items={page.decisions} renderEmptyState={() => t('case.noDecisions')}>
          {(decision) => (
            <Row id={decision.id} textValue={t(`case.kind.${decision.kind}`)}>
              <DecisionCells decision={decision} reply={page.replies.find((r) => r.decisionId === decision.id)} />
            </Row>
          )}
        </TableBody>
      </Table>
    </section>
  );
}

function HistoryCells({ item }: { item: HistoryItem }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>
        <time dateTime={item.at}>{formatTime(item.at)}</time>
      </Cell>
      <Cell>{describeEvent(item.kind, t)}</Cell>
      <Cell>
        <code className="hash">{item.actor ?? ''}</code>
      </Cell>
      <Cell>
        <code className="hash">{detailsText(item.details)}</code>
      </Cell>
    </>
  );
}

/** Everything that happened to the report and its case, oldest first, as the server recorded it. */
export function CaseHistory({ page }: { page: CasePage }) {
  const t = useT();
  const items = page.history.map((item, index) => ({ ...item, id: `${index}-${item.at}` }));
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t('case.historyTitle')}</h2>
      <Table aria-label={t('case.historyTitle')} className="table">
        <TableHeader>
          <Column isRowHeader>{t('audit.when')}</Column>
          <Column>{t('audit.what')}</Column>
          <Column>{t('audit.who')}</Column>
          <Column>{t('case.decisionDetails')}</Column>
        </TableHeader>
        <TableBody items={items}>
          {(item) => (
            <Row id={item.id} textValue={describeEvent(item.kind, t)}>
              <HistoryCells item={item} />
            </Row>
          )}
        </TableBody>
      </Table>
    </section>
  );
}
