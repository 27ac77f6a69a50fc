/** Bottom of the results: the informatiepunt for the wijk (if given) and the municipality's phone number. */
import type { CheckMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import LangText from './LangText.tsx';
import OrgContact from './OrgContact.tsx';

interface Props {
  meta: CheckMeta;
  wijkId: string | undefined;
  /** The person said they live outside the municipality. */
  outside: boolean;
  strings: Strings;
  /** 'h2' under the results' h1; 'h3' under the quick form's results heading. */
  Heading: 'h2' | 'h3';
}

export default function HelpInPerson({ meta, wijkId, outside, strings, Heading }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const wijk = wijkId ? meta.wijken.find((w) => w.id === wijkId) : undefined;
  const placeId = wijk?.informatiepunt ?? meta.defaultHelp;
  const place = placeId ? meta.orgs[placeId] : undefined;
  return (
    <section class="check-help" aria-labelledby="check-help-heading">
      <Heading class={`nl-heading nl-heading--level-${Heading === 'h2' ? 2 : 3}`} id="check-help-heading">
        {s('results.helpHeading')}
      </Heading>
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
      <p>
        <a class="nl-link" href={wijk ? wijk.url : meta.links.wijken}>
          {s('results.helpWijkenLink')}
        </a>
      </p>
      <p class="check-help__phone">
        <strong>{s('results.phoneHeading')}</strong> {s('results.phoneText')}{' '}
        <a class="nl-link check-phone" href={`tel:${meta.municipality.phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
          {meta.municipality.phone}
        </a>
      </p>
    </section>
  );
}
