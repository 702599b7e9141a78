import { describe, expect, test } from 'vitest';
import { MAX_ALIAS_EXPANSION, parseYamlWithPositions } from '../../src/lib/content/yaml.ts';

const errors = (text: string) => parseYamlWithPositions(text, 'x.yaml').problems.filter((p) => p.severity === 'error');

describe('YAML aliases are limited by what they expand to, not only by their number', () => {
  test('49 aliases of one 16,000-character value (under the alias count, 800,000 characters once expanded) are refused in Vietnamese', () => {
    const text = `long: &s "${'x'.repeat(16_000)}"\nmany: [${Array(49).fill('*s').join(', ')}]\n`;
    expect(errors(text)).toEqual([
      expect.objectContaining({ file: 'x.yaml', line: 1, field: '', message: expect.stringMatching(/^YAML bị từ chối: các bí danh \(alias "\*tên"\) nhân nội dung lên 800\.\d{3} ký tự; hãy viết thẳng giá trị/) }),
    ]);
  });

  test('the billion laughs are refused without being expanded', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [prev, name] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]!])) levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    const result = parseYamlWithPositions(levels.join('\n'), 'x.yaml');
    expect(result.data).toBeNull();
    expect(result.problems[0]!.message).toMatch(/^YAML bị từ chối/);
  });

  test('a few short aliases, and a value as long as the limit allows, are read as written', () => {
    const result = parseYamlWithPositions(`who: &w { name: "Nguyễn Văn A" }\nsigner: *w\nchair: *w\nnote: &n "${'y'.repeat(MAX_ALIAS_EXPANSION / 2 - 100)}"\nagain: *n\n`, 'x.yaml');
    expect(result.problems).toEqual([]);
    expect(result.data).toMatchObject({ signer: { name: 'Nguyễn Văn A' }, chair: { name: 'Nguyễn Văn A' } });
  });

  test('a value that names itself (recursive YAML) is measured without looping', () => {
    expect(() => parseYamlWithPositions('a: &a [1, *a]\n', 'x.yaml')).not.toThrow();
  });
});
