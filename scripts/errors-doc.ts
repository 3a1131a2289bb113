// Writes docs/errors.md from the error catalogue (npm run docs:errors); `--check` fails when the
// committed file is out of date, which a test runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { errorCatalogue, listErrorCodes } from '@vigie/core';

export function renderErrorsDoc(): string {
  const rows = listErrorCodes(errorCatalogue).map(
    ([code, spec]) => `| \`${code}\` | ${spec.status} | ${spec.retry} | ${spec.message} |`,
  );
  return [
    '# Error codes',
    '',
    'Generated from the error catalogue by `npm run docs:errors`; do not edit by hand.',
    'Every error answer has the body `{"error": {"code", "message", "requestId"}}` (plus `retryAfterSeconds`',
    'where waiting helps). Codes are stable: clients may rely on them. The retry column is the policy a',
    'background job applies when it meets the error.',
    '',
    '| code | HTTP status | retry | message |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

const target = new URL('../docs/errors.md', import.meta.url);
if (import.meta.main) {
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== renderErrorsDoc()) {
      console.error('docs/errors.md is out of date: run npm run docs:errors');
      process.exit(1);
    }
  } else {
    writeFileSync(target, renderErrorsDoc());
  }
}
