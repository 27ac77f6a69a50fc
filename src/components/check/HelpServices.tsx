/**
 * "Hier helpen ze u ook": desks and services (regeling kind 'hulp') that fit the household,
 * shown compactly apart from the regelingen, with who runs them and how to reach them.
 */
import type { RuleResult } from '../../lib/engine/types.ts';
import type { CheckMeta } from './logic/meta.ts';
import { t, type Strings } from './logic/strings.ts';
import LangText, { DutchName } from './LangText.tsx';
import OrgContact from './OrgContact.tsx';

interface Props {
  results: RuleResult[];
  meta: CheckMeta;
  strings: Strings;
  headingClass: string;
  Heading: 'h2' | 'h3';
}

export default function HelpServices({ results, meta, strings, headingClass, Heading }: Props) {
  const s = (k: string, v?: Record<string, string | number>) => t(strings, k, v);
  const items = results.map((r) => ({ r, m: meta.regelingen[r.id] })).filter((x) => x.m !== undefined);
  if (items.length === 0) return null;
  const Item = Heading === 'h2' ? 'h3' : 'h4';
  return (
    <section class="check-services" aria-labelledby="check-services-heading">
      <Heading class={headingClass} id="check-services-heading">
        {s('results.services.heading')}
      </Heading>
      <p>{s('results.services.text')}</p>
      <ul class="check-services__list">
        {items.map(({ r, m }) => {
          const org = m!.organisation ? meta.orgs[m!.organisation] : undefined;
          return (
            <li class="check-service" key={r.id} data-result-id={r.id} data-result-status={r.status} data-result-kind="hulp">
              <Item class="check-service__title">
                <a class="nl-link" href={m!.url}>
                  <LangText t={m!.title} />
                </a>
                {m!.dutchTitle && <DutchName name={m!.dutchTitle} />}
              </Item>
              <p class="check-service__summary">
                <LangText t={m!.summary} />
              </p>
              {org && (
                <p class="check-service__org">
                  <OrgContact org={org} phoneLabel={s('results.card.phone')} />
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
