import { defineErrors } from '../platform/errors.ts';

export const CrawlerError = defineErrors({
  CRAWLER_URL_INVALID: {
    status: 400,
    message: 'Not a URL the crawler can fetch (http or https, no credentials, at most 2,048 characters).',
    retry: 'permanent',
  },
  CRAWLER_CAPTURE_NOT_FOUND: { status: 404, message: 'No such capture.', retry: 'permanent' },
});
export type CrawlerError = InstanceType<typeof CrawlerError>;
