import { expect } from 'chai';
import { mayAccess, type AccessRequest } from '../../../domain/access.js';
import type { Person, Unit } from '../../../domain/model.js';

const unit = (id: string, parentId: string | null): Unit =>
  ({ id, name: id, parentId }) as unknown as Unit;
const UNITS = [unit('TOP', null), unit('AE', 'TOP'), unit('HN', 'AE'), unit('SO', 'TOP')];
const person = (p: Partial<Person>): Person => ({
  aadObjectId: 'x',
  upn: null,
  displayName: 'X',
  leads: [],
  hr: null,
  hrUnits: [],
  locale: null,
  ...p,
});
const TR = person({ tr: ['AE'] });

/** A shop steward's rights, each case by hand: they may flag for their units and see nothing. */
const CASES: Array<[who: string, p: Person, request: AccessRequest, expected: string]> = [
  ['TR of AE', TR, { kind: 'tr-flag', unitId: 'AE' }, 'ok'],
  ['TR of AE', TR, { kind: 'tr-flag', unitId: 'HN' }, 'ok'],
  ['TR of AE', TR, { kind: 'tr-flag', unitId: 'SO' }, 'not-your-unit'],
  ['TR of AE', TR, { kind: 'tr-flag', unitId: 'TOP' }, 'not-your-unit'],
  ['TR of AE', TR, { kind: 'unit-aggregates', unitId: 'AE' }, 'not-your-unit'],
  ['TR of AE', TR, { kind: 'employee', unitId: 'HN' }, 'no-role'],
  ['TR of AE', TR, { kind: 'hr-case', unitId: 'HN' }, 'not-hr-for-unit'],
  ['leader of AE', person({ leads: ['AE'] }), { kind: 'tr-flag', unitId: 'HN' }, 'no-role'],
  ['HR admin', person({ hr: 'admin' }), { kind: 'tr-flag', unitId: 'HN' }, 'no-role'],
  ['empty TR list', person({ tr: [] }), { kind: 'tr-flag', unitId: 'HN' }, 'no-role'],
];

describe('shop steward (TR) access', () => {
  for (const [who, p, request, expected] of CASES)
    it(`${who} asks ${request.kind} for ${'unitId' in request ? request.unitId : ''}: ${expected}`, () => {
      const r = mayAccess(p, [p], UNITS, 'personal', request);
      expect(r.ok ? 'ok' : r.reason).to.equal(expected);
    });

  it('when a TR flags from a channel, then it is allowed: the flag names no one', () => {
    expect(mayAccess(TR, [TR], UNITS, 'channel', { kind: 'tr-flag', unitId: 'HN' }).ok).to.equal(
      true,
    );
  });
});
