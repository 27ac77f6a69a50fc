/** Bottom of the results: the informatiewinkel for the wijk (if given) and the phone number 14 033. */
import type { CheckMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import LangText from './LangText.tsx';
import OrgContact from './OrgContact.tsx';

interface Props {
  meta: CheckMeta;
  wijkId: string | undefined;
  /** The person said they live outside Amersfoort. */
  outside: boolean;
  strings: Strings;
}

export default function HelpInPerson({ meta, wijkId, outside, strings }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const wijk = wijkId ? meta.wijken.find((w) => w.id === wijkId) : undefined;
  const placeId = wijk?.informatiepunt ?? meta.defaultHelp;
  const place = placeId ? meta.orgs[placeId] : undefined;
  return (
    <section class="check-help" aria-labelledby="check-help-heading">
      <h2 class="nl-heading nl-heading--level-2" id="check-help-heading">
        {s('results.helpHeading')}
      </h2>
      {outside && <p class="check-outside">{s('results.outside')}</p>}
      {wijk ? <p>{s('results.helpWijk', { wijk: wijk.name.text })}</p> : <p>{s('results.helpGeneral')}</p>}
      {place && (
        <p class="check-help__place">
          <OrgContact org={place} phoneLabel={s('results.card.phone')} />
        </p>
      )}
      {wijk?.note && (
        <p>
          <LangText t={wijk.note} />
        </p>
      )}
      <p class="no-print">
        <a class="nl-link" href={wijk ? wijk.url : meta.links.wijken}>
          {s('results.helpWijkenLink')}
        </a>
      </p>
      <h3 class="nl-heading nl-heading--level-3">{s('results.phoneHeading')}</h3>
      <p>
        <a class="nl-link check-phone" href="tel:14033" dir="ltr">
          14 033
        </a>
      </p>
      <p>{s('results.phoneText')}</p>
    </section>
  );
}
