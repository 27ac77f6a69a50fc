/** Name, phone and address of an organisation, for result cards and the help block. */
import type { OrgMeta } from './logic/meta.ts';
import LangText, { DutchName } from './LangText.tsx';

interface Props {
  org: OrgMeta;
  phoneLabel: string;
}

export default function OrgContact({ org, phoneLabel }: Props) {
  return (
    <>
      <a class="nl-link" href={org.url}>
        <LangText t={org.name} />
      </a>
      {org.dutchName && <DutchName name={org.dutchName} />}
      {org.phone && (
        <span class="check-org-phone">
          {' '}
          ({phoneLabel}{' '}
          <a class="nl-link check-nowrap" href={`tel:${org.phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
            {org.phone}
          </a>
          )
        </span>
      )}
      {org.address && (
        <span class="check-org-address" lang="nl" dir="ltr">
          {org.address}
        </span>
      )}
      {org.walkIn && (
        <span class="check-org-address">
          <LangText t={org.walkIn} />
        </span>
      )}
    </>
  );
}
