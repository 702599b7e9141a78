// Word matching shared by the lessons filter and the theme classifier: a typed word or phrase, found at word
// boundaries (letters, marks and digits make up words), with or without its diacritics.
import { foldDiacritics } from './diacritics.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{M}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{M}\\p{N}])';

/** True when folding would change the text: it was written with diacritics. */
export const hasDiacritics = (text: string) => foldDiacritics(text) !== text;

/** `text` at the start of a word ("kinh ngh" while typing "kinh nghiệm"). */
export const wordStartPattern = (text: string) => new RegExp(`${NOT_AFTER_WORD}${escape(text)}`, 'u');

/** `text` as whole words: "dân" not inside "dẫn" once folded, "công" not in "cộng đồng". */
export const wholeWordPattern = (text: string) => new RegExp(`${NOT_AFTER_WORD}${escape(text)}${NOT_BEFORE_WORD}`, 'u');
