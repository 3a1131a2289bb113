/** The one reading of the wall clock; everything else is handed a `now` so tests can fix time. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
