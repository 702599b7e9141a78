// What the send page checks against: every campaign and roster, as the build loaded them (fetched only by that page).
import type { APIRoute } from 'astro';
import { campaignViews } from '../../site/data.ts';
import { jsonResponse } from '../../site/endpoints.ts';
import type { SendPageData } from '../../client/send-data.ts';

export const GET: APIRoute = async () => {
	const views = await campaignViews();
	const data: SendPageData = { campaigns: views.map((v) => v.campaign), units: views.flatMap((v) => v.units) };
	return jsonResponse(data);
};
