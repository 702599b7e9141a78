// Issue 11, hostile input item 2: a Word file can be small and still cost without bound. Its unpacked size is
// capped before the converter unpacks it, and every per-line scan of the converted text is linear.
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, test } from 'vitest';
import { ingestFile, loadIngestContext } from '../../src/lib/ingest/ingest.ts';
import { collectInputs } from '../../src/lib/ingest/inputs.ts';
import { readReport } from '../../src/lib/ingest/read.ts';
import { MAX_DOCX_UNPACKED_BYTES, unpackedSize } from '../../src/lib/ingest/zip-size.ts';
import { snapshot } from '../helpers/cli.ts';
import { validProject } from '../helpers/content-dir.ts';

/** A zip of one deflated entry; `declared` is the size its directory claims (a zip bomb may lie). */
function zipOf(name: string, content: Buffer, declared = content.length): Buffer {
	const data = deflateRawSync(content);
	const file = Buffer.from(name);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt16LE(8, 8);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(declared, 22);
	local.writeUInt16LE(file.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 6);
	central.writeUInt16LE(8, 10);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(declared, 24);
	central.writeUInt16LE(file.length, 28);
	central.writeUInt32LE(0, 42);
	const body = Buffer.concat([local, file, data]);
	const directory = Buffer.concat([central, file]);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(body.length, 16);
	return Buffer.concat([body, directory, end]);
}

const BOMB = Buffer.alloc(MAX_DOCX_UNPACKED_BYTES + 10_000_000, 0x20);

describe('a Word file that unpacks to more than the limit', () => {
	test('is refused before conversion, in Vietnamese, as too large, and nothing is written', async () => {
		const root = validProject();
		mkdirSync(join(root, 'inbox'));
		const input = join(root, 'inbox/bom.docx');
		writeFileSync(input, zipOf('word/document.xml', BOMB));
		const before = snapshot(root);
		const { files } = await collectInputs([input], root);
		const outcome = await ingestFile(files[0]!, loadIngestContext(root));
		expect(outcome).toMatchObject({ status: 'rejected', kind: 'too-large' });
		expect(outcome.problems[0]).toMatchObject({ file: 'inbox/bom.docx', line: 0, field: '' });
		expect(outcome.problems[0]!.message).toMatch(/^tệp Word giải nén ra quá 30 MB/);
		expect(snapshot(root)).toEqual(before);
	});

	test('is caught even when its directory lies about the size: inflation itself is capped', () => {
		expect(() => unpackedSize(zipOf('word/document.xml', BOMB, 1_000))).toThrow(/more than 30000000 bytes/);
	});

	test('a real report is well within the limit', async () => {
		const doc = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo')] }] }));
		expect(unpackedSize(doc)).toBeLessThan(100_000);
	});
});

test(
	'a Word file with one 400,000-character paragraph is read in linear time (47 s for 200,000 before)',
	{ timeout: 60_000 },
	async () => {
		const doc = await Packer.toBuffer(
			new Document({ sections: [{ children: [new Paragraph('Chữ '.repeat(100_000))] }] })
		);
		const read = await readReport('inbox/dai.docx', doc);
		expect('text' in read && read.text.length).toBeGreaterThanOrEqual(399_000);
	}
);
