import { generateSync } from 'otplib';
import { cliActor, type AppContext, type StaffRole } from '@vigie/core';

export type StaffSession = {
  email: string;
  role: StaffRole;
  password: string;
  totpSecret: string;
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
};

let counter = 0;

export function totpNow(secret: string, at = Date.now()): string {
  return generateSync({ secret, epoch: Math.floor(at / 1000) });
}

/** Creates a user and walks the real enrolment, returning a signed-in session for requests. */
export async function createStaffSession(
  ctx: AppContext,
  role: StaffRole,
  email = `${role}-${++counter}-${process.pid}@example.org`,
): Promise<StaffSession> {
  const created = await ctx.access.createUser({ email, role }, cliActor);
  const token = new URL(created.enrolmentUrl).searchParams.get('token') as string;
  const started = await ctx.access.startEnrolment(token);
  const password = 'correct horse battery staple';
  const session = await ctx.access.completeEnrolment(
    { token, password, totpCode: totpNow(started.totpSecret) },
    '127.0.0.1',
  );
  const cookie = `vigie_session=${session.token}`;
  return {
    email,
    role,
    password,
    totpSecret: started.totpSecret,
    cookie,
    csrfToken: session.principal.csrfToken,
    headers: { cookie, 'x-csrf-token': session.principal.csrfToken },
  };
}
