import type { FastifyRequest } from 'fastify';
import type { Config } from '../platform/config.ts';
import { AppError } from '../platform/errors.ts';
import type { SubmitOrigin } from './intake.service.ts';

/**
 * Who is submitting: a partner's API key (it needs the reports:submit scope), a signed-in staff
 * member, or the anonymous public, whose address is kept only if the configuration says so.
 */
export function submitOrigin(
  request: FastifyRequest,
  config: Config,
  source: SubmitOrigin['source'],
  language: string,
): SubmitOrigin {
  const principal = request.principal;
  if (principal?.kind === 'api_key') {
    if (!principal.scopes.includes('reports:submit') && !principal.scopes.includes('all'))
      throw new AppError('AUTH_FORBIDDEN');
    return {
      source,
      language,
      address: request.ip,
      organisationId: principal.organisationId,
      actor: { type: 'api_key', id: principal.keyId, address: request.ip },
    };
  }
  if (principal?.kind === 'staff')
    return {
      source,
      language,
      address: request.ip,
      actor: { type: 'user', id: principal.userId, address: request.ip },
    };
  return {
    source,
    language,
    address: request.ip,
    actor: { type: 'anonymous', address: config.intakeStoreAddress ? request.ip : null },
  };
}
