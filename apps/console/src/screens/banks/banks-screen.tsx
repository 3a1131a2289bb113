import { Link } from '@tanstack/react-router';
import { Cell, Column, Row, Tab, TabList, TabPanel, Table, TableBody, TableHeader, Tabs } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { BankSearch } from './bank-search.tsx';
import { bankReaders, queueWorkers, useBanks, type Bank } from './banks.queries.ts';
import { LegalSchemes } from './legal-schemes.tsx';
import { SubmissionQueue } from './submission-queue.tsx';
import { SuspensionQueue } from './suspension-queue.tsx';

export function BanksScreen() {
  return <RequireRole roles={bankReaders}>{(session) => <Banks role={session.user.role} />}</RequireRole>;
}

/** The banks with their counts, a search by hash or media across them, the two review queues and the legal schemes. */
function Banks({ role }: { role: Role }) {
  const t = useT();
  const canWork = queueWorkers.includes(role);
  return (
    <ScreenFrame title={t('banks.title')} intro={t('banks.intro')}>
      <Tabs className="tabs">
        <TabList aria-label={t('banks.sections')} className="tab-list">
          <Tab id="banks" className="tab">
            {t('banks.tab.banks')}
          </Tab>
          <Tab id="search" className="tab">
            {t('banks.tab.search')}
          </Tab>
          <Tab id="submissions" className="tab">
            {t('banks.tab.submissions')}
          </Tab>
          <Tab id="suspensions" className="tab">
            {t('banks.tab.suspensions')}
          </Tab>
          <Tab id="schemes" className="tab">
            {t('banks.tab.schemes')}
          </Tab>
        </TabList>
        <TabPanel id="banks" className="tab-panel">
          <BankList />
        </TabPanel>
        <TabPanel id="search" className="tab-panel">
          <BankSearch />
        </TabPanel>
        <TabPanel id="submissions" className="tab-panel">
          <SubmissionQueue canDecide={canWork} />
        </TabPanel>
        <TabPanel id="suspensions" className="tab-panel">
          <SuspensionQueue canLift={canWork} />
        </TabPanel>
        <TabPanel id="schemes" className="tab-panel">
          <LegalSchemes />
        </TabPanel>
      </Tabs>
    </ScreenFrame>
  );
}

function BankList() {
  const t = useT();
  const banks = useBanks();
  return (
    <>
      <h2>{t('banks.listTitle')}</h2>
      {banks.isPending && <p role="status">{t('app.loading')}</p>}
      {banks.isError && <p role="alert">{describeError(banks.error, t)}</p>}
      {banks.data !== undefined && (
        <Table aria-label={t('banks.listTitle')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('banks.bank')}</Column>
            <Column>{t('banks.kind')}</Column>
            <Column>{t('banks.purpose')}</Column>
            <Column>{t('banks.live')}</Column>
            <Column>{t('banks.withdrawn')}</Column>
            <Column>{t('banks.matching')}</Column>
            <Column>{t('banks.grants')}</Column>
          </TableHeader>
          <TableBody items={banks.data} renderEmptyState={() => t('banks.noBanks')}>
            {(bank) => (
              <Row id={bank.name}>
                <BankCells bank={bank} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function BankCells({ bank }: { bank: Bank }) {
  const t = useT();
  return (
    <>
      <Cell>
        <Link to="/banks/$name" params={{ name: bank.name }}>
          {bank.name}
        </Link>
      </Cell>
      <Cell>{t(`banks.kind.${bank.kind}`)}</Cell>
      <Cell>{bank.purpose}</Cell>
      <Cell>{bank.liveEntries}</Cell>
      <Cell>{bank.withdrawnEntries}</Cell>
      <Cell>
        {bank.enabled
          ? t('banks.matchingOn', { percent: Math.round(bank.matchingRatio * 100), threshold: bank.pdqThreshold })
          : t('banks.matchingOff')}
      </Cell>
      <Cell>{bank.grants}</Cell>
    </>
  );
}
