import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { campaignSchema } from './lib/schema/campaign.ts';
import { unitSchema } from './lib/schema/unit.ts';
import { slug } from './lib/schema/slug.ts';
import type { StoredReport } from './loaders/reviews.ts';
import { campaignsLoader } from './loaders/campaigns.ts';
import { unitsLoader } from './loaders/units.ts';
import { reviewsLoader } from './loaders/reviews.ts';

const campaigns = defineCollection({ loader: campaignsLoader(), schema: campaignSchema });

const units = defineCollection({
	loader: unitsLoader(),
	schema: unitSchema.extend({ campaign: slug }),
});

// Reports are checked by the loader with located errors; this schema only types what it stores.
const reviews = defineCollection({
	loader: reviewsLoader(),
	schema: z.custom<StoredReport>(),
});

export const collections = { campaigns, units, reviews };
