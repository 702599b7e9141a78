import { expect, test } from 'vitest';
import { asOfFromEnv, campaignMoment } from '../../src/lib/content/as-of.ts';

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

test.each(['2021-02-30', '20/13/2021', 'hôm qua', '2021-5-20x'])('an AS_OF of %j is refused in Vietnamese, saying how to write it', (value) => {
  expect(() => asOfFromEnv(ZONE, { AS_OF: value }, today)).toThrow(
    new RegExp(`^biến môi trường AS_OF="${value}" không phải một ngày có thật; hãy viết YYYY-MM-DD hoặc D/M/YYYY, ví dụ AS_OF=2021-05-20, hoặc bỏ AS_OF`),
  );
});

test('an AS_OF written D/M/YYYY is read as that day', () => {
  expect(asOfFromEnv(ZONE, { AS_OF: '20/5/2021' }, today)).toBe('2021-05-20');
});
