import path from 'node:path';
import type { Config } from '../config/config.js';
import { logger } from '../lib/logger.js';
import type { StorageDriver } from './driver.js';
import { LocalDriver } from './local-driver.js';
import { S3Driver } from './s3-driver.js';

export type { StorageDriver } from './driver.js';

/** The storage driver the configuration asks for: local disk (default) or an S3-compatible bucket. */
export function createStorage(config: Config): StorageDriver {
  const s = config.storage;
  if (s.driver === 's3') {
    logger.info({ bucket: s.s3.bucket, prefix: s.s3.prefix, endpoint: s.s3.endpoint }, 'files: S3-compatible storage');
    return new S3Driver(s.s3);
  }
  const root = s.uploadsDir ?? path.join(config.dataDir, 'uploads');
  return new LocalDriver(root);
}
