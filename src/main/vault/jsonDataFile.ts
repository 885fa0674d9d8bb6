/**
 * Helpers every JSON store in the data folder needs: read and validate its file (an
 * unreadable one is moved aside, never overwritten), and run its operations one at a time so
 * two quick changes cannot lose each other's write.
 */
import type { z } from 'zod';
import type { DataFile } from './dataFile';

/** The validated content, or null when the file does not exist or had to be moved aside. */
export async function readJsonOrMoveAside<S extends z.ZodType>(
  file: Pick<DataFile, 'read' | 'moveAside'>,
  schema: S,
  onMovedAside: (keptAs: string) => void,
): Promise<z.output<S> | null> {
  const text = await file.read();
  if (text === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(text));
    if (result.success) return result.data;
  } catch {
    // Not JSON: treated like a wrong shape below.
  }
  onMovedAside(await file.moveAside());
  return null;
}

/** Runs each operation after the previous one has settled, whatever its outcome. */
export function createSerialQueue(): <T>(operation: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const next = queue.then(operation, operation);
    queue = next.catch(() => undefined);
    return next;
  };
}
