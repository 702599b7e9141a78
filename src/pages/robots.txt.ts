import type { APIRoute } from 'astro';
import { absolute, routes } from '../site/nav.ts';

// Search engines find the sitemap here; every page may be crawled.
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, routes.sitemap())}\n`, {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
