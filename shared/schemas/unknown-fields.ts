import type { z } from 'zod';
import type { CodedMessage } from './issue-codes';
import { zodIssueCode } from './zod-issue-code';

/**
 * Unknown fields of a request body. The body schemas are strict zod objects (`.strict()`), so
 * zod reports every unknown key of an object in one `unrecognized_keys` issue at the object's
 * path; `toIssues` splits it (`splitUnknownFields`) into one issue per field, so the path names
 * the field ("mentees.0.wishs") and the message suggests the field that was probably meant.
 */

/** How many unknown fields of one object are listed one by one; the rest are counted. */
export const MAX_UNKNOWN_LISTED = 10;

// Keys longer than this get no suggestion: no field is that long, and the distance costs time.
const MAX_KEY = 40;

const normalize = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');

/** Edit distance with adjacent transpositions ("wihses" → "wishes" is 1). */
function distance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known field a misspelt key most likely meant, or undefined when none is close: the same
 * up to case, `_`, `-` and spaces ("Table_Capacity"); else the nearest within a third of its
 * length ("wishs" → "wishes", "mail" → "email"); else the only field containing the key or
 * contained in it ("capacity" → "tableCapacity").
 */
export function closestField(key: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || key.length > MAX_KEY) return undefined;
  const k = normalize(key);
  if (k === '') return undefined;
  const exact = known.find((f) => normalize(f) === k);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const f of known) {
    const n = normalize(f);
    const allowed = Math.max(1, Math.floor(n.length / 3));
    if (Math.abs(n.length - k.length) > allowed) continue;
    const d = distance(k, n);
    if (d <= allowed && d < bestDistance) [best, bestDistance] = [f, d];
  }
  if (best !== undefined) return best;
  const containing = k.length < 4 ? [] : known.filter((f) => normalize(f).includes(k) || k.includes(normalize(f)));
  return containing.length === 1 ? containing[0] : undefined;
}

/** "unknown field", with the likely meant field when one is close. */
export function unknownFieldMessage(key: string, known: readonly string[]): string {
  return unknownFieldIssue(key, known).message;
}

/** The issue of one unknown field: `unknownField`, or `unknownFieldMeant` with the field it is close to. */
function unknownFieldIssue(key: string, known: readonly string[]): CodedMessage {
  const meant = closestField(key, known);
  return meant === undefined
    ? { message: 'unknown field', code: 'unknownField' }
    : {
        message: `unknown field; did you mean ${JSON.stringify(meant)}?`,
        code: 'unknownFieldMeant',
        params: { suggestion: meant },
      };
}

/**
 * The field names `schema` accepts in the object at `path` (for a union, those of every
 * option); empty when the path leads to no object.
 */
export function knownFieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const found = new Set<string>();
  const visit = (s: z.core.$ZodType, at: number, depth: number): void => {
    if (depth > 64) return;
    const def = (s as z.core.$ZodTypes)._zod.def;
    const next = path[at];
    switch (def.type) {
      case 'object':
        if (at === path.length) for (const k of Object.keys(def.shape)) found.add(k);
        else if (Object.hasOwn(def.shape, String(next))) visit(def.shape[String(next)]!, at + 1, depth + 1);
        return;
      case 'array':
        if (typeof next === 'number') visit(def.element, at + 1, depth + 1);
        return;
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        visit(def.innerType, at, depth + 1);
        return;
      case 'pipe':
        visit(def.in, at, depth + 1);
        visit(def.out, at, depth + 1);
        return;
      case 'union':
        for (const o of def.options) visit(o, at, depth + 1);
        return;
      case 'intersection':
        visit(def.left, at, depth + 1);
        visit(def.right, at, depth + 1);
        return;
      case 'lazy':
        visit(def.getter(), at, depth + 1);
        return;
      default:
        return;
    }
  };
  visit(schema, 0, 0);
  return [...found];
}

/**
 * One issue per unknown key of the object at `path` (at most MAX_UNKNOWN_LISTED, then one
 * counting the rest), each suggesting the likely meant one of `known`.
 */
export function unknownFieldIssues(
  path: readonly PropertyKey[],
  keys: readonly string[],
  known: readonly string[],
): PathIssue[] {
  const listed = keys
    .slice(0, MAX_UNKNOWN_LISTED)
    .map((key): PathIssue => ({ path: [...path, key], ...unknownFieldIssue(key, known) }));
  const more = keys.length - listed.length;
  const rest: PathIssue = {
    path: [...path],
    message: `and ${more} more unknown field${more === 1 ? '' : 's'}`,
    code: 'moreUnknownFields',
    params: { count: more },
  };
  return more > 0 ? [...listed, rest] : listed;
}

// Error answers list 100 issues; suggesting for thousands more would only cost time.
const MAX_SUGGESTED = 100;

/** An issue at a zod path, with its stable code (issue-codes.ts). */
type PathIssue = CodedMessage & { path: readonly PropertyKey[] };

/**
 * zod's issues with each `unrecognized_keys` issue split by `unknownFieldIssues`; the first
 * MAX_SUGGESTED unknown fields get a suggestion from `schema` (none without it).
 */
export function splitUnknownFields(issues: readonly z.core.$ZodIssue[], schema?: z.core.$ZodType): PathIssue[] {
  let suggest = schema ? MAX_SUGGESTED : 0;
  return issues.flatMap((i): PathIssue[] => {
    if (i.code !== 'unrecognized_keys') return [{ path: i.path, message: i.message, ...zodIssueCode(i) }];
    const known = suggest > 0 && schema ? knownFieldsAt(schema, i.path) : [];
    suggest -= Math.min(i.keys.length, MAX_UNKNOWN_LISTED);
    return unknownFieldIssues(i.path, i.keys, known);
  });
}
