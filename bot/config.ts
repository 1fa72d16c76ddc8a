/**
 * Configuration: one zod-parsed object from the environment (Teams Toolkit names), parsed once.
 * Local mode (BOT_ID empty): binds 127.0.0.1 only, authentication is off, CLOCK_NOW and
 * LOCAL_USER are allowed. Production mode (BOT_ID set): needs a credential and
 * ALLOWED_TENANT_IDS, and refuses CLOCK_NOW / LOCAL_USER.
 */
import { z } from 'zod';
import type { Locale } from '../domain/model.js';

export const LOCAL_USERS = ['leader', 'chief', 'hr', 'employee', 'none'] as const;
export type LocalUser = (typeof LOCAL_USERS)[number];

const csv = z
  .string()
  .optional()
  .transform((s) =>
    (s ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );

const envSchema = z.object({
  BOT_ID: z.string().trim().optional().default(''),
  BOT_PASSWORD: z.string().optional().default(''),
  BOT_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).optional(),
  BOT_TENANT_ID: z.string().trim().optional().default(''),
  PORT: z.coerce.number().int().min(0).max(65535).optional().default(3978),
  HOST: z.string().trim().optional(),
  DATA_FILE: z.string().trim().min(1).optional().default('.data/naervaer.json'),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(postgres(ql)?:\/\/.+)?$/, 'DATABASE_URL must be a postgres:// URL')
    .optional(),
  ALLOWED_TENANT_IDS: csv,
  DEFAULT_LOCALE: z.enum(['da', 'en']).optional().default('da'),
  CLOCK_NOW: z.iso.datetime({ offset: true }).optional(),
  LOCAL_USER: z.enum(LOCAL_USERS).optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .optional()
    .default('info'),
  SEND_RATE_PER_SECOND: z.coerce.number().positive().max(50).optional().default(40),
  SEND_RATE_PER_CONVERSATION_PER_SECOND: z.coerce.number().positive().max(7).optional().default(7),
  DEMO_EMPLOYEES: z.coerce.number().int().min(20).max(100000).optional().default(1500),
  /**
   * How long audit entries are kept, in days (default 1825 = 5 years); older ones are pruned.
   * At least 30, so that a typo cannot empty the log.
   */
  AUDIT_RETENTION_DAYS: z.coerce.number().int().min(30).max(36500).optional().default(1825),
  /** The tab's SSO: the app registration's id URI (the token's audience) and its OpenID metadata. */
  TAB_APP_ID_URI: z.string().trim().optional().default(''),
  TAB_OPENID_METADATA: z
    .url()
    .optional()
    .default('https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'),
});

export interface Config {
  mode: 'local' | 'production';
  botId: string;
  botPassword: string;
  botType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  botTenantId: string;
  port: number;
  host: string;
  dataFile: string;
  /** PostgreSQL instead of the lowdb file (null: the file). */
  databaseUrl: string | null;
  allowedTenantIds: string[];
  defaultLocale: Locale;
  clockNow: string | null;
  localUser: LocalUser | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  sendRatePerSecond: number;
  sendRatePerConversationPerSecond: number;
  demoEmployees: number;
  auditRetentionDays: number;
  /** Empty: the tab accepts no token (in local mode LOCAL_USER stands in). */
  tabAppIdUri: string;
  tabOpenIdMetadata: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function productionProblems(e: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  const type = e.BOT_TYPE ?? 'MultiTenant';
  if (type !== 'UserAssignedMSI' && e.BOT_PASSWORD === '')
    problems.push('BOT_PASSWORD is required when BOT_ID is set (or use BOT_TYPE=UserAssignedMSI)');
  if (type !== 'MultiTenant' && e.BOT_TENANT_ID === '')
    problems.push(`BOT_TENANT_ID is required for BOT_TYPE=${type}`);
  if (e.ALLOWED_TENANT_IDS.length === 0)
    problems.push('ALLOWED_TENANT_IDS is required when BOT_ID is set (comma-separated tenant ids)');
  if (e.CLOCK_NOW !== undefined)
    problems.push('CLOCK_NOW is only allowed in local mode (BOT_ID empty)');
  if (e.LOCAL_USER !== undefined)
    problems.push('LOCAL_USER is only allowed in local mode (BOT_ID empty)');
  if (e.HOST !== undefined && e.HOST === '') problems.push('HOST must not be empty');
  return problems;
}

/** Parses the environment once; throws ConfigError with every problem listed. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const mode = e.BOT_ID === '' ? 'local' : 'production';
  if (mode === 'production') {
    const problems = productionProblems(e);
    if (problems.length > 0) throw new ConfigError(problems);
  }
  return {
    mode,
    botId: e.BOT_ID,
    botPassword: e.BOT_PASSWORD,
    botType: e.BOT_TYPE ?? 'MultiTenant',
    botTenantId: e.BOT_TENANT_ID,
    port: e.PORT,
    host: mode === 'local' ? '127.0.0.1' : (e.HOST ?? '0.0.0.0'),
    dataFile: e.DATA_FILE,
    databaseUrl: e.DATABASE_URL || null,
    allowedTenantIds: e.ALLOWED_TENANT_IDS,
    defaultLocale: e.DEFAULT_LOCALE,
    clockNow: e.CLOCK_NOW ?? null,
    localUser: mode === 'local' ? (e.LOCAL_USER ?? null) : null,
    logLevel: e.LOG_LEVEL,
    sendRatePerSecond: e.SEND_RATE_PER_SECOND,
    sendRatePerConversationPerSecond: e.SEND_RATE_PER_CONVERSATION_PER_SECOND,
    demoEmployees: e.DEMO_EMPLOYEES,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    tabAppIdUri: e.TAB_APP_ID_URI,
    tabOpenIdMetadata: e.TAB_OPENID_METADATA,
  };
}

/** The process environment, read here and nowhere else. */
export function loadConfigFromEnvironment(): Config {
  return loadConfig(process.env);
}
