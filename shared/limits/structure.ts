/**
 * Cheap structural caps on parsed JSON, checked before any schema: how deep it nests, how long
 * its arrays and strings are, how many values it holds. A hostile body (a backup whose
 * `byes` holds eight million entries) is refused in milliseconds with what is too big and
 * where, instead of costing the schema validator seconds and gigabytes. Iterative, so deep
 * nesting cannot overflow the stack.
 */

/** The caps; the largest legal body of each kind must fit well within them. */
export interface StructureCaps {
  maxDepth: number;
  maxArrayLength: number;
  maxStringLength: number;
  /** Every value counted: objects, arrays, strings, numbers, booleans, nulls. */
  maxValues: number;
}

/** What is too big, and where (a JSON path such as `event.schedule.rounds.0.byes`). */
export type StructureProblem = { path: string; message: string };

const grouped = (n: number) => n.toLocaleString('en-US');

/** The first cap `value` breaks, or null when it fits. */
export function structureProblem(value: unknown, caps: StructureCaps): StructureProblem | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: '', depth: 0 }];
  let values = 0;
  const at = (path: string) => path || '(root)';
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (++values > caps.maxValues) {
      return { path: '(root)', message: `holds more than ${grouped(caps.maxValues)} values` };
    }
    const v = item.value;
    if (typeof v === 'string') {
      if (v.length > caps.maxStringLength) {
        const most = grouped(caps.maxStringLength);
        return { path: at(item.path), message: `a text of ${grouped(v.length)} characters; at most ${most}` };
      }
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (item.depth >= caps.maxDepth) {
      return { path: at(item.path), message: `nested deeper than ${caps.maxDepth} levels` };
    }
    const join = (key: string | number) => (item.path ? `${item.path}.${key}` : String(key));
    if (Array.isArray(v)) {
      if (v.length > caps.maxArrayLength) {
        const most = grouped(caps.maxArrayLength);
        return { path: at(item.path), message: `a list of ${grouped(v.length)} entries; at most ${most}` };
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: join(i), depth: item.depth + 1 });
    } else {
      const keys = Object.keys(v);
      if (keys.length > caps.maxArrayLength) {
        const most = grouped(caps.maxArrayLength);
        return { path: at(item.path), message: `an object of ${grouped(keys.length)} fields; at most ${most}` };
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const k = keys[i]!;
        stack.push({ value: (v as Record<string, unknown>)[k], path: join(k), depth: item.depth + 1 });
      }
    }
  }
  return null;
}
