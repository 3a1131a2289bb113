import { Link } from '@tanstack/react-router';
import { PageHeading } from '../components/page-heading.tsx';
import { useT } from '../i18n/locale.tsx';

export function NotFoundScreen() {
  const t = useT();
  return (
    <section className="panel panel-narrow">
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
