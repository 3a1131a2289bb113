// The media store: immutable, content-addressed, encrypted evidence (docs/media-store.md).
export { createMediaStore } from './media-store.ts';
export type { MediaStore, StoredObject } from './media-store.ts';
export { createMemoryMediaStore } from './memory-media-store.ts';
export type { MemoryMediaStore } from './memory-media-store.ts';
export { forgetRetiredMediaKeys, reEncryptMedia, rotateMediaKeys } from './media-maintenance.ts';
export type { MediaKeyCensus, MediaKeyRotation, MediaReEncryption } from './media-maintenance.ts';
export { mediaStoreKinds } from './storage-config.ts';
export type { MediaStoreKind, StorageSettings } from './storage-config.ts';
export { StorageError } from './storage.errors.ts';
export type { StorageErrorCode } from './storage.errors.ts';
