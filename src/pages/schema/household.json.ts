/** Publishes the household input format as JSON Schema at /schema/household.json. */
import { z } from 'astro/zod';
import { householdSchema } from '../../lib/engine/household.ts';
import { SITE } from '../../utils/site.ts';

export const prerender = true;

const schema = {
  $id: '/schema/household.json',
  title: `${SITE.site.name}: household`,
  description: 'Input of the eligibility check. Every field is optional; an absent field or null means unknown. See docs/rules.md.',
  ...z.toJSONSchema(householdSchema, { io: 'input' }),
};

export const GET = () => new Response(JSON.stringify(schema, null, 2), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
