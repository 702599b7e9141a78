import { z } from 'astro/zod';

/** A URL-safe identifier: lowercase ASCII letters, digits and single hyphens. Cannot escape a folder. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id in a content file: campaigns, units, tiers, unit types, lesson themes. */
export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'must be a URL-safe id: lowercase a-z, digits and single hyphens (e.g. "xa-an-binh")');
