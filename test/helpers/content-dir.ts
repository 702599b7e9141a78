import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './temp.ts';

/** Writes files (path → text) into a fresh temporary project root (removed after the test file) and returns it. */
export function makeProject(files: Record<string, string>): string {
	const root = tempDir('so-ket-');
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

export const CAMPAIGN = `title: Sơ kết thử
subject: Kết luận thử
plan: { number: 1-KH/TU, date: 2021-04-06, issuer: Ban Thường vụ Tỉnh ủy }
monitoringOffice: Ban Dân vận Tỉnh ủy
timeZone: Asia/Ho_Chi_Minh
deadlineDayCounts: true
unitTypes:
  - { id: tinh-uy, name: Tỉnh ủy }
  - { id: huyen-uy, name: Huyện ủy }
  - { id: dang-uy-xa, name: Đảng ủy xã }
tiers:
  - id: tinh
    name: Cấp tỉnh
    unitTypes: [tinh-uy]
    review: { date: 2021-05-25 }
  - id: huyen
    name: Cấp huyện
    unitTypes: [huyen-uy]
    review: { date: 2021-05-15 }
    report: { date: 2021-05-15, to: Ban Thường vụ Tỉnh ủy }
  - id: co-so
    name: Cấp cơ sở
    unitTypes: [dang-uy-xa]
    review: { date: 2021-04-30 }
`;

export const ROSTER = `- { id: tinh-uy, name: Tỉnh ủy Thử, tier: tinh, type: tinh-uy }
- { id: huyen-uy-a, name: Huyện ủy A, tier: huyen, type: huyen-uy, parent: tinh-uy }
- { id: xa-a1, name: Đảng ủy xã A1, tier: co-so, type: dang-uy-xa, parent: huyen-uy-a }
- { id: xa-a2, name: Đảng ủy xã A2, tier: co-so, type: dang-uy-xa, parent: huyen-uy-a }
`;

export const BODY = `## I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO

Đảng ủy ban hành kế hoạch thực hiện.

## II. KẾT QUẢ THỰC HIỆN

| Chỉ tiêu | Số liệu |
| --- | --- |
| Hội nghị đối thoại | 12 |

## III. ĐÁNH GIÁ CHUNG

### 1. Ưu điểm

Nhận thức được nâng lên.

### 2. Hạn chế

Một số nơi còn hình thức.

### 3. Nguyên nhân

Cấp ủy chưa sâu sát.

## IV. BÀI HỌC KINH NGHIỆM

1. Phải phát huy vai trò người đứng đầu.
2. Phải lắng nghe ý kiến nhân dân.

## V. PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP

Tiếp tục thực hiện tốt quy chế dân chủ.
`;

export function review(fields: Record<string, string>, body = BODY): string {
	const defaults = { campaign: 'thu', unit: 'xa-a1', form: 'written', heldOn: '2021-04-28', sentOn: '2021-04-29' };
	const fm = Object.entries({ ...defaults, ...fields })
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}: ${v}`)
		.join('\n');
	return `---\n${fm}\n---\n\n${body}`;
}

/** A valid project: campaign "thu", its roster and one report for xa-a1. */
export const validProject = (extra: Record<string, string> = {}) =>
	makeProject({
		'content/campaigns/thu.yaml': CAMPAIGN,
		'content/units/thu.yaml': ROSTER,
		'content/reviews/thu/xa-a1.mdx': review({}),
		...extra,
	});
