import type { APIRoute } from 'astro';
import { complianceCsv } from '../../lib/export/compliance.ts';
import { campaignPaths, csvResponse, type ViewProps } from '../../site/endpoints.ts';
import { routes } from '../../site/nav.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) =>
	csvResponse(complianceCsv(view.campaign, view.rows, view.units, (id) => routes.unit(view.campaign.id, id)));
