/** Text that may be a Dutch fallback on another language's page: marked lang="nl" (and dir="ltr" on a right-to-left page). */
import type { Txt } from './logic/meta.ts';

export default function LangText({ t }: { t: Txt }) {
  return t.lang ? (
    <span lang={t.lang} dir={t.dir}>
      {t.text}
    </span>
  ) : (
    <>{t.text}</>
  );
}

/** The Dutch name next to a translated name (letters, forms and phone calls use the Dutch name). */
export function DutchName({ name }: { name: string }) {
  return (
    <>
      {' '}
      <span class="dutch-name" lang="nl" dir="ltr">
        {name}
      </span>
    </>
  );
}
