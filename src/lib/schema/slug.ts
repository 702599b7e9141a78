import { z } from 'astro/zod';

/** A URL-safe identifier: lowercase ASCII letters, digits and single hyphens. Cannot escape a folder. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id in a content file: campaigns, units, tiers, unit types, lesson themes. */
export const slug = z
	.string()
	.regex(
		SLUG_PATTERN,
		'mã chỉ gồm chữ thường không dấu a-z, chữ số và dấu gạch nối, ví dụ "xa-an-binh"; hãy chọn đơn vị trong danh sách hoặc chép đúng mã (must be a URL-safe id: lowercase a-z, digits and single hyphens (e.g. "xa-an-binh"))'
	);
