import { useMemo, useState } from 'react';
import { Button, Checkbox } from 'react-aria-components';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { useT } from '../../i18n/locale.tsx';
import { useReviewSettings, useUpdateSettings, type ReviewSettings } from './review.queries.ts';

type Flag = 'blur' | 'greyscale' | 'hoverPeek';
// Each flag and the policy switch that lets an analyst relax it (blur and greyscale off, peek on).
const flags: ReadonlyArray<{ flag: Flag; allowedBy: 'allowUnblurred' | 'allowColour' | 'allowHoverPeek' }> = [
  { flag: 'blur', allowedBy: 'allowUnblurred' },
  { flag: 'greyscale', allowedBy: 'allowColour' },
  { flag: 'hoverPeek', allowedBy: 'allowHoverPeek' },
];

/**
 * The analyst's own review settings, within what supervisors allow: the policy's limits are
 * shown, and a choice it forbids is sent anyway so that the server's refusal is what they read.
 */
export function ReviewSettingsPanel() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <section className="review-settings" aria-labelledby="settings-title">
      <h2 id="settings-title">
        <Button className="button button-secondary" aria-expanded={open} onPress={() => setOpen((o) => !o)}>
          {t('review.settings.title')}
        </Button>
      </h2>
      {open && <SettingsForm />}
    </section>
  );
}

function SettingsForm() {
  const t = useT();
  const settings = useReviewSettings();
  const update = useUpdateSettings();
  const problem = useMemo(() => (update.error === null ? null : { error: update.error }), [update.error]);
  if (settings.isPending) return <p role="status">{t('app.loading')}</p>;
  if (settings.isError) return <ErrorSummary problem={{ error: settings.error }} />;
  const { settings: mine, policy, defaults } = settings.data;
  const change = (body: Partial<ReviewSettings>) => update.mutate(body);
  return (
    <div className="settings-form">
      <ErrorSummary problem={problem} />
      {update.isSuccess && (
        <p role="status" className="hint">
          {t('review.settings.saved')}
        </p>
      )}
      {flags.map(({ flag, allowedBy }) => {
        return (
          <div key={flag} className="setting">
            <Checkbox className="checkbox" isSelected={mine[flag]} onChange={(value) => change({ [flag]: value })}>
              {({ isSelected }) => (
                <>
                  <span className="checkbox-box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {t(`review.settings.${flag}`)}
                </>
              )}
            </Checkbox>
            <p className="hint">
              {t(defaults[flag] ? 'review.settings.defaultOn' : 'review.settings.defaultOff')}{' '}
              {!policy[allowedBy] && t('review.settings.notAllowed')}
            </p>
          </div>
        );
      })}
      <SelectField<ReviewSettings['videoMode']>
        label={t('review.settings.videoMode')}
        options={[
          { id: 'stills', label: t('review.settings.video.stills') },
          { id: 'poster', label: t('review.settings.video.poster') },
        ]}
        value={mine.videoMode}
        onChange={(videoMode) => change({ videoMode })}
      />
      <h3>{t('review.settings.limitsTitle')}</h3>
      <dl className="limits">
        <dt>{t('review.settings.soft')}</dt>
        <dd>{t('review.minutes', { count: policy.softLimitMinutes })}</dd>
        <dt>{t('review.settings.hard')}</dt>
        <dd>{t('review.minutes', { count: policy.hardLimitMinutes })}</dd>
        <dt>{t('review.settings.break')}</dt>
        <dd>{t('review.minutes', { count: policy.breakMinutes })}</dd>
        <dt>{t('review.settings.daily')}</dt>
        <dd>{t('review.minutes', { count: policy.dailyLimitMinutes })}</dd>
        <dt>{t('review.settings.timeout')}</dt>
        <dd>{t('review.minutes', { count: policy.sessionTimeoutMinutes })}</dd>
        <dt>{t('review.settings.allowed')}</dt>
        <dd>
          {[
            policy.allowUnblurred ? t('review.settings.allowUnblurred') : null,
            policy.allowColour ? t('review.settings.allowColour') : null,
            policy.allowHoverPeek ? t('review.settings.allowHoverPeek') : null,
          ]
            .filter((x) => x !== null)
            .join(', ') || t('review.settings.allowNothing')}
        </dd>
      </dl>
    </div>
  );
}
