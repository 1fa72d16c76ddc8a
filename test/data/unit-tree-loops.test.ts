import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { openStore, StoreOpenError } from '../../data/store.js';
import { unitTreeLoops, type StoreData } from '../../data/schema.js';
import { emptyStore } from '../../data/defaults.js';
import { tempDir } from '../helpers/tmp.js';

const NOW = '2026-11-22T08:00:00.000Z';

function unit(id: string, parentId: string | null, name = `Enhed ${id}`) {
  return {
    id,
    name,
    parentId,
    level: parentId === null ? ('kommune' as const) : ('institution' as const),
    unitType: null,
    validFrom: '2020-01-01',
    validTo: null,
    policyId: null,
  };
}

/** A document with these units (and, for contrast, a sound tree beside them). */
function withUnits(units: StoreData['units']): StoreData {
  return { ...emptyStore(NOW), units: [unit('K', null, 'Kommunen'), unit('F', 'K'), ...units] };
}

describe('a unit tree with a loop', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => (tmp = tempDir()));
  afterEach(() => tmp.cleanup());

  async function refusal(data: StoreData): Promise<StoreOpenError> {
    writeFileSync(tmp.file('d.json'), JSON.stringify(data));
    try {
      const store = await openStore(tmp.file('d.json'), { seed: () => emptyStore(NOW) });
      await store.close();
    } catch (err) {
      expect(err).to.be.instanceOf(StoreOpenError);
      return err as StoreOpenError;
    }
    return expect.fail('the store opened');
  }

  it("when unit A's parent is B and B's parent is A, then the file is refused, naming both", async () => {
    const err = await refusal(
      withUnits([unit('A', 'B', 'Solsikken'), unit('B', 'A', 'Hjemmeplejen Nord')]),
    );
    expect(err.code).to.equal('invalid');
    expect(err.message).to.contain(
      'the unit tree has a loop: A (Solsikken) → B (Hjemmeplejen Nord) → A (Solsikken)',
    );
    expect(err.message).to.contain('Refusing to start');
  });

  it('when a unit is its own parent, then the file is refused, naming it', async () => {
    const err = await refusal(withUnits([unit('S', 'S', 'Selvet')]));
    expect(err.message).to.contain('the unit tree has a loop: S (Selvet) → S (Selvet)');
  });

  it('when a loop hangs below sound units, then only the loop is named', async () => {
    const err = await refusal(
      withUnits([unit('X', 'F'), unit('A', 'C'), unit('B', 'A'), unit('C', 'B'), unit('D', 'C')]),
    );
    expect(err.message).to.match(/loop: [ABC] \(Enhed [ABC]\) → [ABC] .* → [ABC] .* → [ABC]/);
    expect(err.message).to.not.match(/\b[XDFK] \(/);
  });

  it('when the tree is sound (or a parent is unknown), then the file opens', async () => {
    writeFileSync(
      tmp.file('d.json'),
      JSON.stringify(withUnits([unit('A', 'F'), unit('B', 'A'), unit('O', 'gone')])),
    );
    const store = await openStore(tmp.file('d.json'), { seed: () => emptyStore(NOW) });
    expect(store.read().units).to.have.length(5);
    await store.close();
  });
});

describe('unitTreeLoops', () => {
  const cases: Array<[string, Array<[string, string | null]>, string[][]]> = [
    ['no units', [], []],
    [
      'a chain',
      [
        ['A', null],
        ['B', 'A'],
        ['C', 'B'],
      ],
      [],
    ],
    ['a self-loop', [['A', 'A']], [['A']]],
    [
      'two loops',
      [
        ['A', 'B'],
        ['B', 'A'],
        ['C', 'D'],
        ['D', 'E'],
        ['E', 'C'],
      ],
      [
        ['A', 'B'],
        ['C', 'D', 'E'],
      ],
    ],
    [
      'a tail into a loop',
      [
        ['T', 'A'],
        ['A', 'B'],
        ['B', 'A'],
      ],
      [['A', 'B']],
    ],
  ];
  for (const [name, pairs, loops] of cases) {
    it(`finds the loops in ${name}`, () => {
      const units = pairs.map(([id, parentId]) => ({ id, parentId }));
      expect(unitTreeLoops(units)).to.deep.equal(loops);
    });
  }

  it('when the tree is a chain 50,000 deep, listed leaf first, then it finds no loop (no recursion)', () => {
    const units = Array.from({ length: 50_000 }, (_, i) => ({
      id: `u${i}`,
      parentId: i === 0 ? null : `u${i - 1}`,
    })).reverse();
    expect(unitTreeLoops(units)).to.deep.equal([]);
  });
});
