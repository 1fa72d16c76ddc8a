import { expect } from 'chai';
import { ConfigError, loadConfig } from '../../bot/config.js';

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (err) {
    expect(err).to.be.instanceOf(ConfigError);
    return (err as ConfigError).problems.join('\n');
  }
}

describe('loadConfig', () => {
  it('when BOT_ID is empty, then it is local mode on 127.0.0.1 with the defaults', () => {
    const c = loadConfig({});
    expect(c).to.include({
      mode: 'local',
      host: '127.0.0.1',
      port: 3978,
      dataFile: '.data/naervaer.json',
      defaultLocale: 'da',
    });
    expect(c.allowedTenantIds).to.deep.equal([]);
  });

  it('when local, then CLOCK_NOW and LOCAL_USER are accepted', () => {
    const c = loadConfig({ CLOCK_NOW: '2026-03-29T07:00:00+02:00', LOCAL_USER: 'chief' });
    expect(c.clockNow).to.equal('2026-03-29T07:00:00+02:00');
    expect(c.localUser).to.equal('chief');
  });

  it('when BOT_ID is set without a password or tenant allow-list, then it refuses with both reasons', () => {
    const p = problems({ BOT_ID: '11111111-2222-3333-4444-555555555555' });
    expect(p).to.match(/BOT_PASSWORD is required/);
    expect(p).to.match(/ALLOWED_TENANT_IDS is required/);
  });

  it('when production has CLOCK_NOW or LOCAL_USER, then it refuses (time travel is local only)', () => {
    const p = problems({
      BOT_ID: '11111111-2222-3333-4444-555555555555',
      BOT_PASSWORD: 'x',
      ALLOWED_TENANT_IDS: 't1',
      CLOCK_NOW: '2026-01-01T00:00:00Z',
      LOCAL_USER: 'hr',
    });
    expect(p).to.match(/CLOCK_NOW is only allowed in local mode/);
    expect(p).to.match(/LOCAL_USER is only allowed in local mode/);
  });

  it('when production is complete, then it binds all interfaces and parses the tenant list', () => {
    const c = loadConfig({
      BOT_ID: 'b',
      BOT_PASSWORD: 'p',
      ALLOWED_TENANT_IDS: ' t1, t2 ,',
      DEFAULT_LOCALE: 'en',
    });
    expect(c).to.include({ mode: 'production', host: '0.0.0.0', defaultLocale: 'en' });
    expect(c.allowedTenantIds).to.deep.equal(['t1', 't2']);
  });

  it('when SingleTenant lacks BOT_TENANT_ID or values are malformed, then it says which', () => {
    expect(
      problems({
        BOT_ID: 'b',
        BOT_PASSWORD: 'p',
        ALLOWED_TENANT_IDS: 't',
        BOT_TYPE: 'SingleTenant',
      }),
    ).to.match(/BOT_TENANT_ID is required/);
    expect(problems({ PORT: 'eighty' })).to.match(/PORT/);
    expect(problems({ DEFAULT_LOCALE: 'sv' })).to.match(/DEFAULT_LOCALE/);
    expect(problems({ CLOCK_NOW: 'tomorrow' })).to.match(/CLOCK_NOW/);
    expect(problems({ LOCAL_USER: 'admin' })).to.match(/LOCAL_USER/);
  });

  it('when the managed identity is used, then no password is needed', () => {
    const c = loadConfig({
      BOT_ID: 'b',
      BOT_TYPE: 'UserAssignedMSI',
      BOT_TENANT_ID: 't',
      ALLOWED_TENANT_IDS: 't',
    });
    expect(c.mode).to.equal('production');
  });
});
