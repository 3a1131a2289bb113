// The provider directory's closed sets as plain arrays (the console's bundle does not load the
// contract's TypeBox files). `every` refuses to compile when the contract adds a member the list lacks.
import type { Provider } from './providers.queries.ts';

export type Channel = Provider['channel'];
export type Batching = Provider['batching'];

function every<T extends string>() {
  return <const A extends readonly T[]>(values: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)) =>
    values;
}

export const providerChannels = every<Channel>()(['email', 'xarf_email', 'webhook']);
export const providerBatchings = every<Batching>()(['immediate', 'hourly', 'daily']);
