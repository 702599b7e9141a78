// The search page's filters: every value the index holds, with the name a reader knows it by.
import { STATUS_KEYS } from '../lib/compliance/status.ts';
import { filterValues, reviewFacets, type FilterKey, type PageFacets } from '../lib/search/facets.ts';
import type { CampaignView } from './data.ts';
import { formLabel, statusKeyLabel } from './format.ts';
import { nameOrder } from '../lib/text/collation.ts';

/** Vietnamese names of the filters, as the search page heads them. */
export const filterNames: Record<FilterKey, string> = {
	tier: 'Cấp',
	type: 'Loại hình đơn vị',
	parent: 'Đơn vị cấp trên',
	form: 'Hình thức sơ kết',
	status: 'Tình trạng gửi báo cáo',
	campaign: 'Đợt sơ kết',
};

/** Facets of every report page of these campaigns, exactly as the pages give them to the index. */
export function reportFacets(views: readonly CampaignView[]): PageFacets[] {
	return views.flatMap((view) =>
		view.reviews.flatMap((review) => {
			const unit = view.unitById.get(review.unit);
			return unit ? [reviewFacets(view.campaign, unit, review, view.rowByUnit.get(unit.id))] : [];
		})
	);
}

export interface FilterOption {
	value: string;
	label: string;
}

/** Each filter's values with their names, in the order readers expect (tiers top first, statuses by severity, names A–Z). */
export function filterOptions(views: readonly CampaignView[]): Record<FilterKey, FilterOption[]> {
	const values = filterValues(reportFacets(views));
	const named = (key: FilterKey, name: (value: string) => string | undefined, order?: (value: string) => number) => {
		const options = values[key].map((value) => ({ value, label: name(value) ?? value }));
		return order
			? options.sort((a, b) => order(a.value) - order(b.value))
			: options.sort((a, b) => nameOrder.compare(a.label, b.label));
	};
	const tiers = views.flatMap((v) => v.campaign.tiers);
	const types = views.flatMap((v) => v.campaign.unitTypes);
	const rank = (list: readonly { id: string }[] | readonly string[]) => (value: string) =>
		list.findIndex((x) => (typeof x === 'string' ? x : x.id) === value);
	return {
		tier: named('tier', (v) => tiers.find((t) => t.id === v)?.name, rank(tiers)),
		type: named('type', (v) => types.find((t) => t.id === v)?.name, rank(types)),
		parent: named('parent', (v) => views.map((view) => view.unitById.get(v)?.name).find(Boolean)),
		form: named('form', (v) => formLabel[v as keyof typeof formLabel], rank(Object.keys(formLabel))),
		status: named('status', (v) => statusKeyLabel[v as keyof typeof statusKeyLabel], rank(STATUS_KEYS)),
		campaign: named(
			'campaign',
			(v) => views.find((view) => view.campaign.id === v)?.campaign.title,
			rank(views.map((v) => v.campaign))
		),
	};
}
