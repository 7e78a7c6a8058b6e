/**
 * Functions the e2e tests run inside an extension page (Playwright's and puppeteer's `evaluate` both
 * take them): self-contained, no imports, no closures.
 */

/**
 * The ClaimLens database's version, its tables, and the texts of the notes kept for one claim, read with
 * plain IndexedDB.
 */
export async function notesOfClaim(
  claimNumber: string,
): Promise<{ version: number; notes: string[]; stores: string[] }> {
  const open = indexedDB.open('claimlens');
  const db: IDBDatabase = await new Promise((ok, fail) => {
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
  });
  const byKey = db.transaction('notes').objectStore('notes').index('claimKey').getAll(claimNumber);
  const notes: { text: string }[] = await new Promise((ok) => {
    byKey.onsuccess = () => ok(byKey.result);
  });
  db.close();
  return { version: db.version, notes: notes.map((n) => n.text), stores: [...db.objectStoreNames].sort() };
}
