// The Word template of the campaign, built with the site so the guide and the send page can offer it.
import type { APIRoute } from 'astro';
import { reportTemplate } from '../../lib/template/report-template.ts';
import { campaignPaths, type ViewProps } from '../../site/endpoints.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = async ({ props: { view } }) =>
	new Response(new Blob([(await reportTemplate(view.campaign)) as Uint8Array<ArrayBuffer>]), {
		headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
