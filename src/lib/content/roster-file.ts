import { vietnameseErrorMap } from '../schema/messages.ts';
import { rosterSchema } from '../schema/unit.ts';
import type { CampaignRecord, Unit } from '../model.ts';
import { problem, type Problem } from './problem.ts';
import { parseYamlWithPositions, schemaProblems } from './yaml.ts';

/** Reads `content/units/<campaign>.yaml`, the roster of every unit expected to report, and checks it against its campaign. */
export function readRoster(text: string, file: string, campaign: CampaignRecord | undefined): { units: Unit[]; problems: Problem[] } {
  const campaignId = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  const yaml = parseYamlWithPositions(text, file);
  const problems = [...yaml.problems];
  const at = (path: PropertyKey[], field: string, message: string): Problem => problem(file, message, { ...yaml.locate(path), field });
  if (!campaign) {
    problems.push(problem(file, `không có đợt sơ kết "${campaignId}": danh sách đơn vị phải đặt tên theo tệp kế hoạch trong content/campaigns/ (there is no campaign "${campaignId}": a roster is named after its campaign file in content/campaigns/)`));
    return { units: [], problems };
  }
  if (problems.some((p) => p.severity === 'error')) return { units: [], problems };
  const parsed = rosterSchema.safeParse(yaml.data, { reportInput: true, error: vietnameseErrorMap });
  if (!parsed.success) return { units: [], problems: [...problems, ...schemaProblems(parsed.error, yaml, file)] };

  const tiers = new Map(campaign.tiers.map((t, i) => [t.id, { tier: t, index: i }]));
  const seen = new Map<string, number>();
  parsed.data.forEach((unit, i) => {
    if (seen.has(unit.id)) problems.push(at([i, 'id'], `${i}.id`, `mã đơn vị "${unit.id}" đã dùng ở mục thứ ${seen.get(unit.id)! + 1}; mỗi đơn vị cần một mã riêng (unit id "${unit.id}" is already used by entry ${seen.get(unit.id)! + 1}; every unit needs its own id)`));
    seen.set(unit.id, i);
    unit.formerly?.forEach((id, j) => {
      if (id === unit.id) problems.push(at([i, 'formerly', j], `${i}.formerly.${j}`, `"${id}" là mã của chính đơn vị này; formerly: chỉ ghi mã cũ (ở các đợt trước) của đơn vị đã sáp nhập hoặc đổi tên thành đơn vị này ("${id}" is this unit's own id; formerly: lists only the other ids, on earlier rosters, of units merged into or renamed to this one)`));
    });
    const tier = tiers.get(unit.tier);
    if (!tier) {
      problems.push(at([i, 'tier'], `${i}.tier`, `không có cấp "${unit.tier}" trong kế hoạch; hãy ghi một trong: ${[...tiers.keys()].join(', ')} (unknown tier "${unit.tier}"; the campaign's tiers are: ${[...tiers.keys()].join(', ')})`));
    } else if (!tier.tier.unitTypes.includes(unit.type)) {
      const known = campaign.unitTypes.some((t) => t.id === unit.type);
      problems.push(
        at([i, 'type'], `${i}.type`, known
          ? `loại hình "${unit.type}" không thuộc cấp "${unit.tier}"; cấp này gồm: ${tier.tier.unitTypes.join(', ')} (unit type "${unit.type}" does not belong to tier "${unit.tier}"; that tier takes: ${tier.tier.unitTypes.join(', ')})`
          : `không có loại hình "${unit.type}" trong kế hoạch; hãy ghi một trong: ${campaign.unitTypes.map((t) => t.id).join(', ')} (unknown unit type "${unit.type}"; the campaign's unit types are: ${campaign.unitTypes.map((t) => t.id).join(', ')})`),
      );
    }
  });
  problems.push(...parentProblems(parsed.data, tiers, at));
  return { units: parsed.data.map((u) => ({ ...u, campaign: campaign.id })), problems };
}

type TierIndex = Map<string, { index: number }>;
type At = (path: PropertyKey[], field: string, message: string) => Problem;

// The parent chain must be sound: parents exist, sit in a higher tier, and every chain ends at the top tier.
function parentProblems(units: readonly { id: string; tier: string; parent?: string | undefined }[], tiers: TierIndex, at: At): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(units.map((u, i) => [u.id, { unit: u, i }]));
  units.forEach((unit, i) => {
    const tierIndex = tiers.get(unit.tier)?.index;
    if (tierIndex === undefined) return;
    if (unit.parent === undefined) {
      if (tierIndex !== 0) problems.push(at([i], `${i}.parent`, `đơn vị "${unit.id}" chưa ghi đơn vị cấp trên (parent); chỉ đơn vị cấp cao nhất mới không có (unit "${unit.id}" has no parent; only units of the top tier may have none)`));
      return;
    }
    const parent = byId.get(unit.parent);
    if (!parent) {
      problems.push(at([i, 'parent'], `${i}.parent`, `không có đơn vị cấp trên "${unit.parent}" trong danh sách; kiểm tra lại mã (unknown parent "${unit.parent}": no unit with that id is on the roster)`));
      return;
    }
    const parentTier = tiers.get(parent.unit.tier)?.index;
    if (parentTier !== undefined && parentTier >= tierIndex)
      problems.push(at([i, 'parent'], `${i}.parent`, `đơn vị cấp trên "${unit.parent}" ở cấp "${parent.unit.tier}", không cao hơn cấp "${unit.tier}"; kiểm tra lại parent hoặc tier (parent "${unit.parent}" is in tier "${parent.unit.tier}", which is not above "${unit.tier}")`));
    const chain = new Set([unit.id]);
    for (let p: typeof parent | undefined = parent; p; p = p.unit.parent ? byId.get(p.unit.parent) : undefined) {
      if (chain.has(p.unit.id)) {
        problems.push(at([i, 'parent'], `${i}.parent`, `chuỗi đơn vị cấp trên của "${unit.id}" quay vòng: ${[...chain, p.unit.id].join(' → ')}; sửa một parent (the parent chain of "${unit.id}" loops back on itself)`));
        break;
      }
      chain.add(p.unit.id);
    }
  });
  return problems;
}
