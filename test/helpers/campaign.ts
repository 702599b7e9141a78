// The smallest campaign file the schema accepts: one type, one tier. Tests add what they check.
export const minimalCampaign = {
	title: 't',
	subject: 's',
	plan: { number: '1-KH/TU', date: '2021-04-06', issuer: 'x' },
	monitoringOffice: 'm',
	timeZone: 'Asia/Ho_Chi_Minh',
	deadlineDayCounts: true,
	unitTypes: [{ id: 'a', name: 'A' }],
	tiers: [{ id: 't', name: 'T', unitTypes: ['a'] }],
};
