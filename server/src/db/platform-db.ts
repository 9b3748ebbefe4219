import mongoose, { type ConnectOptions, type Connection, type Model } from 'mongoose';
import type { Config } from '../config/config.js';
import { logger } from '../lib/logger.js';
import { monitorOptions } from './monitor-options.js';
import { watchConnection } from './platform-watchdog.js';
import { tenantSchema, type TenantDoc } from '../tenancy/tenant.schema.js';
import { tenantDomainSchema } from '../tenancy/tenant-domain.schema.js';
import { tenantSubdomainSchema } from '../tenancy/tenant-subdomain.schema.js';
import { tenantChangeSchema, type TenantChangeDoc } from '../tenancy/tenant-change.schema.js';
import { superAdminSchema, type SuperAdminDoc } from '../modules/superadmin/superadmin-user.schema.js';
import { platformAuditSchema, type PlatformAuditDoc } from '../modules/superadmin/platform-audit.schema.js';
import { requestCountSchema, type RequestCountDoc } from '../modules/usage/request-count.schema.js';
import { statusChangeSchema, type StatusChangeDoc } from '../modules/lifecycle/status-change.schema.js';
import { leaseSchema, type LeaseDoc } from '../modules/lifecycle/lease.schema.js';
import { domainRequestSchema, type DomainRequestDoc } from '../modules/domains/domain-request.schema.js';
import { usageDaySchema, type UsageDayDoc } from '../modules/usage/usage-day.schema.js';
import { accountDaySchema, type AccountDayDoc } from '../modules/usage/account-day.schema.js';
import { refreshTokenSchema, type RefreshTokenDoc } from '../auth/refresh-token.schema.js';
import { messageQueueSchema, type MessageQueueDoc } from '../modules/messages/message-queue.schema.js';
import { messageDaySchema, type MessageDayDoc } from '../modules/messages/message-day.schema.js';

// Query filters built from client input can never smuggle operators ($ne, $gt,
// $where...): mongoose wraps them in $eq. Internal code that needs an operator
// marks it with mongoose.trusted().
mongoose.set('sanitizeFilter', true);
mongoose.set('strictQuery', true);
// The default connection is never opened. Without buffering, any model that
// was accidentally bound to it fails at once instead of hanging.
mongoose.set('bufferCommands', false);

export interface PlatformDb {
  connection: Connection;
  Tenant: Model<TenantDoc>;
  TenantDomain: Model<{ domain: string; tenantId: mongoose.Types.ObjectId }>;
  TenantSubdomain: Model<{ _id: string; tenantId: mongoose.Types.ObjectId }>;
  TenantChange: Model<TenantChangeDoc>;
  SuperAdmin: Model<SuperAdminDoc>;
  PlatformAudit: Model<PlatformAuditDoc>;
  RequestCount: Model<RequestCountDoc>;
  AccountDay: Model<AccountDayDoc>;
  StatusChange: Model<StatusChangeDoc>;
  Lease: Model<LeaseDoc>;
  DomainRequest: Model<DomainRequestDoc>;
  UsageDay: Model<UsageDayDoc>;
  /** Platform operators' refresh tokens (same rotation as a school's). */
  OperatorRefreshToken: Model<RefreshTokenDoc>;
  /** Schools with messages to send (one entry per school, not per message). */
  MessageQueue: Model<MessageQueueDoc>;
  /** Message counts per school and day (console, usage). */
  MessageDay: Model<MessageDayDoc>;
  close(): Promise<void>;
}

export async function connectPlatformDb(config: Config, uri: string): Promise<PlatformDb> {
  const options: ConnectOptions = {
    dbName: config.platformDbName,
    maxPoolSize: config.db.poolSize,
    serverSelectionTimeoutMS: config.db.tenantTimeoutMs,
    ...monitorOptions(config.db.tenantTimeoutMs),
    // Indexes are built on purpose (here and when a school is provisioned). Without these,
    // compiling a model starts background createCollection/createIndex calls: wasted work on
    // every school's first request, and a race that could re-create a database just dropped.
    autoIndex: false,
    autoCreate: false,
  };
  const connection = mongoose.createConnection(uri, options);
  await connection.asPromise();
  const watchdog = watchConnection(connection, {
    uri,
    options,
    timeoutMs: config.db.tenantTimeoutMs,
    stuckAfterMs: 4 * config.db.tenantTimeoutMs,
  });
  const db: PlatformDb = {
    connection,
    Tenant: connection.model('Tenant', tenantSchema),
    TenantDomain: connection.model('TenantDomain', tenantDomainSchema),
    TenantSubdomain: connection.model('TenantSubdomain', tenantSubdomainSchema),
    TenantChange: connection.model('TenantChange', tenantChangeSchema),
    SuperAdmin: connection.model('SuperAdmin', superAdminSchema),
    PlatformAudit: connection.model('PlatformAudit', platformAuditSchema),
    RequestCount: connection.model('RequestCount', requestCountSchema),
    AccountDay: connection.model('AccountDay', accountDaySchema),
    StatusChange: connection.model('StatusChange', statusChangeSchema),
    Lease: connection.model('Lease', leaseSchema),
    DomainRequest: connection.model('DomainRequest', domainRequestSchema),
    UsageDay: connection.model('UsageDay', usageDaySchema),
    OperatorRefreshToken: connection.model('OperatorRefreshToken', refreshTokenSchema),
    MessageQueue: connection.model('MessageQueue', messageQueueSchema),
    MessageDay: connection.model('MessageDay', messageDaySchema),
    close: () => {
      watchdog.stop();
      return connection.close();
    },
  };
  await Promise.all(
    [
      db.Tenant,
      db.TenantDomain,
      db.SuperAdmin,
      db.PlatformAudit,
      db.RequestCount,
      db.AccountDay,
      db.StatusChange,
      db.Lease,
      db.DomainRequest,
      db.UsageDay,
      db.OperatorRefreshToken,
      db.MessageQueue,
      db.MessageDay,
    ].map((m) => m.createIndexes()),
  );
  logger.info({ db: config.platformDbName }, 'platform database connected');
  return db;
}
