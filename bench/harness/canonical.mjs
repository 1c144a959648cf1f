// Turning each server's answer into one comparable form: lists sorted by id where their order is not part of the
// question, enum values compared as words (our GraphQL enum CAPTURED, stored "captured"), numbers as numbers.

export const word = (value) => (value == null ? null : String(value).toLowerCase().replace(/[^a-z0-9]/g, ""));
export const number = (value) => (value == null ? null : Number(value));
export const byId = (list) => [...(list ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
export const sorted = (list) => [...(list ?? [])].sort();

/** Nodes of a connection (`{ nodes }`) or of a plain list, whichever the server returns. */
export const nodesOf = (field) => (Array.isArray(field) ? field : field?.nodes ?? []);

export const statuses = ["recruited", "deployed", "captured", "killed", "missing", "repatriated", "deserted"];

export const named = (x) => ({ id: x.id, name: x.name });
export const channel = (x) => ({ id: x.id, platform: word(x.platform) });

/** The first difference between two canonical answers, as a path and both values; null when they are equal. */
export function firstDifference(a, b, path = "$") {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== "object") {
    return { path, left: a, right: b };
  }
  if (Array.isArray(a) !== Array.isArray(b)) return { path, left: a, right: b };
  if (Array.isArray(a)) {
    if (a.length !== b.length) return { path: `${path}.length`, left: a.length, right: b.length };
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const key of keys) {
    const d = firstDifference(a[key], b[key], `${path}.${key}`);
    if (d) return d;
  }
  return null;
}
