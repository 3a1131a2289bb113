import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../i18n/locale.tsx';
import { hasNavigated } from '../router-state.ts';

/** The screen's h1: sets the document title and, after an in-app move, takes focus for screen readers. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const t = useT();
  useEffect(() => {
    document.title = title + t('app.titleSuffix');
  }, [title, t]);
  useEffect(() => {
    if (hasNavigated()) ref.current?.focus();
    // Focus moves when the screen changes, not when its language does.
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
