import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { useT } from '../../i18n/locale.tsx';
import { RecipientsPanel } from './recipients-panel.tsx';
import { ReferralsPanel } from './referrals-panel.tsx';
import { RulesPanel } from './rules-panel.tsx';

export function ReferralsScreen() {
  return (
    <RequireRole roles={['analyst', 'supervisor']}>{(session) => <Referrals role={session.user.role} />}</RequireRole>
  );
}

/** Referrals and their follow-up, the forwarding rules and the recipients directory (supervisors change the last two). */
function Referrals({ role }: { role: Role }) {
  const t = useT();
  const canEdit = role === 'supervisor';
  return (
    <ScreenFrame title={t('referrals.title')} intro={t('referrals.intro')}>
      <Tabs className="tabs">
        <TabList aria-label={t('referrals.sections')} className="tab-list">
          <Tab id="referrals" className="tab">
            {t('referrals.tab.referrals')}
          </Tab>
          <Tab id="rules" className="tab">
            {t('referrals.tab.rules')}
          </Tab>
          <Tab id="recipients" className="tab">
            {t('referrals.tab.recipients')}
          </Tab>
        </TabList>
        <TabPanel id="referrals" className="tab-panel">
          <ReferralsPanel />
        </TabPanel>
        <TabPanel id="rules" className="tab-panel">
          <RulesPanel canEdit={canEdit} />
        </TabPanel>
        <TabPanel id="recipients" className="tab-panel">
          <RecipientsPanel canEdit={canEdit} />
        </TabPanel>
      </Tabs>
    </ScreenFrame>
  );
}
