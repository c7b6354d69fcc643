// Node and the CLI bundle: the IAM data of only the services an explanation needs, through the generated module
// map's literal dynamic imports (esbuild inlines them in the CLI bundle). The extension's background reads the
// same data from JSON files instead (entrypoints/background/iam-files.ts): Chrome's service worker forbids import().
import { serviceLoaders } from './generated/services.js';
import { createServiceLoader } from './loader';

export const { knownService, loadService, loadIndex } = createServiceLoader({
  known: (key) => Object.prototype.hasOwnProperty.call(serviceLoaders, key),
  read: async (key) => (await serviceLoaders[key]!()).default,
});
