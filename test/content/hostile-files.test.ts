// Issue 11, hostile input items 3–5: what a pull request can carry into content/ (links to /proc/self/environ or
// /dev/zero, FIFOs, oversized files, values that are workflow commands) is refused by validate and by the build's
// loader with the file named, a Vietnamese message, a bounded read, and nothing echoed but a short excerpt.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content/load.ts';
import { errorsOf } from '../../src/lib/content/problem.ts';
import { readContentFile } from '../../src/lib/content/read-file.ts';
import { MAX_REPORT_BYTES } from '../../src/lib/ingest/limits.ts';
import { runScript, snapshot } from '../helpers/cli.ts';
import { review, validProject } from '../helpers/content-dir.ts';

const A2 = 'content/reviews/thu/xa-a2.mdx';
const errorsFor = (root: string, file: string) => errorsOf(loadContent({ root }).problems).filter((p) => p.file === file);

describe('validate and the build loader refuse what is not a plain file under content/', () => {
  test('a campaign file linked to /proc/self/environ: refused as a link, the environment never printed', async () => {
    const root = validProject();
    symlinkSync('/proc/self/environ', join(root, 'content/campaigns/leak.yaml'));
    const before = snapshot(root);
    const result = await runScript('validate', [], root, { SO_KET_SECRET: 'bi-mat-khong-duoc-lo' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('content/campaigns/leak.yaml:0:0  -  tệp là một liên kết (symbolic link)');
    expect(result.stdout + result.stderr).not.toContain('bi-mat-khong-duoc-lo');
    expect(snapshot(root)).toEqual(before);
  });

  test('a report linked to /dev/zero: refused without reading it', () => {
    const root = validProject();
    symlinkSync('/dev/zero', join(root, A2));
    expect(errorsFor(root, A2)).toMatchObject([{ line: 0, field: '', message: expect.stringMatching(/^tệp là một liên kết/) }]);
  });

  test('a link to /dev/zero is refused by the reader itself even if followed, reading at most the limit + 1 bytes', () => {
    const read = readContentFile('/dev/zero', 'x.mdx', 1_000);
    expect(read).toMatchObject({ problem: { file: 'x.mdx', message: expect.stringMatching(/^đây không phải tệp thường/) } });
  });

  test('a FIFO in place of a report: refused, never waited on', () => {
    const root = validProject();
    execFileSync('mkfifo', [join(root, A2)]);
    expect(errorsFor(root, A2)).toMatchObject([{ line: 0, message: expect.stringMatching(/^đây không phải tệp thường \(thư mục, thiết bị hay ống dẫn\)/) }]);
  });

  test('a campaign folder of reports that is a link: refused, not followed', () => {
    const root = validProject();
    renameSync(join(root, 'content/reviews/thu'), join(root, 'ngoai'));
    symlinkSync(join(root, 'ngoai'), join(root, 'content/reviews/thu'));
    const problems = errorsOf(loadContent({ root }).problems);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/reviews/thu', message: expect.stringMatching(/^tệp là một liên kết/) }));
    expect(problems.some((p) => p.file.startsWith('content/reviews/thu/'))).toBe(false);
  });

  test('a report over the size limit is refused before it is parsed, with the limit in the message', () => {
    const root = validProject({ [A2]: review({ unit: 'xa-a2' }) + 'Nội dung rất dài. '.repeat(MAX_REPORT_BYTES / 15) });
    const seen: string[] = [];
    const problems = errorsOf(loadContent({ root, process: (_s, file) => (seen.push(file), { sections: [], lessons: [], html: '', words: 0, fieldLines: {}, problems: [] }) }).problems);
    expect(problems.filter((p) => p.file === A2)).toMatchObject([{ line: 0, message: expect.stringMatching(/^tệp lớn [\d,]+ MB \(\d+ byte\), quá giới hạn 1 MB/) }]);
    expect(seen).not.toContain(A2);
  });

  test('a report that makes the processor throw is a problem naming the file, not a crash naming none', () => {
    const root = validProject();
    const problems = errorsOf(loadContent({ root, process: () => { throw new RangeError('Maximum call stack size exceeded'); } }).problems);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/reviews/thu/xa-a1.mdx', message: expect.stringMatching(/^lỗi không lường trước.*Maximum call stack/) }));
  });
});

describe('user-derived text reaches the terminal and GitHub Actions as one inert line', () => {
  const hostile = '"x\\n::add-mask::bi-mat\\n::stop-commands::dung\\u001b[31mĐỎ\\u2028"';

  test('no workflow command, control character or ANSI escape survives, in annotations or in plain lines', async () => {
    const root = validProject({ [A2]: review({ unit: 'xa-a2', form: hostile }) });
    const result = await runScript('validate', [], root, { GITHUB_ACTIONS: 'true' });
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines.filter((l) => /^::(?!error |warning )/.test(l))).toEqual([]);
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/u);
    expect(result.stdout).toContain('\\u{1b}[31mĐỎ');
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=content\/reviews\/thu\/xa-a2\.mdx,line=4,col=7,title=form::“Hình thức sơ kết” \(form\) không nhận giá trị "x ::add-mask::bi-mat ::stop-commands::dung\\u\{1b\}\[31mĐỎ"/));
  });

  test('a long bad value is echoed only as a short excerpt', () => {
    const root = validProject({ [A2]: review({ unit: 'xa-a2', form: 'z'.repeat(100_000) }) });
    const [problem] = errorsFor(root, A2);
    expect(problem).toMatchObject({ field: 'form', line: 4 });
    // The value is quoted once, cut to a short excerpt; the rest of the message says what to write.
    expect(problem!.message.match(/z+/g)).toEqual(['z'.repeat(79)]);
    expect(problem!.message.length).toBeLessThan(400);
  });

  test('a file name with a newline and an escape is printed on one line by ingest', async () => {
    const root = validProject();
    const inbox = join(root, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a\n::add-mask::x\u001b[2J.mdx'), 'không có thông tin');
    const result = await runScript('ingest', ['inbox', '--dry-run'], root);
    expect(result.stdout.split('\n').filter((l) => l.startsWith('::'))).toEqual([]);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('a\\u{a}::add-mask::x\\u{1b}[2J.mdx');
  });
});
