import type * as z from 'zod/mini';
import { schemaMessage } from './schema-messages';

type Path = (string | number)[];
type Issue = { path: PropertyKey[]; message: string };

/** Something left out of a value, with the problems that made it go. */
export interface Drop {
  path: Path;
  issues: Issue[];
}

export type Salvaged = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

export interface SalvageLog {
  drops: Drop[];
  /** For each array that lost items (by JSON path string), the original index of each kept item. */
  kept: Map<string, number[]>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const prefixed = (path: Path, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));

/**
 * Parses `value` with `schema`, keeping what is valid: a bad array item is dropped, an unknown
 * field is dropped, and a bad optional or nullable value falls back to being absent. Fails only
 * when a required value is bad (the caller then drops the whole thing). Everything left out is
 * logged with its problems. The schema decides everything: nothing here knows about profiles.
 */
export function salvage(schema: z.ZodMiniType, value: unknown, path: Path, log: SalvageLog): Salvaged {
  const result = schema.safeParse(value, { error: schemaMessage });
  if (result.success) return { ok: true, value: result.data };
  const issues = prefixed(path, result.error.issues);
  const def = schema._zod.def as {
    type: string;
    element?: z.ZodMiniType;
    shape?: Record<string, z.ZodMiniType>;
    innerType?: z.ZodMiniType;
  };

  if (def.element && Array.isArray(value)) {
    const items: unknown[] = [];
    const kept: number[] = [];
    const drops: Drop[] = [];
    value.forEach((item, index) => {
      const itemLog: SalvageLog = { drops: [], kept: log.kept };
      const salvaged = salvage(def.element!, item, [...path, index], itemLog);
      if (salvaged.ok) {
        items.push(salvaged.value);
        kept.push(index);
        drops.push(...itemLog.drops);
      } else drops.push({ path: [...path, index], issues: salvaged.issues });
    });
    // The array's own checks (at least one author) still hold for what is left.
    if (schema.safeParse(items).success) {
      log.drops.push(...drops);
      log.kept.set(pathKey(path), kept);
      return { ok: true, value: items };
    }
  } else if (def.shape && isRecord(value)) {
    const object: Record<string, unknown> = {};
    const drops: Drop[] = [];
    let ok = true;
    for (const key of Object.keys(value))
      if (!(key in def.shape))
        drops.push({
          path: [...path, key],
          issues: [{ path: [...path, key], message: 'is not a known field' }],
        });
    for (const [key, field] of Object.entries(def.shape)) {
      const fieldLog: SalvageLog = { drops, kept: log.kept };
      const salvaged = salvage(field, value[key], [...path, key], fieldLog);
      if (!salvaged.ok) ok = false;
      else if (salvaged.value !== undefined) object[key] = salvaged.value;
    }
    if (ok) {
      log.drops.push(...drops);
      return { ok: true, value: object };
    }
  } else if (def.innerType && value != null) {
    // nullable, optional, default: try to keep the inner value's good parts first.
    const salvaged = salvage(def.innerType, value, path, log);
    if (salvaged.ok) return salvaged;
  }

  for (const absent of [undefined, null]) {
    const fallback = schema.safeParse(absent);
    if (fallback.success) {
      log.drops.push({ path, issues });
      return { ok: true, value: fallback.data };
    }
  }
  return { ok: false, issues };
}

export function pathKey(path: Path): string {
  return path.join('\u0000');
}
