// Static endpoints (downloads) share their paths and response shapes.
import { campaignViews, type CampaignView } from './data.ts';

export async function campaignPaths() {
  return (await campaignViews()).map((view) => ({ params: { campaign: view.campaign.id }, props: { view } }));
}
export type ViewProps = { view: CampaignView };

export const csvResponse = (text: string) => new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (data: unknown) => new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
