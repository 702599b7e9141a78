import { expect, test } from 'vitest';
import { campaignMoment } from '../../src/lib/content/as-of.ts';

const ZONE = 'Asia/Ho_Chi_Minh';
const today = new Date('2026-12-03T08:00:00Z');

test('a campaign built after it closed is shown as of its closing day, and says it is closed', () => {
  expect(campaignMoment({ timeZone: ZONE, closedOn: '2021-06-15' }, {}, today)).toEqual({ asOf: '2021-06-15', closed: true });
});

test('a campaign still open, or with no closing day, is shown as of today', () => {
  expect(campaignMoment({ timeZone: ZONE, closedOn: '2027-01-01' }, {}, today)).toEqual({ asOf: '2026-12-03', closed: false });
  expect(campaignMoment({ timeZone: ZONE }, {}, today)).toEqual({ asOf: '2026-12-03', closed: false });
});

test('AS_OF overrides the closing day either way', () => {
  expect(campaignMoment({ timeZone: ZONE, closedOn: '2021-06-15' }, { AS_OF: '2021-05-20' }, today)).toEqual({ asOf: '2021-05-20', closed: false });
  expect(campaignMoment({ timeZone: ZONE, closedOn: '2021-06-15' }, { AS_OF: '2021-07-01' }, today)).toEqual({ asOf: '2021-07-01', closed: true });
});
