/**
 * Plain-language messages for household issues, from src/i18n/<locale>/household.json.
 * The same text in the form, the quick form, a share link, stored answers and the CLI.
 */
import type { HouseholdIssue } from './household.ts';
import { fill, lookup, type Dict } from './text.ts';

/** `members[2].age` → `members.age` (the key of the field label). */
export const fieldKey = (path: string): string => path.replace(/\[\d+\]/g, '');

export function issueText(issue: HouseholdIssue, strings: Dict, locale: string): string {
  const fields = strings.fields;
  const label = typeof fields === 'object' ? fields[fieldKey(issue.path)] : undefined;
  const field = typeof label === 'string' ? label : issue.path;
  const name = issue.params.field ?? issue.path;
  const template = lookup(strings, `codes.${issue.code}`, locale) ?? issue.code;
  return fill(template, { ...issue.params, field, name });
}
