import type { APIRoute } from 'astro';
import { urgingCsv } from '../../lib/export/urging.ts';
import { campaignPaths, csvResponse, type ViewProps } from '../../site/endpoints.ts';

export const getStaticPaths = campaignPaths;
export const GET: APIRoute<ViewProps> = ({ props: { view } }) => csvResponse(urgingCsv(view.campaign, view.urging));
