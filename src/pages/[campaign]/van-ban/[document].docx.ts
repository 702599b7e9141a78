// The office's Word documents, built with the site as of its date (docs/party-documents.md).
import type { APIRoute } from 'astro';
import { officeDocuments, type OfficeDocument } from '../../../lib/documents/documents.ts';
import { campaignViews } from '../../../site/data.ts';

export async function getStaticPaths() {
  return (await campaignViews()).flatMap((view) => officeDocuments(view).map((doc) => ({ params: { campaign: view.campaign.id, document: doc.name }, props: { doc } })));
}

export const GET: APIRoute<{ doc: OfficeDocument }> = async ({ props: { doc } }) =>
  new Response(await doc.bytes(), { headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' } });
