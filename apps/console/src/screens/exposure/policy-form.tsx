import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { CheckboxField } from '../../components/checkbox-list.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useT } from '../../i18n/locale.tsx';
import { DefaultsSection } from './defaults-form.tsx';
import { useReviewPolicy, useUpdatePolicy, type ReviewPolicy } from './exposure.queries.ts';

const switches = ['allowUnblurred', 'allowColour', 'allowHoverPeek'] as const;
const limits = [
  'softLimitMinutes',
  'hardLimitMinutes',
  'breakMinutes',
  'dailyLimitMinutes',
  'sessionTimeoutMinutes',
] as const;
type Limit = (typeof limits)[number];
type FieldProblems = Partial<Record<Limit, Problem>>;

/** The limits' ranges as the contract sets them (the server checks them; these only word its refusal). */
const ranges: Record<Limit, { min: number; max: number }> = {
  softLimitMinutes: { min: 1, max: 1440 },
  hardLimitMinutes: { min: 1, max: 1440 },
  breakMinutes: { min: 1, max: 1440 },
  dailyLimitMinutes: { min: 1, max: 1440 },
  sessionTimeoutMinutes: { min: 1, max: 240 },
};

/** The fields the server refused, from its VALIDATION_FAILED details or its policy check. */
export function refusedFields(error: unknown): FieldProblems {
  const out: FieldProblems = {};
  if (!(error instanceof ApiError)) return out;
  if (error.code === 'REVIEW_POLICY_INVALID') out.softLimitMinutes = { id: 'error.REVIEW_POLICY_INVALID' };
  for (const refusal of error.fields) {
    const name = refusal.path.replace(/^\//, '') as Limit;
    if (limits.includes(name)) out[name] = { id: 'exposure.policy.outOfRange', values: ranges[name] };
  }
  return out;
}

export function PolicyForm() {
  const t = useT();
  const policy = useReviewPolicy();
  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('exposure.policy.title')}</h2>
      <p className="intro">{t('exposure.policy.intro')}</p>
      <DefaultsSection />
      {policy.isError && <p role="alert">{describeError(policy.error, t)}</p>}
      {policy.data !== undefined && <PolicyFields policy={policy.data} />}
    </section>
  );
}

function PolicyFields({ policy }: { policy: ReviewPolicy }) {
  const t = useT();
  const update = useUpdatePolicy();
  const text = (p: ReviewPolicy) => Object.fromEntries(limits.map((l) => [l, String(p[l])])) as Record<Limit, string>;
  const [flags, setFlags] = useState(() => Object.fromEntries(switches.map((s) => [s, policy[s]])));
  const [values, setValues] = useState(() => text(policy));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [fields, setFields] = useState<FieldProblems>({});
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (update.isPending) return;
    const typed: FieldProblems = {};
    for (const l of limits) if (!/^\d+$/.test(values[l].trim())) typed[l] = { id: 'exposure.policy.wholeMinutes' };
    setFields(typed);
    if (Object.keys(typed).length > 0) return setProblem({ id: 'exposure.policy.checkFields' });
    setProblem(null);
    const body: Partial<ReviewPolicy> = { ...flags };
    for (const l of limits) body[l] = Number(values[l].trim());
    update.mutate(body, {
      onSuccess: (next) => {
        setValues(text(next));
        setSaved(true);
      },
      onError: (error) => {
        setFields(refusedFields(error));
        setProblem({ error });
      },
    });
  }

  return (
    <form onSubmit={submit} noValidate className="inline-form" aria-labelledby="policy-form-title">
      <h3 id="policy-form-title">{t('exposure.policy.formTitle')}</h3>
      <ErrorSummary problem={problem} />
      <fieldset>
        <legend>{t('exposure.policy.mayOverride')}</legend>
        {switches.map((name) => (
          <CheckboxField
            key={name}
            label={t(`exposure.policy.${name}`)}
            value={flags[name] ?? false}
            onChange={(value) => {
              setSaved(false);
              setFlags((current) => ({ ...current, [name]: value }));
            }}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('exposure.policy.limits')}</legend>
        <div className="form-row">
          {limits.map((name) => (
            <Field
              key={name}
              label={t(`exposure.policy.${name}`)}
              hint={t('exposure.policy.minutesHint')}
              name={name}
              inputMode="numeric"
              wide={false}
              value={values[name]}
              onChange={(value) => {
                setSaved(false);
                setValues((current) => ({ ...current, [name]: value }));
              }}
              error={describeProblem(fields[name], t)}
            />
          ))}
        </div>
      </fieldset>
      <div className="actions actions-tight">
        <button type="submit" className="button button-primary" aria-disabled={update.isPending}>
          {update.isPending ? t('exposure.policy.saving') : t('exposure.policy.save')}
        </button>
        <span role="status" className="hint">
          {saved ? t('exposure.policy.saved') : ''}
        </span>
      </div>
    </form>
  );
}
