/** Lower-case ASCII words joined by hyphens: "Nagorno-Karabakh’s former" → "nagorno-karabakh-s-former". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Ids are the source's slug and the fact's subject, so they survive edits elsewhere in the source;
 * a subject that repeats gets -2, -3 in the order the source states it.
 */
export function assignIds(sourceSlug: string, subjects: string[]): string[] {
  const seen = new Map<string, number>();
  return subjects.map((subject) => {
    const base = `${sourceSlug}/${slug(subject) || 'fact'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
