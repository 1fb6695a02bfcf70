/**
 * "a mentor" but "an investor" (issue 17, `settings.labels`): the English indefinite article for
 * a word an event chose, by its first sound as far as its spelling tells; the usual exceptions
 * ("a university", "a user", "an hour") are spelled out.
 */
export function withArticle(word: string): string {
  return `${anBefore(word) ? 'an' : 'a'} ${word}`;
}

function anBefore(word: string): boolean {
  if (/^(uni|use|usu|uti|eu|ewe|one|once)/iu.test(word)) return false;
  if (/^(hour|honest|honou?r|heir)/iu.test(word)) return true;
  // An acronym read letter by letter: "an MBA student", "an SME owner", "a VC".
  if (/^[A-Z]{2,}\b/u.test(word)) return /^[AEFHILMNORSX]/u.test(word);
  return /^[aeiou]/iu.test(word);
}

/** "mentors'" but "导师's": the possessive of a plural, with the apostrophe the sentence uses. */
export function pluralPossessive(plural: string, apostrophe: string): string {
  return plural.endsWith('s') ? `${plural}${apostrophe}` : `${plural}${apostrophe}s`;
}
