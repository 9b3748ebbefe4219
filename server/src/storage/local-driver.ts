import { createReadStream } from 'node:fs';
import { mkdir, rm, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { assertKey, type StorageDriver } from './driver.js';

/** Files on local disk: `<root>/<tenant id>/<file id>` (default root `.data/uploads`). */
export class LocalDriver implements StorageDriver {
  readonly kind = 'local' as const;
  constructor(private readonly root: string) {}

  private file(key: string): string {
    assertKey(key);
    return path.join(this.root, ...key.split('/'));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside, then renamed: a reader never sees half a file.
    const partial = `${target}.${process.pid}.partial`;
    await writeFile(partial, body);
    await rename(partial, target);
  }

  async get(key: string): Promise<Readable> {
    const stream = createReadStream(this.file(key));
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async deletePrefix(prefix: string): Promise<void> {
    assertKey(prefix);
    await rm(path.join(this.root, prefix.replace(/\/$/, '')), { recursive: true, force: true });
  }
}
