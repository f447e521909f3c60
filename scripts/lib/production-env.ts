/**
 * Allocator settings for the build's processes, unless the caller set them. Vite's bundler
 * (Rolldown, with mimalloc) kept the memory of a 1,000-chapter bundle mapped long after it was
 * freed, and glibc gave each native thread an arena of its own. Returned to the system at once (no
 * purge delay, no eagerly committed arenas) and with two glibc arenas, the Astro process peaked
 * about a quarter lower in the same build, with no measurable change in time (docs/benchmark.md).
 */
const LEAN_ALLOCATORS = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MALLOC_ARENA_MAX: '2',
};

/**
 * The environment of a production build minus the variables Vite reads as import.meta.env: a DEV
 * variable of any value (vitest sets DEV=1) makes import.meta.env.DEV true in a build, and DEV is
 * what lets drafts in.
 */
export function productionEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...LEAN_ALLOCATORS,
    ...process.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const key of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete env[key];
  return env;
}
