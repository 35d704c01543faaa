// Many reads (one or two per person) through one client. Starting all 10,000 at once parked 10,000 suspended
// async functions, promises and queue entries in the heap (a quarter of a 10,000-person plan's live memory);
// a window of twice the client's slots keeps every slot busy with the next request already waiting.
import pMap from 'p-map';
import type { HttpClient } from './types.js';

export function fanOut<T, R>(
  http: HttpClient,
  items: Iterable<T>,
  read: (item: T) => Promise<R>,
): Promise<R[]> {
  return pMap(items, read, { concurrency: 2 * http.concurrency });
}
