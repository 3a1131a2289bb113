// What an adapter provides: named, opaque objects (already sealed). Encryption, naming and
// verification happen above it, once, in sealed-media-store.ts.
export interface ObjectStore {
  /** For log lines: where the objects are (no credentials). */
  readonly location: string;
  /** The object's bytes, or undefined when there is none by that name. */
  read(name: string): Promise<Uint8Array | undefined>;
  exists(name: string): Promise<boolean>;
  /** Writes the object unless one by that name exists, whole or not at all; true when this call wrote it. */
  create(name: string, bytes: Uint8Array): Promise<boolean>;
  /** Replaces an existing object atomically: a reader sees the old bytes or the new, never a mix. */
  replace(name: string, bytes: Uint8Array): Promise<void>;
  /** Every media object's name (64 hexadecimal digits), in no particular order. */
  list(): AsyncIterable<string>;
  close(): Promise<void>;
}
