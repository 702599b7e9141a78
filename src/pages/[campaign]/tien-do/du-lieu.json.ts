import type { APIRoute } from 'astro';
import { tableData } from '../../../lib/export/table-data.ts';
import { campaignPaths, type ViewProps } from '../../../site/endpoints.ts';

// The unit tables' working copy for the browser (filter and sort over every unit): compact, one line, not pretty-printed.
export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) =>
	new Response(JSON.stringify(tableData(view.campaign, view.rows, view.asOf)), {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
