import type { FastifyReply } from 'fastify';
import Type from 'typebox';
import { PlatformError } from '../platform/errors.ts';
import type { HttpServer } from '../platform/http/server.ts';
import type { RateLimiter } from '../platform/http/shared-rate-limiter.ts';
import { actorOf, staffOf } from './access.caller.ts';
import { sessionCookie } from './access.guard.ts';
import * as s from '@vigie/contract';
import type { AccessService, NewSession } from './access.service.ts';
import { staffRoles, type StaffPrincipal } from './access.types.ts';

const anyStaff = { staff: staffRoles };
const administrators = { staff: ['administrator'] as const };
const tags = ['access'];

function sessionBody(principal: StaffPrincipal) {
  return {
    user: { id: principal.userId, email: principal.email, role: principal.role },
    csrfToken: principal.csrfToken,
  };
}

function setSessionCookie(reply: FastifyReply, session: NewSession, secure: boolean) {
  void reply.setCookie(sessionCookie, session.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
    expires: session.expiresAt,
  });
}

export function registerAccessRoutes(
  app: HttpServer,
  access: AccessService,
  options: { cookieSecure: boolean; signInLimiter: RateLimiter },
): void {
  const throttle = async (address: string) => {
    const outcome = await options.signInLimiter.take(address);
    if (!outcome.allowed)
      throw new PlatformError('RATE_LIMITED', undefined, { retryAfterSeconds: outcome.retryAfterSeconds });
  };

  app.get(
    '/api/v1/auth/session',
    { config: { access: anyStaff }, schema: { tags, response: { 200: s.SessionResponse } } },
    async (request) => sessionBody(staffOf(request)),
  );

  app.post(
    '/api/v1/auth/login',
    { config: { access: { public: true } }, schema: { tags, body: s.LoginBody, response: { 200: s.SessionResponse } } },
    async (request, reply) => {
      await throttle(request.ip);
      const session = await access.login(request.body, request.ip);
      setSessionCookie(reply, session, options.cookieSecure);
      return sessionBody(session.principal);
    },
  );

  app.post(
    '/api/v1/auth/enrolment/start',
    {
      config: { access: { public: true } },
      schema: { tags, body: s.EnrolmentStartBody, response: { 200: s.EnrolmentStartResponse } },
    },
    async (request) => {
      await throttle(request.ip);
      return access.startEnrolment(request.body.token);
    },
  );

  app.post(
    '/api/v1/auth/enrolment/complete',
    {
      config: { access: { public: true } },
      schema: { tags, body: s.EnrolmentCompleteBody, response: { 200: s.SessionResponse } },
    },
    async (request, reply) => {
      await throttle(request.ip);
      const session = await access.completeEnrolment(request.body, request.ip);
      setSessionCookie(reply, session, options.cookieSecure);
      return sessionBody(session.principal);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { access: anyStaff }, schema: { tags, response: { 204: Type.Null() } } },
    async (request, reply) => {
      await access.logout(staffOf(request), request.ip);
      void reply.clearCookie(sessionCookie, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/users',
    { config: { access: administrators }, schema: { tags, response: { 200: Type.Array(s.UserResponse) } } },
    async () => {
      const users = await access.listUsers();
      return users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() }));
    },
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: administrators },
      schema: { tags, body: s.CreateUserBody, response: { 201: s.CreateUserResponse } },
    },
    async (request, reply) => {
      const created = await access.createUser(request.body, actorOf(request));
      return reply.status(201).send({
        user: { ...created.user, createdAt: created.user.createdAt.toISOString() },
        enrolmentUrl: created.enrolmentUrl,
      });
    },
  );

  const userParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
  app.post(
    '/api/v1/users/:id/disable',
    {
      config: { access: administrators },
      schema: { tags, params: userParams, body: s.UserChangeBody, response: { 200: s.UserResponse } },
    },
    async (request) => {
      const user = await access.disableUser({ id: request.params.id }, actorOf(request), request.body.reason);
      return { ...user, createdAt: user.createdAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/users/:id/reset',
    {
      config: { access: administrators },
      schema: { tags, params: userParams, body: s.UserChangeBody, response: { 200: s.ResetUserResponse } },
    },
    async (request) => access.resetUser({ id: request.params.id }, actorOf(request), request.body.reason),
  );

  app.get(
    '/api/v1/api-keys',
    { config: { access: administrators }, schema: { tags, response: { 200: Type.Array(s.ApiKeyResponse) } } },
    async () => {
      const keys = await access.listApiKeys();
      return keys.map((k) => ({
        ...k,
        createdAt: k.createdAt.toISOString(),
        revokedAt: k.revokedAt?.toISOString() ?? null,
      }));
    },
  );

  app.delete(
    '/api/v1/api-keys/:id',
    {
      config: { access: administrators },
      schema: { tags, params: Type.Object({ id: Type.String() }), response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      await access.revokeApiKey(request.params.id, actorOf(request));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/api-keys',
    {
      config: { access: administrators },
      schema: { tags, body: s.CreateApiKeyBody, response: { 201: s.CreateApiKeyResponse } },
    },
    async (request, reply) => {
      const created = await access.createApiKey(request.body, actorOf(request));
      return reply.status(201).send(created);
    },
  );
}
