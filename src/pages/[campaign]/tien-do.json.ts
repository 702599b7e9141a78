import type { APIRoute } from 'astro';
import { complianceJson } from '../../lib/export/compliance.ts';
import { campaignPaths, jsonResponse, type ViewProps } from '../../site/endpoints.ts';
import { routes } from '../../site/nav.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) =>
	jsonResponse(
		complianceJson(view.campaign, view.rows, view.units, view.asOf, (id) => routes.unit(view.campaign.id, id))
	);
