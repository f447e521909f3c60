/**
 * The environment of a production build minus the variables Vite reads as import.meta.env: a DEV
 * variable of any value (vitest sets DEV=1) makes import.meta.env.DEV true in a build, and DEV is
 * what lets drafts in.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];
  return env;
}
