import type { Readable } from 'node:stream';

/**
 * Where uploaded files live. Keys are always built by the server as
 * `<tenant id>/<file id>` from a file record in the school's own database;
 * nothing a client sends is ever used as a key.
 */
export interface StorageDriver {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  /** Removes every file of a school (purge). */
  deletePrefix(prefix: string): Promise<void>;
}

/** A key is `<24 hex>/<24 hex>`: anything else is a bug, never a path. */
export function assertKey(key: string): void {
  if (!/^[0-9a-f]{24}\/[0-9a-f]{24}$/.test(key) && !/^[0-9a-f]{24}\/?$/.test(key)) throw new Error(`Invalid storage key ${key}`);
}
