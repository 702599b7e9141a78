import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CampaignRecord, Review, Unit } from '../model.ts';
import { processReport, processSafely, type ProcessedReport } from '../report/process.ts';
import { readCampaign } from './campaign-file.ts';
import { readRoster } from './roster-file.ts';
import { checkReview, reviewContext, toReview } from './review-file.ts';
import { problem, type Problem } from './problem.ts';
import { readContentFile } from './read-file.ts';
import { MAX_CAMPAIGN_BYTES, MAX_REPORT_BYTES, MAX_ROSTER_BYTES } from '../ingest/limits.ts';

/** All content of a site, checked exactly as the build checks it. */
export interface Content {
  campaigns: CampaignRecord[];
  units: Unit[];
  reviews: Review[];
  problems: Problem[];
}

export interface LoadOptions {
  /** Project root; paths in problems are relative to it. */
  root: string;
  /** Folder holding campaigns/, units/ and reviews/ (default: <root>/content). */
  contentDir?: string;
  now?: Date;
  /** Reuses processing of unchanged reports (see report/html-cache.ts). */
  process?: (source: string, file: string) => ProcessedReport;
  onProgress?: (done: number, total: number) => void;
}

// A folder that is a link is not followed (a pull request can carry links); nor is a link inside one.
const isFolder = (dir: string) => lstatSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
/** Names in `dir` matching `pattern` that are not folders: files, and links and devices, which reading refuses. */
const list = (dir: string, pattern: RegExp) =>
  isFolder(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => !e.isDirectory() && pattern.test(e.name)).map((e) => e.name).sort() : [];
const rel = (root: string, path: string) => relative(root, path).split(sep).join('/');

// The three loaders of a build each need the campaigns: a file is parsed once while its text is the same.
const campaignCache = new Map<string, { text: string; file: string; result: ReturnType<typeof readCampaign> }>();

function readCampaignOnce(path: string, file: string, text: string): ReturnType<typeof readCampaign> {
  const cached = campaignCache.get(path);
  if (cached?.text === text && cached.file === file) return cached.result;
  const result = readCampaign(text, file);
  if (result.campaign) deepFreeze(result.campaign);
  campaignCache.set(path, { text, file, result });
  return result;
}

// Shared between callers, so nobody may change it.
const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

export function loadCampaigns(root: string, contentDir: string) {
  const problems: Problem[] = [];
  const campaigns: CampaignRecord[] = [];
  for (const name of list(join(contentDir, 'campaigns'), /\.ya?ml$/)) {
    const path = join(contentDir, 'campaigns', name);
    const read = readContentFile(path, rel(root, path), MAX_CAMPAIGN_BYTES);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = readCampaignOnce(path, rel(root, path), read.text);
    problems.push(...result.problems);
    if (result.campaign) campaigns.push(result.campaign);
  }
  return { campaigns, problems };
}

// The units and reviews loaders both need the rosters in one build; a roster of thousands of units takes a second to
// parse with positions, so the last reading of each file is kept and reused while its text and campaign are the same.
const rosterCache = new Map<string, { text: string; key: string; result: ReturnType<typeof readRoster> }>();

function readRosterOnce(path: string, file: string, campaign: CampaignRecord | undefined): ReturnType<typeof readRoster> {
  const read = readContentFile(path, file, MAX_ROSTER_BYTES);
  if ('problem' in read) return { units: [], problems: [read.problem] };
  const { text } = read;
  const key = JSON.stringify([file, campaign ?? null]);
  const cached = rosterCache.get(path);
  if (cached?.text === text && cached.key === key) return cached.result;
  const result = readRoster(text, file, campaign);
  // Shared between callers, so nobody may change it.
  for (const unit of result.units) Object.freeze(unit);
  rosterCache.set(path, { text, key, result: Object.freeze({ units: Object.freeze(result.units), problems: Object.freeze(result.problems) }) as typeof result });
  return rosterCache.get(path)!.result;
}

