import { vietnameseErrorMap } from '../schema/messages.ts';
import { campaignSchema } from '../schema/campaign.ts';
import type { CampaignRecord } from '../model.ts';
import { problem, type Problem } from './problem.ts';
import { parseYamlWithPositions, schemaProblems } from './yaml.ts';
import { slug } from '../schema/slug.ts';

/** Reads `content/campaigns/<id>.yaml`; the file name is the campaign id. */
export function readCampaign(text: string, file: string): { campaign?: CampaignRecord; problems: Problem[] } {
  const id = file.split('/').pop()!.replace(/\.ya?ml$/, '');
  const yaml = parseYamlWithPositions(text, file);
  const problems = [...yaml.problems];
  if (!slug.safeParse(id).success)
    problems.push(problem(file, `tên tệp "${id}" chỉ gồm chữ thường không dấu a-z, chữ số và dấu gạch nối, ví dụ kl120-2021.yaml (the file name must be a URL-safe id (lowercase a-z, digits, hyphens), e.g. kl120-2021.yaml)`));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  const parsed = campaignSchema.safeParse(yaml.data, { reportInput: true, error: vietnameseErrorMap });
  if (!parsed.success) return { problems: [...problems, ...schemaProblems(parsed.error, yaml, file)] };
  return { campaign: { id, ...parsed.data }, problems };
}
