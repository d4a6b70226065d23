/**
 * Asks the browser to keep this site's data when space runs low (without it Safari may evict after 7 days
 * without a visit, and Chrome under storage pressure). Backups still matter.
 */
export type PersistenceResult = 'granted' | 'refused' | 'unsupported';

export async function requestPersistence(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = browserStorage(),
): Promise<PersistenceResult> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    // Some embedded browsers expose the API but throw; the app works the same without persistence.
    return 'unsupported';
  }
}

/** Feature-detected: Safari before 15.2 and some embedded browsers have no `navigator.storage`. */
function browserStorage(): Pick<StorageManager, 'persist' | 'persisted'> | undefined {
  const nav = globalThis.navigator as { storage?: StorageManager } | undefined;
  return nav?.storage;
}
