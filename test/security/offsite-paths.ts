/**
 * Request paths that try to make a server redirect to another host (open redirect): protocol-
 * relative `//host`, backslashes that browsers read as slashes, and their encoded variants, with
 * and without a real folder behind them. Shared by test/security/serve.test.ts (npm start's
 * server) and e2e/nginx/headers.spec.ts (nginx).
 */
export const OFFSITE_PATHS = [
  '//evil.example/%2E%2E%2Fcheck',
  '//evil.example/%2e%2e/check',
  '//evil.example',
  '//evil.example/',
  '///evil.example/check',
  '//evil.example/../check',
  '/\\evil.example',
  '/\\evil.example/check',
  '/\\/evil.example/',
  '\\\\evil.example/check',
  '/%2F%2Fevil.example',
  '/%2F%2Fevil.example/%2E%2E%2Fcheck',
  '/%5Cevil.example',
  '/%5C%5Cevil.example/',
  '/%2f/evil.example/..%2fcheck',
  '/%09/evil.example',
  '/%0d%0aLocation:%20https://evil.example',
  '/check/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
  '/check/%2E%2E/%2E%2E/',
  '/.%2e/.%2e/check',
  '/check//evil.example',
  '/en//evil.example/%2E%2E',
  '/check?next=//evil.example',
  '/check?//evil.example',
  '/check/..',
  'http://evil.example/check',
];
