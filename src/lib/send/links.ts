// Where the send page sends a checked report: the git host's new-file editor, or an email to the office.
import type { z } from 'astro/zod';
import type { sendingSchema } from '../schema/campaign.ts';

export type Sending = z.output<typeof sendingSchema>;
export type Repository = NonNullable<Sending['repository']>;

/**
 * Longest new-file URL the page opens with the report in it: browsers and the hosts' front servers cut or refuse
 * longer ones (GitHub answers 414 above about 8 KB of query); a longer report is copied to the clipboard instead.
 */
export const MAX_URL_LENGTH = 8000;

const trim = (url: string) => url.replace(/\/+$/, '');
const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** The editor to open, and whether the report's text is in it (otherwise the page copies it for pasting). */
export interface NewFileLink {
	url: string;
	carriesText: boolean;
}

/**
 * The host's web editor creating `path`, with `text` in it when the URL can carry it. A person without write access is
 * offered a fork and a pull request by GitHub and Gitea, a merge request by GitLab. Gitea and Forgejo take the file's
 * path but not its content in the URL, so their text is always pasted.
 */
export function newFileLink(repo: Repository, path: string, text: string): NewFileLink {
	const withText = newFileUrl(repo, path, text);
	if (repo.host !== 'gitea' && withText.length <= MAX_URL_LENGTH) return { url: withText, carriesText: true };
	return { url: newFileUrl(repo, path, ''), carriesText: false };
}

function newFileUrl(repo: Repository, path: string, text: string): string {
	const base = trim(repo.url);
	const slash = path.lastIndexOf('/');
	const folder = path.slice(0, slash);
	const name = path.slice(slash + 1);
	const branch = encodeURIComponent(repo.branch);
	const message = `Báo cáo sơ kết: ${path}`;
	switch (repo.host) {
		case 'github':
			return `${base}/new/${branch}/${encodePath(folder)}?${new URLSearchParams({ filename: name, ...(text && { value: text }), message })}`;
		case 'gitlab':
			return `${base}/-/new/${branch}/${encodePath(folder)}?${new URLSearchParams({ file_name: name, ...(text && { content: text }), commit_message: message })}`;
		case 'gitea':
			return `${base}/_new/${branch}/${encodePath(path)}`;
	}
}

/** A mailto: link to the office with subject and body filled in; the clerk attaches the downloaded file. */
export function mailtoUrl(to: string | undefined, office: string, unitName: string, fileName: string): string {
	const subject = `Báo cáo sơ kết - ${unitName}`;
	const body = `Kính gửi ${office},\n\n${unitName} gửi báo cáo sơ kết (tệp đính kèm: ${fileName}), đã kiểm tra trên trang gửi báo cáo.\n\nTrân trọng.`;
	return `mailto:${to ?? ''}?${new URLSearchParams({ subject, body }).toString().replace(/\+/g, '%20')}`;
}
