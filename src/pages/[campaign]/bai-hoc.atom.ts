import type { APIRoute } from 'astro';
import { lessonsFeed } from '../../lib/publish/feeds.ts';
import { campaignPaths, feedLinks, feedResponse, type ViewProps } from '../../site/endpoints.ts';
import { lessonsOf } from '../../site/data.ts';
import { routes } from '../../site/nav.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view }, site }) =>
	feedResponse(
		lessonsFeed(
			view.campaign,
			lessonsOf(view),
			new Map(view.reviews.map((r) => [r.unit, r.sentOn])),
			feedLinks(site, view.campaign.id, routes.lessonsFeed(view.campaign.id), routes.lessons(view.campaign.id))
		)
	);
