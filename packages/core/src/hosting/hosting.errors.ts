import { defineErrors } from '../platform/errors.ts';

export const HostingError = defineErrors({
  HOSTING_URL_INVALID: { status: 400, message: 'Not an http(s) URL with a host.', retry: 'permanent' },
  HOSTING_IPDATA_MISSING: {
    status: 503,
    message: 'The offline IP data files cannot be read (vigie ipdata refresh, or reinstall).',
    retry: 'retry-later',
  },
  HOSTING_IPDATA_INVALID: { status: 503, message: 'An offline IP data file is malformed.', retry: 'permanent' },
  HOSTING_IPDATA_REFRESH_FAILED: {
    status: 502,
    message: 'The IP data packages could not be downloaded or checked; the data in use is unchanged.',
    retry: 'retry-with-backoff',
  },
  HOSTING_BOOTSTRAP_INVALID: { status: 503, message: 'An RDAP bootstrap file is malformed.', retry: 'permanent' },
  HOSTING_PROVIDER_NOT_FOUND: { status: 404, message: 'No such provider in the directory.', retry: 'permanent' },
  HOSTING_PROVIDER_EXISTS: { status: 409, message: 'A provider with this name already exists.', retry: 'permanent' },
  HOSTING_PROVIDER_INVALID: {
    status: 400,
    message: 'The provider entry is not valid (see details).',
    retry: 'permanent',
  },
});
export type HostingError = InstanceType<typeof HostingError>;
