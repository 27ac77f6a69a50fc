/**
 * JSON for a data block inside HTML (`<script type="application/ld+json">`, island props).
 * `<`, `>` and `&` are written as \u003c, \u003e and \u0026, so no content can end the block
 * (`</script>`) or open a comment (`<!--`); U+2028 and U+2029 are escaped too, so the text is
 * also a valid JavaScript string. JSON.parse gives back exactly the same value.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function safeJson(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('safeJson: value is not serialisable as JSON');
  return json.replace(UNSAFE, (c) => ESCAPES[c]!);
}
