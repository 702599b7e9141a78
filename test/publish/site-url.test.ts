import { expect, test } from 'vitest';
import { basePathFromEnv, siteUrlFromEnv } from '../../src/lib/publish/site-url.ts';

test('SITE_URL gives the origin; its path is the base path unless BASE_PATH says otherwise', () => {
	expect(siteUrlFromEnv({})).toBe('http://localhost:4321');
	expect(siteUrlFromEnv({ SITE_URL: 'https://so-ket.example.gov.vn/' })).toBe('https://so-ket.example.gov.vn');
	// GitLab's CI_PAGES_URL and GitHub's base_url carry the project's path.
	const gitlab = { SITE_URL: 'https://tinh-uy.gitlab.io/so-ket' };
	expect([siteUrlFromEnv(gitlab), basePathFromEnv(gitlab)]).toEqual(['https://tinh-uy.gitlab.io', '/so-ket/']);
	expect(basePathFromEnv({ ...gitlab, BASE_PATH: '/' })).toBe('/');
	expect(basePathFromEnv({})).toBe('/');
	expect(basePathFromEnv({ BASE_PATH: 'so-ket' })).toBe('/so-ket/');
	expect(basePathFromEnv({ BASE_PATH: '//a//b/' })).toBe('/a/b/');
});

test('addresses that cannot be published are refused with what to write instead', () => {
	expect(() => siteUrlFromEnv({ SITE_URL: 'so-ket.example.gov.vn' })).toThrow(/https:\/\/so-ket.example.gov.vn/);
	expect(() => siteUrlFromEnv({ SITE_URL: 'ftp://example.gov.vn' })).toThrow(/https:\/\//);
	expect(() => basePathFromEnv({ BASE_PATH: '/so ket/' })).toThrow(/BASE_PATH=\/so-ket\//);
	expect(() => basePathFromEnv({ BASE_PATH: '/../etc/' })).toThrow();
});
