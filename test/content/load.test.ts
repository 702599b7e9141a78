import { describe, expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCampaigns, loadContent } from '../../src/lib/content/load.ts';
import { errorsOf, formatProblem } from '../../src/lib/content/problem.ts';
import { CAMPAIGN, ROSTER, makeProject, review, validProject } from '../helpers/content-dir.ts';

const NOW = new Date('2026-11-25T03:00:00Z');
const load = (root: string) => loadContent({ root, now: NOW });
const errorLines = (root: string) => errorsOf(load(root).problems).map(formatProblem);

describe('a valid project', () => {
  test('loads with no errors and resolves the review', () => {
    const content = load(validProject());
    expect(errorsOf(content.problems)).toEqual([]);
    expect(content.campaigns.map((c) => c.id)).toEqual(['thu']);
    expect(content.units).toHaveLength(4);
    const [r] = content.reviews;
    expect(r).toMatchObject({ campaign: 'thu', unit: 'xa-a1', heldOn: '2021-04-28', sentOn: '2021-04-29', form: 'written' });
    expect(r!.lessons.map((l) => l.text)).toEqual(['Phải phát huy vai trò người đứng đầu.', 'Phải lắng nghe ý kiến nhân dân.']);
  });

  test('a late report is valid: marked late later, never rejected', () => {
    const root = validProject({ 'content/reviews/thu/xa-a1.mdx': review({ heldOn: '2021-05-20', sentOn: '2021-05-21' }) });
    expect(errorLines(root)).toEqual([]);
  });

  test('a figure the campaign file does not name is a warning on the figures line, and a named one is not', () => {
    const campaign = `${CAMPAIGN}\nfigures: { dialogueConferences: Hội nghị đối thoại }\n`;
    const root = validProject({
      'content/campaigns/thu.yaml': campaign,
      'content/reviews/thu/xa-a1.mdx': review({ figures: '{ dialogueConferences: 4, hoiNghi: 2 }' }),
    });
    const content = load(root);
    expect(errorsOf(content.problems)).toEqual([]);
    expect(content.problems.map(formatProblem)).toEqual([
      'content/reviews/thu/xa-a1.mdx:7:1  figures  warning: số liệu "hoiNghi" không có trong danh mục số liệu của đợt; hãy dùng tên số liệu của đợt (dialogueConferences) hoặc báo văn phòng bổ sung (no Vietnamese name for figure: add it under figures: in content/campaigns/thu.yaml, or use a figure named there)',
    ]);
    expect(content.reviews[0]!.figures).toEqual({ dialogueConferences: 4, hoiNghi: 2 });
  });

  test('a sent time with an offset is read as a calendar date in the campaign time zone', () => {
    const root = validProject({ 'content/reviews/thu/xa-a1.mdx': review({ heldOn: '2021-04-29', sentOn: '2021-04-29T18:30:00Z' }) });
    expect(load(root).reviews[0]!.sentOn).toBe('2021-04-30');
  });
});

