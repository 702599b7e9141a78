// A synthetic campaign: the plan, a roster of N + 3% units and N reports, reproducible from a seed.
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldDiacritics } from '../src/lib/text/diacritics.ts';
import { Random } from './random.ts';
import { PLACE_SYLLABLES } from './vocabulary.ts';
import { reportFile, type ReportUnit } from './report.ts';

export const BENCH_CAMPAIGN = 'so-ket-thu';
/** As of this day every status appears: on time, late, missing, pending (a planned date) and (for the province) not yet due. */
export const BENCH_AS_OF = '2021-05-20';

const CAMPAIGN_YAML = `title: Sơ kết 05 năm thực hiện quy chế dân chủ ở cơ sở (dữ liệu thử hiệu năng)
subject: Kết luận số 120-KL/TW về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở
plan: { number: 15-KH/TU, date: 2021-04-06, issuer: Ban Thường vụ Tỉnh ủy }
monitoringOffice: Ban Dân vận Tỉnh ủy
timeZone: Asia/Ho_Chi_Minh
deadlineDayCounts: true
sample: true
unitTypes:
  - { id: tinh-uy, name: Tỉnh ủy }
  - { id: huyen-uy, name: Huyện ủy, thị ủy, thành ủy }
  - { id: dang-uy-truc-thuoc, name: Đảng ủy trực thuộc Tỉnh ủy }
  - { id: dang-uy-xa, name: Đảng ủy xã, phường, thị trấn }
  - { id: co-so-co-quan, name: Tổ chức cơ sở đảng trong cơ quan hành chính nhà nước }
  - { id: co-so-doanh-nghiep, name: Tổ chức cơ sở đảng trong doanh nghiệp }
tiers:
  - id: tinh
    name: Cấp tỉnh
    unitTypes: [tinh-uy]
    review: { date: 2021-05-25 }
  - id: huyen
    name: Cấp huyện và tương đương
    unitTypes: [huyen-uy, dang-uy-truc-thuoc]
    review: { date: 2021-05-15, tentative: true, wording: Cấp huyện dự kiến hoàn thành sơ kết trước ngày 15/5/2021 }
    report: { date: 2021-05-15, to: Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy) }
  - id: co-so
    name: Cấp cơ sở
    unitTypes: [dang-uy-xa, co-so-co-quan, co-so-doanh-nghiep]
    review: { date: 2021-04-30 }
lessonThemes:
  - { id: nguoi-dung-dau, name: Vai trò của cấp ủy và người đứng đầu, phrases: [người đứng đầu, cấp ủy, gương mẫu] }
  - { id: tuyen-truyen, name: Tuyên truyền, nâng cao nhận thức, phrases: [tuyên truyền, nhận thức] }
  - { id: kiem-tra, name: Kiểm tra, giám sát, phrases: [kiểm tra, giám sát] }
  - { id: phong-trao, name: Gắn với phong trào thi đua, phrases: [phong trào, thi đua] }
figures:
  dialogueConferences: Hội nghị đối thoại
  peopleInspections: Vụ việc Ban Thanh tra nhân dân kiến nghị
`;

interface RosterUnit extends ReportUnit {
	type: string;
	parent?: string;
}

