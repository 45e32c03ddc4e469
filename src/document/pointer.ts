/** JSON Pointer (RFC 6901) helpers: the one way perflint names a place in a document. */

export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function childPointer(pointer: string, segment: string | number): string {
  const text = String(segment);
  // an index, or a key with nothing to escape (nearly every key), is written as it is
  if (!text.includes('~') && !text.includes('/')) return pointer + '/' + text;
  return pointer + '/' + text.replace(/~/g, '~0').replace(/\//g, '~1');
}
