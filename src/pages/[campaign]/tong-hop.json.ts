import type { APIRoute } from 'astro';
import { synthesisJson } from '../../lib/export/synthesis.ts';
import { campaignPaths, jsonResponse, type ViewProps } from '../../site/endpoints.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) =>
	jsonResponse(synthesisJson(view.campaign, view.synthesis));
