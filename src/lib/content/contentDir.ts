/**
 * Where the content lives: content/ at the project root, or the folder in $HULPWIJZER_CONTENT.
 * Only tests set it (test/security/hostile-content.ts builds the site from a hostile copy), so the
 * real content/ is never touched. Read by the validator and by src/content.config.ts.
 */
import path from 'node:path';

export const CONTENT_ENV = 'HULPWIJZER_CONTENT';

export function contentDir(root: string): string {
  const other = process.env[CONTENT_ENV];
  return other ? path.resolve(root, other) : path.join(root, 'content');
}
