import { useEffect, useRef, type ReactNode } from 'react';
import { hasNavigated } from '../navigation.ts';
import { messages } from '../messages.ts';

/** The screen's h1: sets the document title and, after an in-app move, takes focus for screen readers. */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title + messages.titleSuffix;
    if (hasNavigated()) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? title}
    </h1>
  );
}
