// Phone numbers inside free-text contacts ("Văn phòng Tỉnh ủy, ĐT 0239 3855 100"), so a phone can dial them.

/** A Vietnamese number: 0 or +84, then 8–10 more digits, grouped by spaces, dots or hyphens. */
const PHONE = /(?:\+84|\b0)(?:[ .-]?\d){8,10}\b/g;

export type ContactPart = { text: string; tel?: string };

/** Splits a contact into text and phone numbers; each number carries the digits a `tel:` link dials. */
export function contactParts(contact: string): ContactPart[] {
	const parts: ContactPart[] = [];
	let last = 0;
	for (const match of contact.matchAll(PHONE)) {
		if (match.index > last) parts.push({ text: contact.slice(last, match.index) });
		parts.push({ text: match[0], tel: match[0].replace(/[^\d+]/g, '') });
		last = match.index + match[0].length;
	}
	if (last < contact.length) parts.push({ text: contact.slice(last) });
	return parts;
}
