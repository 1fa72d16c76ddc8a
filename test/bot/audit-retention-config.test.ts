import { expect } from 'chai';
import { loadConfig } from '../../bot/config.js';

describe('AUDIT_RETENTION_DAYS', () => {
  it('when unset, then audit entries are kept 1825 days (5 years)', () => {
    expect(loadConfig({}).auditRetentionDays).to.equal(1825);
  });

  it('when set, then that many days', () => {
    expect(loadConfig({ AUDIT_RETENTION_DAYS: '365' }).auditRetentionDays).to.equal(365);
  });

  for (const bad of ['5', '0', '-1', '2.5', 'five']) {
    it(`when set to ${bad}, then the configuration is refused`, () => {
      expect(() => loadConfig({ AUDIT_RETENTION_DAYS: bad })).to.throw(/AUDIT_RETENTION_DAYS/);
    });
  }
});
