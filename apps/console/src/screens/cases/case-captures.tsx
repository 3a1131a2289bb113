import { useState } from 'react';
import { Button } from 'react-aria-components';
import { describeError } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useCapturePage, type CasePage } from './cases.queries.ts';

type Capture = CasePage['captures'][number];

// The frame's document: the server's sanitised page with a policy of its own on top of the one it
// inherits from the console (a srcdoc document keeps its parent's CSP): nothing but same-origin
// images may load. The page's inline <style> goes: the console's policy would refuse it anyway.
const framePolicy = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'">`;
export function frameDocument(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/i, '').replace(/<head>/i, `<head>${framePolicy}`);
}

function CapturedPage({ reportId, capture }: { reportId: string; capture: Capture }) {
  const t = useT();
  const page = useCapturePage(reportId, capture.capture.id);
  if (page.isPending) return <p role="status">{t('app.loading')}</p>;
  if (page.isError) return <p role="alert">{describeError(page.error, t)}</p>;
  return (
    <iframe
      className="captured-page"
      title={t('case.pageFrame', { url: capture.url })}
      // No allow-scripts: nothing in the frame runs. allow-same-origin only so that the previews'
      // requests carry the session (a sandboxed opaque origin is cross-site to the cookie).
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      srcDoc={frameDocument(page.data)}
    />
  );
}

function CaptureFacts({ capture }: { capture: Capture }) {
  const t = useT();
  const formatTime = useFormatTime();
  const view = capture.capture;
  const headers = Object.entries(view.headers);
  return (
    <>
      <dl className="facts">
        <dt>{t('case.status')}</dt>
        <dd>
          {view.status ?? '—'}
          {view.errorCode !== null && <span className="hint"> {t('case.captureError', { code: view.errorCode })}</span>}
        </dd>
        <dt>{t('case.address')}</dt>
        <dd>
          <code>{view.address ?? '—'}</code>
        </dd>
        <dt>{t('case.host')}</dt>
        <dd>
          <code>{capture.host}</code>
        </dd>
        <dt>{t('case.country')}</dt>
        <dd>{capture.country ?? '—'}</dd>
        <dt>{t('case.holderOf')}</dt>
        <dd>{[capture.asn === null ? null : `AS${capture.asn}`, capture.holder].filter(Boolean).join(' · ') || '—'}</dd>
        <dt>{t('case.fetchedAt')}</dt>
        <dd>
          <time dateTime={view.fetchedAt}>{formatTime(view.fetchedAt)}</time>
        </dd>
      </dl>
      {view.hops.length > 1 && (
        <details>
          <summary>{t('case.hops')}</summary>
          <ol>
            {view.hops.map((hop) => (
              <li key={`${hop.at}-${hop.url}`}>
                <code className="hash">
                  {hop.status} {hop.url} ({hop.address})
                </code>
              </li>
            ))}
          </ol>
        </details>
      )}
      {headers.length > 0 && (
        <details>
          <summary>{t('case.headers')}</summary>
          <dl className="headers">
            {headers.map(([name, value]) => (
              <div key={name}>
                <dt>
                  <code>{name}</code>
                </dt>
                <dd>
                  <code className="hash">{value}</code>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </>
  );
}

export function CaseCaptures({ page }: { page: CasePage }) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="captures-title">
      <h2 id="captures-title">{t('case.capturesTitle')}</h2>
      {page.captures.length === 0 && <p className="hint">{t('case.noCaptures')}</p>}
      {page.captures.map((capture) => (
        <article key={capture.capture.id} className="capture" aria-labelledby={`capture-${capture.capture.id}`}>
          <h3 id={`capture-${capture.capture.id}`}>
            {t('case.captureOf')} <code className="hash">{capture.url}</code>
          </h3>
          <CaptureFacts capture={capture} />
          {capture.renderable && (
            <>
              <Button
                className="button button-secondary"
                aria-expanded={open === capture.capture.id}
                onPress={() => setOpen(open === capture.capture.id ? null : capture.capture.id)}
              >
                {open === capture.capture.id ? t('case.hidePage') : t('case.showPage')}
              </Button>
              {open === capture.capture.id && <CapturedPage reportId={page.case.reportId} capture={capture} />}
            </>
          )}
        </article>
      ))}
    </section>
  );
}
