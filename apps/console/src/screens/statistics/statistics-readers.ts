import type { Role } from '../../api.ts';

/** The roles GET /api/v1/statistics/* lets through (supervisors; administrators may do what any role may). */
export const statisticsReaders: readonly Role[] = ['supervisor', 'administrator'];
