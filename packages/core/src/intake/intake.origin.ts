import type { FastifyRequest } from 'fastify';
import { actorOf, requireScope } from '../access/index.ts';
import type { SubmitOrigin } from './intake.service.ts';

/**
 * Who is submitting: a partner's API key (it needs the reports:submit scope), a signed-in staff
 * member, or the anonymous public, whose address is kept only if the configuration says so. A
 * report sent to the public API with a partner's key is recorded as `partner`.
 */
export function submitOrigin(
  request: FastifyRequest,
  keepAnonymousAddress: boolean,
  source: SubmitOrigin['source'],
  language: string,
): SubmitOrigin {
  const principal = request.principal;
  if (principal?.kind === 'api_key') {
    requireScope(principal, 'reports:submit');
    return {
      source: source === 'api' ? 'partner' : source,
      language,
      address: request.ip,
      organisationId: principal.organisationId,
      actor: actorOf(request),
    };
  }
  return {
    source,
    language,
    address: request.ip,
    actor: actorOf(request, { keepAnonymousAddress }),
  };
}
