import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useT } from '../i18n/locale.tsx';
import { PageHeading } from './page-heading.tsx';

/** An operations screen: a way back home, the heading and a short line on what the screen is for. */
export function ScreenFrame({ title, intro, children }: { title: string; intro: string; children: ReactNode }) {
  const t = useT();
  return (
    <section className="panel panel-full">
      <nav aria-label={t('ops.breadcrumb')} className="breadcrumb">
        <Link to="/">{t('home.title')}</Link>
      </nav>
      <PageHeading title={title} />
      <p className="intro">{intro}</p>
      {children}
    </section>
  );
}
