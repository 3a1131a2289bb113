import { X509Certificate } from 'node:crypto';
import { ReferralError } from './referrals.errors.ts';

// A recipient's private certificate authority: police and agency APIs often present certificates
// their own authority issued, which no public trust store holds. The directory keeps the
// authority's PEM certificates (a root, and intermediates if the server does not send them);
// when a recipient has them, its API is trusted through them alone, so a publicly trusted
// certificate for the same name is refused too.

const pemBlock = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export type CaCertificate = Readonly<{ subject: string; sha256Fingerprint: string; notAfter: Date }>;

/** The certificates of a PEM text (any text outside the blocks, such as openssl's comments, is ignored). */
export function readCaCertificates(pem: string): X509Certificate[] {
  const blocks = pem.match(pemBlock) ?? [];
  return blocks.map((block) => {
    try {
      return new X509Certificate(block);
    } catch {
      throw new ReferralError('REFERRAL_RECIPIENT_INVALID', 'apiCaCertificates: a certificate block does not parse.');
    }
  });
}

/** Refuses what could not serve as the recipient's authority, at the time given. */
export function checkCaCertificates(pem: string, at: Date): void {
  const invalid = (message: string) =>
    new ReferralError('REFERRAL_RECIPIENT_INVALID', `apiCaCertificates: ${message}`, {
      fields: [{ path: '/apiCaCertificates', message }],
    });
  const certificates = readCaCertificates(pem);
  if (certificates.length === 0) throw invalid('expected PEM certificates (-----BEGIN CERTIFICATE-----).');
  for (const certificate of certificates) {
    const name = certificate.subject.replace(/\n/g, ', ');
    if (!certificate.ca) throw invalid(`${name} is not a certificate authority (basicConstraints CA:TRUE).`);
    if (new Date(certificate.validTo).getTime() <= at.getTime())
      throw invalid(`${name} expired on ${certificate.validTo}.`);
  }
}

export const describeCaCertificates = (pem: string | null): CaCertificate[] =>
  pem === null
    ? []
    : readCaCertificates(pem).map((c) => ({
        subject: c.subject.replace(/\n/g, ', '),
        sha256Fingerprint: c.fingerprint256,
        notAfter: new Date(c.validTo),
      }));
