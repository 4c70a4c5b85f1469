/** Work on one tab's session-storage lists runs one at a time (frames report concurrently). */
const queues = new Map<number, Promise<unknown>>();

/**
 * Runs `work` after the tab's earlier work has settled (read, merge and write without a lost update).
 * @returns what `work` returns; a failure is the caller's and does not stop later work
 */
export function serial<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(work, work);
  const settled = next.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => queues.get(tabId) === settled && queues.delete(tabId));
  return next;
}
