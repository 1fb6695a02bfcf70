/** Table labels: natural order (T2 before T10) and fresh names T1, T2… that are not taken. */

const chunks = (s: string): string[] => s.match(/\d+|\D+/g) ?? [];

/** Compare two digit runs as whole numbers of any length (no Number overflow). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Natural order of labels: digit runs compare as numbers, the rest as plain strings. */
export function compareLabels(a: string, b: string): number {
  const pa = chunks(a);
  const pb = chunks(b);
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const d = /^\d/.test(x) && /^\d/.test(y) ? compareDigits(x, y) : x < y ? -1 : x > y ? 1 : 0;
    if (d !== 0) return d;
  }
  return pa.length - pb.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The first `count` labels T1, T2… not in `taken` (which is not changed). */
export function freshLabels(taken: ReadonlySet<string>, count: number): string[] {
  const out: string[] = [];
  for (let k = 1; out.length < count; k++) if (!taken.has(`T${k}`)) out.push(`T${k}`);
  return out;
}

/** The tables of an event: the fixed labels and fresh ones up to `count`, in natural order. */
export function tableLabels(fixed: readonly string[], count: number): string[] {
  const taken = new Set(fixed);
  return [...taken, ...freshLabels(taken, Math.max(0, count - taken.size))].sort(compareLabels);
}

/** A mentee's fixed table label (trimmed), or null when none is given. */
export function fixedLabel(table: string | null | undefined): string | null {
  if (typeof table !== 'string') return null;
  const t = table.trim();
  return t.length > 0 ? t : null;
}
