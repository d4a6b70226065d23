// A database of its own for each test, deleted afterwards, so tests never see each other's rows.
import { createDb, type XxgkDb } from '@/storage/db';

const opened: XxgkDb[] = [];

export function freshDb(): XxgkDb {
  const db = createDb(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});
