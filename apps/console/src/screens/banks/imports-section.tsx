import { useState } from 'react';
import { Button, Cell, Column, FileTrigger, Row, Table, TableBody, TableHeader } from 'react-aria-components';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { describeError, describeProblem, type Problem } from '../../error-message.ts';
import { useFormatTime } from '../../format-time.ts';
import { useT } from '../../i18n/locale.tsx';
import { useImports, useStartImport, type BankImport, type ImportFormat } from './banks.queries.ts';

const formats = ['csv', 'hma', 'ncmec', 'stopncii'] as const satisfies readonly ImportFormat[];

/**
 * Bank files imported into the bank (CSV, HMA, NCMEC or StopNCII): the server takes the file in
 * one request and records its progress as it goes; the list is asked again while one is running.
 * A file imported twice resumes where it stopped, or does nothing once finished.
 */
export function ImportsSection({ name }: { name: string }) {
  const t = useT();
  const start = useStartImport(name);
  const imports = useImports(name, start.isPending);
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [status, setStatus] = useState<Problem | null>(null);
  const choose = (files: FileList | null) => {
    const file = files?.[0];
    if (file === undefined || start.isPending) return;
    setProblem(null);
    setStatus({ id: 'banks.imports.running', values: { file: file.name } });
    start.mutate(
      { format, file },
      {
        onSuccess: (result) =>
          setStatus({
            id: 'banks.imports.done',
            values: { file: file.name, added: result.added, skipped: result.skipped, errors: result.errors.length },
          }),
        onError: (error) => {
          setStatus(null);
          setProblem({ error });
        },
      },
    );
  };
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t('banks.imports.title')}</h2>
      <p className="intro">{t('banks.imports.intro')}</p>
      <ErrorSummary problem={problem} />
      <div className="form-row">
        <SelectField
          label={t('banks.imports.format')}
          options={formats.map((id) => ({ id, label: t(`banks.format.${id}`) }))}
          value={format}
          onChange={setFormat}
        />
      </div>
      <div className="actions actions-tight">
        <FileTrigger onSelect={choose}>
          <Button className="button button-secondary" isPending={start.isPending}>
            {t('banks.imports.choose')}
          </Button>
        </FileTrigger>
        <span role="status" className="hint">
          {describeProblem(status, t) ?? ''}
        </span>
      </div>
      {imports.isPending && <p role="status">{t('app.loading')}</p>}
      {imports.isError && <p role="alert">{describeError(imports.error, t)}</p>}
      {imports.data !== undefined && (
        <Table aria-label={t('banks.imports.title')} className="table">
          <TableHeader>
            <Column isRowHeader>{t('banks.imports.started')}</Column>
            <Column>{t('banks.imports.format')}</Column>
            <Column>{t('banks.imports.file')}</Column>
            <Column>{t('banks.imports.progress')}</Column>
            <Column>{t('banks.imports.added')}</Column>
            <Column>{t('banks.imports.skipped')}</Column>
          </TableHeader>
          <TableBody items={imports.data} renderEmptyState={() => t('banks.imports.none')}>
            {(record) => (
              <Row id={record.id}>
                <ImportCells record={record} />
              </Row>
            )}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function ImportCells({ record }: { record: BankImport }) {
  const t = useT();
  const formatTime = useFormatTime();
  return (
    <>
      <Cell>
        <time dateTime={record.createdAt}>{formatTime(record.createdAt)}</time>
      </Cell>
      <Cell>{t(`banks.format.${record.format}`)}</Cell>
      <Cell>
        <code className="hash" title={record.fileSha256}>
          {record.fileSha256.slice(0, 12)}…
        </code>
      </Cell>
      <Cell>
        {record.finishedAt === null
          ? t('banks.imports.inProgress', { lines: record.linesDone })
          : t('banks.imports.finished', { lines: record.linesDone, time: formatTime(record.finishedAt) })}
      </Cell>
      <Cell>{record.added}</Cell>
      <Cell>{record.skipped}</Cell>
    </>
  );
}
