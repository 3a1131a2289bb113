import type { ExchangeApi, FeedbackVerdict, IntendedUse } from '@vigie/contract';
import type { EntryLabels } from '../hashbank/index.ts';
import type { Outbound } from '../platform/net/outbound.ts';

/** One item of a remote list as a source reads it: a hash record, or the remote's tombstone. */
export type RemoteItem =
  | Readonly<{ remoteId: string; deleted: true }>
  | Readonly<{
      remoteId: string;
      deleted: false;
      /** Signals as (type, value) text, the remote's names (HMA's video_md5 included). */
      signals: ReadonlyArray<{ type: string; value: string }>;
      labels?: EntryLabels;
      /** Legal-scheme categories the remote gave (scheme -> category): mapped to labels here. */
      categories?: Readonly<Record<string, string>>;
      uses?: IntendedUse[];
      /** What the remote said of it, kept in the entry's provenance. */
      provenance: Record<string, unknown>;
    }>;

export type Checkpoint = Record<string, unknown>;

export type FetchedPage = Readonly<{
  items: RemoteItem[];
  /** Where the next page starts; committed with this page's items. */
  checkpoint: Checkpoint;
  /** The source has nothing more now: the pull is complete (a snapshot source's pass is over). */
  done: boolean;
  /** The source's own progress time (HMA's checkpoint_ts), when it says one. */
  progressAt?: Date;
}>;

export type SourceCall = Readonly<{
  outbound: Outbound;
  settings: Record<string, unknown>;
  credentials: Record<string, string>;
  checkpoint: Checkpoint;
  now: () => Date;
  /** Kept for the pages of one pull (a downloaded list). */
  memo: Map<string, unknown>;
}>;

export type FieldDescriptor = Readonly<{
  name: string;
  type: 'string' | 'number' | 'boolean' | 'enum' | 'list_of_string';
  required: boolean;
  default: unknown;
  help: string;
  choices: string[] | null;
}>;

export type FeedbackOutcome = Readonly<{ state: 'sent' | 'refused'; detail: string }>;

export type ExchangeSource = Readonly<{
  api: ExchangeApi;
  description: string;
  settings: readonly FieldDescriptor[];
  /** Null: the API takes no credentials. */
  credentials: readonly FieldDescriptor[] | null;
  /**
   * A snapshot source answers the whole list on every pass: what a finished pass did not see
   * was deleted. The others send tombstones.
   */
  snapshot: boolean;
  fetchPage(call: SourceCall): Promise<FetchedPage>;
  /** Confirm or dispute one pulled item at the source (absent: the source takes no feedback). */
  sendFeedback?(
    call: SourceCall,
    item: Readonly<{ remoteId: string; provenance: Record<string, unknown> }>,
    verdict: FeedbackVerdict,
  ): Promise<FeedbackOutcome>;
}>;
