/**
 * Router params arrive still URI-encoded on weapp and H5 alike (stack notes trap 8), sometimes
 * twice. Decode until stable (at most 3 rounds); a malformed escape leaves the value as it is.
 */
export function decodeRouteParam(value: string | undefined | null): string {
  let current = typeof value === 'string' ? value : '';
  for (let i = 0; i < 3; i += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      break;
    }
    if (next === current) break;
    current = next;
  }
  return current;
}
