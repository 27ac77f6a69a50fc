/** Text that may be a Dutch fallback on an English page: marked lang="nl". */
import type { Txt } from './logic/meta.ts';

export default function LangText({ t }: { t: Txt }) {
  return t.lang ? <span lang={t.lang}>{t.text}</span> : <>{t.text}</>;
}
