import { expect, test } from 'vitest';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { readRoster } from '../../src/lib/content/roster-file.ts';
import { formerlyProblems } from '../../src/lib/content/load.ts';
import type { Unit } from '../../src/lib/model.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const old = { ...readCampaign(CAMPAIGN, 'content/campaigns/cu.yaml').campaign!, id: 'cu' };
const later = { ...old, id: 'moi', plan: { ...old.plan, date: '2025-10-20' } };
const unit = (campaign: string, id: string, formerly?: string[]): Unit => ({ id, name: id, tier: 'tinh', type: 'tinh-uy', campaign, ...(formerly && { formerly }) });

test('formerly: is read from the roster, and listing the unit\'s own id there is refused on its line', () => {
  const { units, problems } = readRoster('- { id: tinh, name: Tỉnh ủy, tier: tinh, type: tinh-uy, formerly: [tinh-cu, tinh] }\n', 'content/units/moi.yaml', later);
  expect(units[0]!.formerly).toEqual(['tinh-cu', 'tinh']);
  expect(problems).toMatchObject([{ line: 1, field: '0.formerly.1', severity: 'error' }]);
});

test('a formerly: id on no earlier roster is a warning naming it; one on an earlier roster, or the later one\'s, is not accepted as earlier', () => {
  const units = [unit('cu', 'a'), unit('moi', 'b', ['a']), unit('moi', 'c', ['typo']), unit('cu', 'd', ['b'])];
  const problems = formerlyProblems([old, later], units);
  expect(problems.map((p) => [p.file, p.field, p.severity])).toEqual([
    ['content/units/moi.yaml', 'c.formerly', 'warning'],
    // "b" exists, but only on the later roster: an earlier campaign cannot continue a later unit.
    ['content/units/cu.yaml', 'd.formerly', 'warning'],
  ]);
  expect(problems[0]!.message).toContain('"typo"');
});