const ascii = (text: string) =>
	foldDiacritics(text)
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
const pad = (n: number) => String(n).padStart(2, '0');
const day = (from: string, offset: number) => {
	const d = new Date(`${from}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + offset);
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

const CO_SO = [
	{ type: 'dang-uy-xa', prefix: 'Đảng ủy xã', short: 'xã', share: 0.7 },
	{ type: 'dang-uy-xa', prefix: 'Đảng ủy phường', short: 'phường', share: 0.1 },
	{ type: 'co-so-co-quan', prefix: 'Chi bộ Phòng Nội vụ', short: 'Phòng Nội vụ', share: 0.1 },
	{ type: 'co-so-doanh-nghiep', prefix: 'Đảng bộ Công ty Cổ phần', short: 'Công ty', share: 0.1 },
];

/** The roster: one province, a district per ~100 units, the rest grassroots units spread over the districts. */
function roster(random: Random, size: number): RosterUnit[] {
	const campaign = BENCH_CAMPAIGN;
	const units: RosterUnit[] = [
		{ campaign, id: 'tinh-uy-son-ha', name: 'Tỉnh ủy Sơn Hà', shortName: 'Tỉnh ủy', tier: 'tinh', type: 'tinh-uy' },
	];
	const districts = Math.max(1, Math.round(size / 100));
	const taken = new Set<string>();
	// Names do not repeat within one scope (one parent and kind), as in a real district; they may across districts.
	const place = (scope: string) => {
		for (let attempt = 1; ; attempt++) {
			const name = `${random.pick(PLACE_SYLLABLES)} ${random.pick(PLACE_SYLLABLES)}${attempt > 50 ? ` ${attempt}` : ''}`;
			if (!taken.has(`${scope}/${name}`)) {
				taken.add(`${scope}/${name}`);
				return name;
			}
		}
	};
	for (let i = 1; i <= districts && units.length < size; i++) {
		const name = place('huyen');
		const agency = i % 10 === 0;
		units.push({
			campaign,
			id: `${agency ? 'dang-uy-khoi' : 'huyen-uy'}-${ascii(name)}-${i}`,
			name: agency ? `Đảng ủy Khối ${name}` : `Huyện ủy ${name}`,
			shortName: agency ? `Đảng ủy Khối ${name}` : `huyện ${name}`,
			tier: 'huyen',
			type: agency ? 'dang-uy-truc-thuoc' : 'huyen-uy',
			parent: 'tinh-uy-son-ha',
		});
	}
	for (let i = 1; units.length < size; i++) {
		const r = random.next();
		let acc = 0;
		const kind = CO_SO.find((k) => (acc += k.share) > r) ?? CO_SO[0]!;
		const parent = units[1 + random.int(0, districts - 1)]!;
		const name = place(`${parent.id}/${kind.prefix}`);
		units.push({
			campaign,
			id: `${ascii(kind.short)}-${ascii(name)}-${i}`,
			name: `${kind.prefix} ${name}`,
			shortName: `${kind.short} ${name}`,
			tier: 'co-so',
			type: kind.type,
			parent: parent.id,
		});
	}
	return units;
}

/** When a unit held its review and sent its report: mostly on time, some late (by the tier's deadline). */
function dates(random: Random, unit: RosterUnit) {
	const deadline = unit.tier === 'co-so' ? '2021-04-30' : unit.tier === 'huyen' ? '2021-05-15' : '2021-05-18';
	const heldOn = day(
		deadline,
		unit.tier === 'tinh' ? -3 : -random.int(0, 8) + (random.chance(0.12) ? random.int(1, 4) : 0)
	);
	return { heldOn, sentOn: day(heldOn, random.int(0, 2)) };
}

export interface GeneratedCampaign {
	/** The content folder (campaigns/, units/, reviews/). */
	contentDir: string;
	/** Report files relative to the content folder, in roster order. */
	reports: string[];
	/** The short name of each report's unit, as its text writes it ("xã An Bình"), in the same order. */
	unitNames: string[];
	units: number;
}

const rosterYaml = (units: readonly RosterUnit[]) =>
	`${units.map((u) => `- { id: ${u.id}, name: ${u.name}, tier: ${u.tier}, type: ${u.type}${u.parent ? `, parent: ${u.parent}` : ''} }`).join('\n')}\n`;

/**
 * Units that send no report: the province (its review is not yet due as of BENCH_AS_OF), the last district when
 * two or more units are missing (so a planned date shows as pending), and grassroots units spread evenly.
 */
function silentUnits(units: readonly RosterUnit[], missing: number): Set<string> {
	const silent = new Set([units[0]!.id]);
	const districts = units.filter((u) => u.tier === 'huyen');
	if (missing >= 2 && districts.length >= 2) silent.add(districts.at(-1)!.id);
	const grassroots = units.filter((u) => u.tier === 'co-so');
	const rest = missing - silent.size;
	for (let k = 0; k < rest; k++) silent.add(grassroots[Math.floor(((k + 0.5) * grassroots.length) / rest)]!.id);
	return silent;
}

/**
 * Writes a campaign with `reports` reports into `contentDir`. The roster has 3% more units (at least one more),
 * which never report. Reports are written one at a time, so 50,000 of them never sit in memory together.
 */
export function generateCampaign(
	contentDir: string,
	reports: number,
	seed = 120,
	onProgress?: (done: number, total: number) => void,
	write = true
): GeneratedCampaign {
	const random = new Random(seed);
	const units = roster(random, reports + Math.max(1, Math.round(reports * 0.03)));
	if (write) {
		mkdirSync(join(contentDir, 'campaigns'), { recursive: true });
		mkdirSync(join(contentDir, 'units'), { recursive: true });
		mkdirSync(join(contentDir, 'reviews', BENCH_CAMPAIGN), { recursive: true });
		writeFileSync(join(contentDir, 'campaigns', `${BENCH_CAMPAIGN}.yaml`), CAMPAIGN_YAML);
		writeFileSync(join(contentDir, 'units', `${BENCH_CAMPAIGN}.yaml`), rosterYaml(units));
	}
	const silent = silentUnits(units, units.length - reports);
	const files: string[] = [];
	const unitNames: string[] = [];
	for (const unit of units) {
		if (silent.has(unit.id)) continue;
		const file = `reviews/${BENCH_CAMPAIGN}/${unit.id}.mdx`;
		// The text is made even when not written: the generator's random sequence runs through it.
		const text = reportFile(random, unit, dates(random, unit));
		if (write) writeFileSync(join(contentDir, file), text);
		files.push(file);
		unitNames.push(unit.shortName);
		if (files.length % 500 === 0) onProgress?.(files.length, reports);
	}
	onProgress?.(files.length, reports);
	return { contentDir, reports: files, unitNames, units: units.length };
}

/** What {@link generateCampaign} would write for `reports` and `seed`, without writing it: for content made earlier. */
export const describeCampaign = (contentDir: string, reports: number, seed = 120) =>
	generateCampaign(contentDir, reports, seed, undefined, false);

/**
 * Whether `contentDir` holds the campaign `described` says, report for report: a folder left by an interrupted or
 * other-sized run is not (reused as is, it would be measured under the wrong number of reports).
 */
export function holdsCampaign(described: GeneratedCampaign): boolean {
	const reviews = join(described.contentDir, 'reviews', BENCH_CAMPAIGN);
	return (
		existsSync(join(described.contentDir, 'units', `${BENCH_CAMPAIGN}.yaml`)) &&
		existsSync(reviews) &&
		readdirSync(reviews).length === described.reports.length &&
		described.reports.every((file) => existsSync(join(described.contentDir, file)))
	);
}

/** Changes one report's text as a unit sending a corrected version would: a dated sentence added at its end. */
export function reviseReport(path: string, revision: number): void {
	appendFileSync(path, `\nBáo cáo được bổ sung, chỉnh sửa lần thứ ${revision} theo ý kiến của Ban Dân vận Tỉnh ủy.\n`);
}
