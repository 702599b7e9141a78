import type { APIRoute } from 'astro';
import { synthesisCsv } from '../../lib/export/synthesis.ts';
import { campaignPaths, csvResponse, type ViewProps } from '../../site/endpoints.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) => csvResponse(synthesisCsv(view.synthesis));
