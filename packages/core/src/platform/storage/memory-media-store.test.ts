import { createMemoryMediaStore } from './memory-media-store.ts';
import { describeMediaStoreContract } from './media-store.test-helpers.ts';

describeMediaStoreContract('memory fake', async () => {
  const store = createMemoryMediaStore();
  return {
    store,
    // The fake lives in one process: "another process" is another handle on the same store.
    reopen: async () => ({ ...store, close: async () => undefined }),
    raw: async () => new Map(store.objects),
    overwrite: async (name, bytes) => void store.objects.set(name, bytes),
    close: () => store.close(),
  };
});
