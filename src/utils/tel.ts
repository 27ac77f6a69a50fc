/** A tel: link for a phone number as written ("14 000" → "tel:14000"). Pure: pages and tests share it. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
