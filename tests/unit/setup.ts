// Real IndexedDB semantics in Node for storage tests; must load before Dexie.
import 'fake-indexeddb/auto';
