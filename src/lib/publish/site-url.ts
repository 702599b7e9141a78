// Where the site is published, set once: SITE_URL (origin, e.g. https://so-ket.example.gov.vn) and BASE_PATH (the
// sub-path it is served under, e.g. /so-ket/). Canonical links, the sitemap and the feeds all read these two.

/** Environment variable: the origin the site is published at. */
export const SITE_URL_VARIABLE = 'SITE_URL';
/** Environment variable: the path the site is served under, "/" at the root of its host. */
export const BASE_PATH_VARIABLE = 'BASE_PATH';

/** The published origin with no trailing slash; localhost (astro preview) when unset. Refused loudly if not http(s). */
export function siteUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
	const value = env[SITE_URL_VARIABLE]?.trim() || 'http://localhost:4321';
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`${SITE_URL_VARIABLE}="${value}" không phải địa chỉ trang web: hãy ghi đầy đủ, ví dụ ${SITE_URL_VARIABLE}=https://so-ket.example.gov.vn (not an address; write it in full)`
		);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new Error(
			`${SITE_URL_VARIABLE}="${value}" phải bắt đầu bằng https:// hoặc http:// (must start with https:// or http://)`
		);
	// A path given in SITE_URL (as GitHub's configure-pages gives base_url) is the base path, not part of the origin.
	return url.origin;
}

/** The base path, with one leading and one trailing slash: "/" when unset; the path of SITE_URL when only it has one. */
export function basePathFromEnv(env: Record<string, string | undefined> = process.env): string {
	const given = env[BASE_PATH_VARIABLE]?.trim() || pathOf(env[SITE_URL_VARIABLE]) || '/';
	const parts = given.split('/').filter(Boolean);
	for (const part of parts)
		if (!/^[A-Za-z0-9._~-]+$/.test(part) || part === '.' || part === '..')
			throw new Error(
				`${BASE_PATH_VARIABLE}="${given}" chỉ được có chữ không dấu, chữ số, ".", "_", "~", "-" giữa các dấu "/", ví dụ ${BASE_PATH_VARIABLE}=/so-ket/ (letters, digits, . _ ~ - between slashes only)`
			);
	return parts.length ? `/${parts.join('/')}/` : '/';
}

function pathOf(url: string | undefined): string | undefined {
	try {
		return url ? new URL(url.trim()).pathname : undefined;
	} catch {
		return undefined;
	}
}
