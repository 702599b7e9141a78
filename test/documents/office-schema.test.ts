import { expect, test } from 'vitest';
import { readCampaign } from '../../src/lib/content/campaign-file.ts';
import { CAMPAIGN } from '../helpers/content-dir.ts';

const OFFICE = `office:
  superior: Tỉnh ủy Thử
  name: Ban Dân vận
  code: BDVTU
  place: Thử
  signer: { authority: [T/M BAN THƯỜNG VỤ], name: Trần Văn Một }
  recipients: { synthesis: [Thường trực Tỉnh ủy] }
  contact: đồng chí Hai, ĐT 0239 3852 217
`;

test('an office block is optional, and when given its defaults fill the archive line, numbers and reply days', () => {
	expect(readCampaign(CAMPAIGN, 'content/campaigns/thu.yaml').campaign!.office).toBeUndefined();
	const { campaign, problems } = readCampaign(`${CAMPAIGN}\n${OFFICE}`, 'content/campaigns/thu.yaml');
	expect(problems).toEqual([]);
	expect(campaign!.office).toMatchObject({
		archive: 'Lưu Văn phòng',
		numbers: {},
		replyWithinDays: 5,
		recipients: { urging: [] },
	});
});

test('an office block without its signer, or with a spaced body code, is refused where it is written', () => {
	const { problems } = readCampaign(
		`${CAMPAIGN}\n${OFFICE.replace(/  signer:.*\n/, '').replace('code: BDVTU', 'code: BD VTU')}`,
		'content/campaigns/thu.yaml'
	);
	expect(problems.map((p) => p.field).sort()).toEqual(['office.code', 'office.signer']);
	expect(problems.every((p) => p.line > 0)).toBe(true);
});
