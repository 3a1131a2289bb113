import { RetentionItem } from './retention-item.tsx';
import { Link } from '@tanstack/react-router';
import type { Role } from '../../api.ts';
import { RequireRole } from '../../components/require-role.tsx';
import { ScreenFrame } from '../../components/screen-frame.tsx';
import { describeError } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { SettingItem } from './setting-item.tsx';
import { useReviewSettings, useTiplineSettings, type SettingKey } from './settings.queries.ts';

// Supervisors may read the installation's settings; administrators change them (settings.routes.ts).
export const settingsReaders: readonly Role[] = ['supervisor', 'administrator'];
const keys: readonly SettingKey[] = [
  'name',
  'phone',
  'emergencyNumber',
  'privacyUrl',
  'exitUrl',
  'regionLabel',
  'regions',
  'helpLines',
];

export function SettingsScreen() {
  return (
    <RequireRole roles={settingsReaders}>
      {(session) => <Settings canEdit={session.user.role === 'administrator'} />}
    </RequireRole>
  );
}

function Settings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const tipline = useTiplineSettings();
  return (
    <ScreenFrame title={t('settings.title')} intro={t('settings.intro')}>
      <h2>{t('settings.tiplineTitle')}</h2>
      <p className="intro">
        {t('settings.tiplineIntro')} <a href="/">{t('settings.openTipline')}</a>
      </p>
      {!canEdit && <p className="hint">{t('settings.readOnly')}</p>}
      {tipline.isPending && <p role="status">{t('app.loading')}</p>}
      {tipline.isError && <p role="alert">{describeError(tipline.error, t)}</p>}
      {tipline.data !== undefined &&
        keys.map((name) => <SettingItem key={name} name={name} answer={tipline.data} canEdit={canEdit} />)}
      <RetentionItem canEdit={canEdit} />
      <Elsewhere />
    </ScreenFrame>
  );
}

/** Settings that live elsewhere: the review defaults and limits (their screens). */
function Elsewhere() {
  const t = useT();
  const review = useReviewSettings();
  const yesNo = (value: boolean) => (value ? t('exposure.yes') : t('exposure.no'));
  const minutes = (value: number) => t('exposure.minutes', { minutes: value });
  return (
    <section aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">{t('settings.elsewhereTitle')}</h2>
      <p className="intro">{t('settings.elsewhereIntro')}</p>
      {review.isError && <p role="alert">{describeError(review.error, t)}</p>}
      <h3>{t('settings.reviewTitle')}</h3>
      <p className="hint">
        {t('settings.reviewIntro')} <Link to="/review">{t('settings.reviewLink')}</Link>
      </p>
      {review.data !== undefined && (
        <dl className="facts">
          <dt>{t('exposure.defaults.blur')}</dt>
          <dd>{yesNo(review.data.defaults.blur)}</dd>
          <dt>{t('exposure.defaults.greyscale')}</dt>
          <dd>{yesNo(review.data.defaults.greyscale)}</dd>
          <dt>{t('exposure.defaults.hoverPeek')}</dt>
          <dd>{yesNo(review.data.defaults.hoverPeek)}</dd>
          <dt>{t('exposure.defaults.videoMode')}</dt>
          <dd>{t(`exposure.videoMode.${review.data.defaults.videoMode}`)}</dd>
        </dl>
      )}
      <h3>{t('settings.exposureTitle')}</h3>
      <p className="hint">
        {t('settings.exposureIntro')} <Link to="/exposure">{t('settings.exposureLink')}</Link>
      </p>
      {review.data !== undefined && (
        <dl className="facts">
          <dt>{t('exposure.policy.softLimitMinutes')}</dt>
          <dd>{minutes(review.data.policy.softLimitMinutes)}</dd>
          <dt>{t('exposure.policy.hardLimitMinutes')}</dt>
          <dd>{minutes(review.data.policy.hardLimitMinutes)}</dd>
          <dt>{t('exposure.policy.breakMinutes')}</dt>
          <dd>{minutes(review.data.policy.breakMinutes)}</dd>
          <dt>{t('exposure.policy.dailyLimitMinutes')}</dt>
          <dd>{minutes(review.data.policy.dailyLimitMinutes)}</dd>
          <dt>{t('exposure.policy.sessionTimeoutMinutes')}</dt>
          <dd>{minutes(review.data.policy.sessionTimeoutMinutes)}</dd>
        </dl>
      )}
    </section>
  );
}
