import type { Middleware, TurnContext } from 'botbuilder';
import type { AppDeps } from './deps.js';
import { tenantRefusals } from './tenant-refusals.js';

/** The tenant ids an activity claims: conversation.tenantId and channelData.tenant.id. */
export function tenantIdsOf(activity: TurnContext['activity']): string[] {
  const ids: string[] = [];
  const conv = activity.conversation as { tenantId?: unknown } | undefined;
  if (typeof conv?.tenantId === 'string') ids.push(conv.tenantId);
  const data = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  if (typeof data?.tenant?.id === 'string') ids.push(data.tenant.id);
  return ids;
}

/**
 * The SDK checks the token, not the tenant: we do. With an allow-list configured (always in
 * production), an activity runs only if it names a tenant and every tenant it names is allowed;
 * otherwise no turn runs and nothing changes but the refusal count: one audit entry per tenant
 * and minute, whatever the number of activities.
 */
export function tenantGuard(deps: AppDeps): Middleware {
  const allowed = new Set(deps.config.allowedTenantIds);
  const refusals = tenantRefusals(deps);
  deps.store.beforeClose?.(() => refusals.close());
  return {
    async onTurn(context, next) {
      if (allowed.size === 0 && deps.config.mode === 'local') return next();
      const ids = tenantIdsOf(context.activity);
      if (ids.length > 0 && ids.every((id) => allowed.has(id))) return next();
      const first = await refusals.refuse(ids, context.activity.from?.aadObjectId ?? 'anonymous');
      // Warn once per tenant and minute; the rest only at debug, so a flood does not flood the log.
      deps.logger[first ? 'warn' : 'debug'](
        { tenantIds: ids, conversationId: context.activity.conversation?.id },
        'activity from a tenant that is not allowed: refused',
      );
    },
  };
}
