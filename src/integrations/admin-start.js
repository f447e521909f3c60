// Starts the browser editor at /admin/ (Decap CMS) with the configuration the build made from the
// schemas (config.json beside this file). Loaded before the CMS's script, so the CMS waits for it.
window.CMS_MANUAL_INIT = true;

window.addEventListener('DOMContentLoaded', async () => {
  const config = await (await fetch('config.json')).json();
  for (const collection of config.collections) {
    // A chapter is a file of the edition's folder without `status` (index.mdx has one). Decap keeps
    // the entries whose field equals the filter's value, and JSON cannot say "undefined".
    if (collection.filter && collection.filter.value === null) collection.filter.value = undefined;
  }
  window.CMS.init({ config: { ...config, load_config_file: false } });
});
