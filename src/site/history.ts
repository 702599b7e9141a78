// The view over time: a unit's history and a campaign's comparison with the one before, from the built campaign views.
import { compareCampaigns, previousCampaign, type CampaignComparison } from '../lib/history/compare.ts';
import { unitHistory, type UnitHistory } from '../lib/history/unit-history.ts';
import { campaignViews, type CampaignView } from './data.ts';
import { number, percent } from './format.ts';

export async function historyOf(view: CampaignView, unitId: string): Promise<UnitHistory> {
	return unitHistory(await campaignViews(), view.campaign.id, unitId);
}

const comparisons = new WeakMap<CampaignView, CampaignComparison | null>();

/** This campaign against the one with the latest earlier plan; undefined for the first campaign. */
export async function comparisonOf(view: CampaignView): Promise<CampaignComparison | undefined> {
	if (!comparisons.has(view)) {
		const previous = previousCampaign(await campaignViews(), view.campaign.id);
		comparisons.set(view, previous ? compareCampaigns(view, previous) : null);
	}
	return comparisons.get(view) ?? undefined;
}

/** The later campaign that compares itself with this one, for a link forward from the older pages. */
export async function laterComparison(view: CampaignView): Promise<CampaignView | undefined> {
	const views = await campaignViews();
	return views.filter((v) => previousCampaign(views, v.campaign.id) === view).at(-1);
}

const signed = new Intl.NumberFormat('vi', { signDisplay: 'exceptZero' });
const signedPoints = new Intl.NumberFormat('vi', { signDisplay: 'exceptZero', maximumFractionDigits: 1 });

/** A count or '—' when the campaign has none. */
export const count = (n: number | undefined) => (n === undefined ? '—' : number(n));
export const rate = (n: number | undefined) => (n === undefined ? '—' : percent(n));
/** A difference in counts, "+3", "−2", "0", or '—'. */
export const countChange = (n: number | undefined) => (n === undefined ? '—' : signed.format(n));
/** A difference of two rates in percentage points, "+12,5 điểm %". */
export const rateChange = (n: number | undefined) => (n === undefined ? '—' : `${signedPoints.format(n * 100)} điểm %`);