export function loadRosters(root: string, contentDir: string, campaigns: readonly CampaignRecord[]) {
  const problems: Problem[] = [];
  const units: Unit[] = [];
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  for (const name of list(join(contentDir, 'units'), /\.ya?ml$/)) {
    const path = join(contentDir, 'units', name);
    const result = readRosterOnce(path, rel(root, path), byId.get(name.replace(/\.ya?ml$/, '')));
    problems.push(...result.problems);
    units.push(...result.units);
  }
  problems.push(...formerlyProblems(campaigns, units));
  for (const c of campaigns)
    if (!units.some((u) => u.campaign === c.id))
      problems.push(problem(`content/campaigns/${c.id}.yaml`, `đợt "${c.id}" chưa có danh sách đơn vị; hãy thêm content/units/${c.id}.yaml liệt kê mọi đơn vị phải báo cáo (campaign "${c.id}" has no roster; add content/units/${c.id}.yaml listing every unit expected to report)`));
  return { units, problems };
}

/**
 * Files of every report, as paths relative to root. A campaign folder that is a link is listed as a file, so reading
 * it refuses it with a message instead of the build following it.
 */
export function reviewFiles(root: string, contentDir: string): string[] {
  const base = join(contentDir, 'reviews');
  if (!isFolder(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && (e.isDirectory() || e.isSymbolicLink()))
    .map((e) => e.name)
    .sort()
    .flatMap((campaign) => (isFolder(join(base, campaign)) ? list(join(base, campaign), /^[^.].*\.mdx?$/).map((f) => join(base, campaign, f)) : [join(base, campaign)]))
    .map((path) => rel(root, path));
}

/** Reads one report of content/ within the report size limit, before anything parses it. */
export const readReviewFile = (root: string, file: string) => readContentFile(join(root, file), file, MAX_REPORT_BYTES);


/** Loads and checks the whole content folder. */
export function loadContent(options: LoadOptions): Content {
  const { root, now = new Date(), process = processReport } = options;
  const contentDir = options.contentDir ?? join(root, 'content');
  const { campaigns, problems } = loadCampaigns(root, contentDir);
  const rosters = loadRosters(root, contentDir, campaigns);
  problems.push(...rosters.problems);
  const ctx = reviewContext(campaigns, rosters.units, now);
  const reviews: Review[] = [];
  const files = reviewFiles(root, contentDir);
  files.forEach((file, i) => {
    const read = readReviewFile(root, file);
    if ('problem' in read) {
      problems.push(read.problem);
      options.onProgress?.(i + 1, files.length);
      return;
    }
    const processed = processSafely(process, read.text, file);
    problems.push(...checkReview(file, processed, ctx));
    const review = toReview(file, processed, ctx);
    if (review) reviews.push(review);
    options.onProgress?.(i + 1, files.length);
  });
  problems.push(...duplicateReviews(reviews));
  return { campaigns, units: rosters.units, reviews, problems };
}

/** One review per unit per campaign: a second file for the same unit is an error on both. */
export function duplicateReviews(reviews: readonly Review[]): Problem[] {
  const byUnit = Map.groupBy(reviews, (r) => `${r.campaign}/${r.unit}`);
  return [...byUnit.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) =>
      group.map((r) =>
        problem(
          r.file,
          `đơn vị "${r.unit}" có hơn một báo cáo trong đợt "${r.campaign}" (${group.map((g) => g.file).join(', ')}); hãy giữ một tệp, xóa các tệp kia (unit "${r.unit}" has more than one report in campaign "${r.campaign}"; keep one)`,
          { line: 1, column: 1, field: 'unit' },
        ),
      ),
    );
}

/** A `formerly:` id found on no earlier campaign's roster is most likely mistyped: the history would silently miss it. */
export function formerlyProblems(campaigns: readonly CampaignRecord[], units: readonly Unit[]): Problem[] {
  const planDate = new Map(campaigns.map((c) => [c.id, c.plan.date]));
  const rosterIds = Map.groupBy(units, (u) => u.campaign);
  return units.flatMap((unit) =>
    (unit.formerly ?? []).flatMap((id) => {
      const earlier = campaigns.filter((c) => c.plan.date < planDate.get(unit.campaign)!);
      if (earlier.some((c) => rosterIds.get(c.id)?.some((u) => u.id === id))) return [];
      return [problem(
        `content/units/${unit.campaign}.yaml`,
        `"${id}" trong formerly: của "${unit.id}" không có trong danh sách đơn vị của đợt trước nào (${earlier.map((c) => c.id).join(', ') || 'chưa có đợt trước'}); kiểm tra lại mã cũ ("${id}" in formerly: of "${unit.id}" is on no earlier campaign's roster; check the spelling of the earlier unit's id)`,
        { field: `${unit.id}.formerly`, severity: 'warning' },
      )];
    }),
  );
}
