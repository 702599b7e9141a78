// Static endpoints (downloads) share their paths and response shapes.
import { campaignViews, type CampaignView } from './data.ts';
import { absolute, routes } from './nav.ts';
import type { FeedLinks } from '../lib/publish/feeds.ts';

export async function campaignPaths() {
	return (await campaignViews()).map((view) => ({ params: { campaign: view.campaign.id }, props: { view } }));
}
export type ViewProps = { view: CampaignView };

export const csvResponse = (text: string) =>
	new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (data: unknown) =>
	new Response(`${JSON.stringify(data, null, 2)}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
export const feedResponse = (xml: string) =>
	new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });

/** A campaign feed's absolute addresses, from the site URL and base path the build was given. */
export const feedLinks = (site: URL | undefined, campaign: string, self: string, page: string): FeedLinks => ({
	self: absolute(site, self),
	page: absolute(site, page),
	unit: (unit) => absolute(site, routes.unit(campaign, unit)),
	lessonPage: (tier, theme) => absolute(site, routes.lessonPage(campaign, tier, theme)),
});
