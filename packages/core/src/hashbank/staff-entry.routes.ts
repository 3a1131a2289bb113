import {
  AcceptSubmissionBody,
  AcceptSubmissionResponse,
  BankEntriesPage,
  BankEntriesQuery,
  BankEntryParams,
  BankNameParams,
  EntryReasonBody,
  StaffEntryView,
  SubmissionQueue,
  SuspensionQueue,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { HashbankService } from './hashbank.service.ts';
import { staffCurate, staffRead, staffReview } from './staff-bank.routes.ts';

// A bank's entries, one entry's history, withdraw and restore (supervisors), and the two review
// queues: providers' submissions (accept into a bank or reject) and flood-guard suspensions (lift),
// which analysts and supervisors work. Each change answers the entry as it now stands.
const tags = ['hash bank (staff)'];

export function registerStaffEntryRoutes(app: HttpServer, hashbank: HashbankService): void {
  const staff = hashbank.staff;
  const entry = { tags, params: BankEntryParams, body: EntryReasonBody, response: { 200: StaffEntryView } };

  app.get(
    '/api/v1/banks/:name/entries',
    {
      config: { access: staffRead },
      schema: { tags, params: BankNameParams, querystring: BankEntriesQuery, response: { 200: BankEntriesPage } },
    },
    async (request) => staff.listEntries(request.params.name, request.query),
  );

  app.get(
    '/api/v1/bank-entries/:id',
    { config: { access: staffRead }, schema: { tags, params: BankEntryParams, response: { 200: StaffEntryView } } },
    async (request) => staff.getEntry(request.params.id),
  );

  app.post('/api/v1/bank-entries/:id/withdraw', { config: { access: staffCurate }, schema: entry }, async (request) => {
    await hashbank.withdrawEntry(request.params.id, request.body.reason, actorOf(request));
    return staff.getEntry(request.params.id);
  });

  app.post('/api/v1/bank-entries/:id/restore', { config: { access: staffCurate }, schema: entry }, async (request) => {
    await staff.restoreEntry(request.params.id, request.body.reason, actorOf(request));
    return staff.getEntry(request.params.id);
  });

  app.get(
    '/api/v1/bank-submissions',
    { config: { access: staffRead }, schema: { tags, response: { 200: SubmissionQueue } } },
    async () => staff.submissionQueue(),
  );

  app.post(
    '/api/v1/bank-submissions/:id/accept',
    {
      config: { access: staffReview },
      schema: {
        tags,
        params: BankEntryParams,
        body: AcceptSubmissionBody,
        response: { 200: AcceptSubmissionResponse },
      },
    },
    async (request) =>
      staff.acceptSubmission(request.params.id, request.body.bank, request.body.reason, actorOf(request)),
  );

  app.post(
    '/api/v1/bank-submissions/:id/reject',
    { config: { access: staffReview }, schema: { ...entry, response: { 200: SubmissionQueue } } },
    async (request) => {
      await staff.rejectSubmission(request.params.id, request.body.reason, actorOf(request));
      return staff.submissionQueue();
    },
  );

  app.get(
    '/api/v1/bank-suspensions',
    { config: { access: staffRead }, schema: { tags, response: { 200: SuspensionQueue } } },
    async () => ({ entries: await staff.suspensionQueue() }),
  );

  app.post('/api/v1/bank-suspensions/:id/lift', { config: { access: staffReview }, schema: entry }, async (request) => {
    await hashbank.setSuspended(request.params.id, false, request.body.reason, actorOf(request));
    return staff.getEntry(request.params.id);
  });
}
