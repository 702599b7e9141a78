import { z } from 'astro/zod';

/** A URL-safe identifier: lowercase ASCII letters, digits and single hyphens. Cannot escape a folder. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a URL-safe id: lowercase a-z, digits and single hyphens (e.g. "xa-an-binh")');
