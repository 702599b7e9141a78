import type { APIRoute } from 'astro';
import { reportsFeed } from '../../lib/publish/feeds.ts';
import { campaignPaths, feedLinks, feedResponse, type ViewProps } from '../../site/endpoints.ts';
import { routes } from '../../site/nav.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view }, site }) =>
	feedResponse(
		reportsFeed(
			view.campaign,
			view.rows,
			feedLinks(site, view.campaign.id, routes.reportsFeed(view.campaign.id), routes.campaign(view.campaign.id))
		)
	);