// Each broken input must fail naming the file, the line and the field.
describe.each([
  {
    name: 'a misspelled tier in the roster',
    files: { 'content/units/thu.yaml': ROSTER.replace('tier: huyen,', 'tier: huyenn,') },
    expected: /^content\/units\/thu\.yaml:2:\d+  1\.tier  không có cấp "huyenn" trong kế hoạch; hãy ghi một trong: tinh, huyen, co-so \(unknown tier "huyenn"; the campaign's tiers are: tinh, huyen, co-so\)$/,
  },
  {
    name: 'an unknown unit in a report',
    files: { 'content/reviews/thu/xa-zz.mdx': review({ unit: 'xa-zz' }) },
    expected: /^content\/reviews\/thu\/xa-zz\.mdx:3:1  unit  đơn vị "xa-zz" không có trong danh sách đơn vị của đợt "thu".*\(unit "xa-zz" is not on the roster of campaign "thu"/,
  },
  {
    name: 'an unknown parent',
    files: { 'content/units/thu.yaml': ROSTER.replace('parent: huyen-uy-a }\n- { id: xa-a2', 'parent: huyen-uy-b }\n- { id: xa-a2') },
    expected: /^content\/units\/thu\.yaml:3:\d+  2\.parent  không có đơn vị cấp trên "huyen-uy-b" trong danh sách.*\(unknown parent "huyen-uy-b"/,
  },
  {
    name: 'a parent in a lower tier',
    files: { 'content/units/thu.yaml': ROSTER.replace('parent: tinh-uy', 'parent: xa-a1') },
    expected: /2:\d+  1\.parent  đơn vị cấp trên "xa-a1" ở cấp "co-so", không cao hơn cấp "huyen".*\(parent "xa-a1" is in tier "co-so", which is not above "huyen"/,
  },
  {
    name: 'a unit type outside its tier',
    files: { 'content/units/thu.yaml': ROSTER.replace('type: huyen-uy', 'type: dang-uy-xa') },
    expected: /2:\d+  1\.type  loại hình "dang-uy-xa" không thuộc cấp "huyen".*\(unit type "dang-uy-xa" does not belong to tier "huyen"/,
  },
  {
    name: 'a report sent before the review was held',
    files: { 'content/reviews/thu/xa-a1.mdx': review({ heldOn: '2021-04-28', sentOn: '2021-04-20' }) },
    expected: /xa-a1\.mdx:6:1  sentOn  ngày gửi báo cáo \(20\/4\/2021\) trước ngày tổ chức sơ kết \(28\/4\/2021\).*\(the report is sent \(2021-04-20\) before the review was held \(2021-04-28\)/,
  },
  {
    name: 'an impossible date',
    files: { 'content/reviews/thu/xa-a1.mdx': review({ heldOn: '31/02/2021' }) },
    expected: /xa-a1\.mdx:5:\d+  heldOn  "31\/02\/2021" không phải một ngày đọc được; hãy viết ngày trước, tháng sau \(ngày\/tháng\/năm.*\(not a real calendar date/,
  },
  {
    name: 'a date in the future',
    files: { 'content/reviews/thu/xa-a1.mdx': review({ heldOn: '2027-04-28', sentOn: '2027-04-29' }) },
    expected: /xa-a1\.mdx:5:1  heldOn  “Ngày tổ chức sơ kết” \(heldOn\) là 28\/4\/2027, sau hôm nay .*\(2027-04-28 is in the future/,
  },
  {
    name: 'a file named after another unit',
    files: { 'content/reviews/thu/xa-a2.mdx': review({ unit: 'xa-a1' }) },
    expected: /xa-a2\.mdx:3:1  unit  tệp tên content\/reviews\/thu\/xa-a2\.mdx nhưng phần thông tin ghi đợt "thu", đơn vị "xa-a1".*\(the file is content\/reviews\/thu\/xa-a2\.mdx but its details say campaign "thu", unit "xa-a1"/,
  },
  {
    name: 'an unknown form',
    files: { 'content/reviews/thu/xa-a1.mdx': review({ form: 'online' }) },
    expected: /xa-a1\.mdx:4:\d+  form  “Hình thức sơ kết” \(form\) không nhận giá trị "online": hãy ghi “hội nghị” \(conference\) hoặc “bằng văn bản” \(written\)/,
  },
  {
    name: 'a campaign tier naming an unknown unit type',
    files: { 'content/campaigns/thu.yaml': CAMPAIGN.replace('unitTypes: [huyen-uy]', 'unitTypes: [huyen-ui]') },
    expected: /^content\/campaigns\/thu\.yaml:\d+:\d+  tiers\.1\.unitTypes\.0  không có loại hình "huyen-ui" trong unitTypes.*\(unknown unit type "huyen-ui"/,
  },
  {
    name: 'a missing required section',
    files: { 'content/reviews/thu/xa-a1.mdx': review({}, '## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n\nNội dung.\n') },
    expected: /xa-a1\.mdx:\d+:1  section lessons  Thiếu phần bắt buộc "Bài học kinh nghiệm".*\(the required section "Bài học kinh nghiệm" is missing\)/,
  },
])('$name', ({ files, expected }) => {
  test('fails with the file, line and field', () => {
    const root = makeProject({ 'content/campaigns/thu.yaml': CAMPAIGN, 'content/units/thu.yaml': ROSTER, 'content/reviews/thu/xa-a1.mdx': review({}), ...files });
    const lines = errorLines(root);
    expect(lines.some((l) => expected.test(l)), lines.join('\n')).toBe(true);
  });
});

test('two reports for one unit are both flagged', () => {
  const root = validProject({ 'content/reviews/thu/xa-a1.md': review({}) });
  expect(errorLines(root).filter((l) => l.includes('has more than one report'))).toHaveLength(2);
});

describe('"sent in the future" turns at midnight in the campaign\'s time zone (Asia/Ho_Chi_Minh, UTC+7), not in UTC', () => {
  const root = validProject({ 'content/reviews/thu/xa-a2.mdx': review({ unit: 'xa-a2', sentOn: '2026-12-04' }) });
  const sentOnErrors = (now: string) => errorsOf(loadContent({ root, now: new Date(now) }).problems).filter((p) => p.field === 'sentOn');
  test('one millisecond before midnight in Hà Nội, 4/12 is still tomorrow', () => {
    expect(sentOnErrors('2026-12-03T16:59:59.999Z')).toEqual([
      expect.objectContaining({ file: 'content/reviews/thu/xa-a2.mdx', message: expect.stringMatching(/^“Ngày gửi báo cáo” \(sentOn\) là 4\/12\/2026, sau hôm nay \(3\/12\/2026\).*\(2026-12-04 is in the future \(today is 2026-12-03 in Asia\/Ho_Chi_Minh\)/) }),
    ]);
  });
  test('at midnight in Hà Nội (still 3/12 in UTC) it is today, and accepted', () => {
    expect(sentOnErrors('2026-12-03T17:00:00.000Z')).toEqual([]);
  });
});

test('a campaign file is parsed once while its text is the same (the three loaders of a build share it), again once it changes', () => {
  const root = validProject();
  const contentDir = join(root, 'content');
  const [first] = loadCampaigns(root, contentDir).campaigns;
  expect(loadCampaigns(root, contentDir).campaigns[0]).toBe(first);
  // Shared between loaders, so nobody may change it.
  expect(Object.isFrozen(first!.tiers[0])).toBe(true);
  writeFileSync(join(contentDir, 'campaigns', 'thu.yaml'), CAMPAIGN.replace('Sơ kết thử', 'Sơ kết thử lại'));
  const [changed] = loadCampaigns(root, contentDir).campaigns;
  expect(changed).not.toBe(first);
  expect(changed!.title).toBe('Sơ kết thử lại');
});
