/** Vite modules of the municipality pack (scripts/build/pack.ts). */
declare module 'virtual:gemeente' {
  const gemeente: import('./utils/siteTypes.ts').SiteGemeente;
  export default gemeente;
}
declare module 'virtual:engine-files' {
  export const files: Record<string, unknown>;
  export const municipality: import('./lib/engine/types.ts').EngineContent['municipality'];
}
