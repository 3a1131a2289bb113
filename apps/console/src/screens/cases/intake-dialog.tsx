import { useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { CheckField } from '../../components/check-field.tsx';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field } from '../../components/field.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextAreaField } from '../../components/text-area-field.tsx';
import type { Problem } from '../../error-message.ts';
import type { MessageId } from '../../i18n/catalogue.ts';
import { useT } from '../../i18n/locale.tsx';
import { reportTypes, type ReportType } from './cases-search.ts';
import { useStaffIntake, type StaffReport } from './cases.queries.ts';

type Form = {
  source: StaffReport['source'];
  language: StaffReport['language'];
  type: ReportType;
  urls: string;
  description: string;
  happeningNow: boolean;
  region: string;
  name: string;
  email: string;
  phone: string;
};
const blank: Form = {
  source: 'phone',
  language: 'en',
  type: 'other',
  urls: '',
  description: '',
  happeningNow: false,
  region: '',
  name: '',
  email: '',
  phone: '',
};

/** The body the server expects: empty fields left out, contact only when some was given. */
function toBody(form: Form): StaffReport {
  const urls = form.urls
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const contact = Object.fromEntries(
    (['name', 'email', 'phone'] as const).map((k) => [k, form[k].trim()]).filter(([, v]) => v !== ''),
  );
  const hasContact = Object.keys(contact).length > 0;
  const reporter = {
    ...(form.region.trim() === '' ? {} : { region: form.region.trim() }),
    ...(hasContact ? { contact } : {}),
  };
  return {
    source: form.source,
    language: form.language,
    report: {
      type: form.type,
      anonymous: !hasContact,
      ...(urls.length > 0 ? { urls } : {}),
      ...(form.description.trim() === '' ? {} : { description: form.description.trim() }),
      ...(form.happeningNow ? { incident: { happeningNow: true } } : {}),
      ...(Object.keys(reporter).length > 0 ? { reporter } : {}),
    },
  };
}

/** A report taken by phone or e-mail, entered by staff: a modal form (focus kept inside, Escape closes). */
export function IntakeDialog({ onClose, onEntered }: { onClose: () => void; onEntered: (number: string) => void }) {
  const t = useT();
  const intake = useStaffIntake();
  const [form, setForm] = useState(blank);
  const [problem, setProblem] = useState<Problem | null>(null);
  const set =
    <K extends keyof Form>(field: K) =>
    (value: Form[K]) =>
      setForm((current) => ({ ...current, [field]: value }));

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (intake.isPending) return;
    if (form.description.trim() === '' && form.urls.trim() === '') return setProblem({ id: 'intake.nothing' });
    setProblem(null);
    intake.mutate(toBody(form), {
      onSuccess: (entered) => onEntered(entered.reportNumber),
      onError: (error) => setProblem({ error }),
    });
  }

  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => open || onClose()} isDismissable>
      <Modal className="modal modal-wide">
        <Dialog className="dialog">
          <Heading slot="title">{t('intake.title')}</Heading>
          <p>{t('intake.intro')}</p>
          <form onSubmit={submit} noValidate>
            <ErrorSummary problem={problem} />
            <div className="form-row">
              <SelectField
                label={t('intake.source')}
                value={form.source}
                onChange={set('source')}
                options={(['phone', 'email'] as const).map((id) => ({ id, label: t(`cases.source.${id}`) }))}
              />
              <SelectField
                label={t('intake.language')}
                value={form.language}
                onChange={set('language')}
                options={(['en', 'fr'] as const).map((id) => ({ id, label: t(`intake.language.${id}`) }))}
              />
              <SelectField
                label={t('cases.type')}
                value={form.type}
                onChange={set('type')}
                options={reportTypes.map((id) => ({ id, label: t(`cases.type.${id}` as MessageId) }))}
              />
            </div>
            <TextAreaField label={t('intake.description')} value={form.description} onChange={set('description')} />
            <TextAreaField
              label={t('intake.urls')}
              hint={t('intake.urlsHint')}
              value={form.urls}
              onChange={set('urls')}
            />
            <CheckField
              label={t('intake.happeningNow')}
              isSelected={form.happeningNow}
              onChange={set('happeningNow')}
            />
            <Field label={t('intake.region')} name="region" value={form.region} onChange={set('region')} wide={false} />
            <fieldset>
              <legend>{t('case.contactTitle')}</legend>
              <p className="hint">{t('intake.contactHint')}</p>
              <Field label={t('intake.contactName')} name="name" value={form.name} onChange={set('name')} />
              <Field
                label={t('intake.contactEmail')}
                name="email"
                type="email"
                value={form.email}
                onChange={set('email')}
              />
              <Field
                label={t('intake.contactPhone')}
                name="phone"
                type="tel"
                value={form.phone}
                onChange={set('phone')}
              />
            </fieldset>
            <div className="actions">
              <button type="submit" className="button button-primary" aria-disabled={intake.isPending}>
                {t('intake.submit')}
              </button>
              <Button className="button button-secondary" onPress={onClose}>
                {t('ops.cancel')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
