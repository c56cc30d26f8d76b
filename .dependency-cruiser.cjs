/**
 * Where code runs decides what it may import (README, "Where things live"). `npm run lint` checks it.
 * Type-only imports count too: a type from the worker in shared code is still a dependency on it.
 */
const contexts = {
  shared: { path: '^lib/shared/', may: ['lib/shared/'] },
  runtime: { path: '^lib/runtime/', may: ['lib/shared/', 'lib/runtime/'] },
  worker: { path: '^lib/worker/', may: ['lib/shared/', 'lib/runtime/', 'lib/worker/'] },
  content: { path: '^lib/content/', may: ['lib/shared/', 'lib/runtime/', 'lib/content/'] },
  'extension-pages': {
    path: '^lib/extension-pages/',
    may: ['lib/shared/', 'lib/runtime/', 'lib/extension-pages/'],
  },
  components: {
    path: '^components/',
    may: ['lib/shared/', 'lib/runtime/', 'lib/extension-pages/', 'components/', 'assets/'],
  },
};

const escapeRegExp = (folder) => folder.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

module.exports = {
  forbidden: [
    ...Object.entries(contexts).map(([name, { path, may }]) => ({
      name: `${name}-imports`,
      comment: `${name} code may import only ${may.join(', ')} among the project's own folders`,
      severity: 'error',
      from: { path },
      to: {
        path: '^(lib|components|entrypoints|assets)/',
        pathNot: `^(${may.map(escapeRegExp).join('|')})`,
      },
    })),
    {
      name: 'shared-is-pure',
      comment: 'shared code runs in every context: no extension APIs, storage, IndexedDB or UI framework',
      severity: 'error',
      from: { path: '^lib/shared/' },
      to: {
        path: 'node_modules/(wxt/dist/browser|wxt/dist/utils/storage|webextension-polyfill|@wxt-dev/browser|@wxt-dev/storage|idb|preact)',
      },
    },
    {
      name: 'no-circular-folders',
      comment: 'a cycle between files makes their order of evaluation matter',
      severity: 'error',
      from: { path: '^(lib|components)/' },
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'entrypoints-are-leaves',
      comment: 'entry points wire; nothing imports them',
      severity: 'error',
      from: {},
      to: { path: '^entrypoints/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    exclude: { path: '^(\\.output|\\.wxt)/' },
  },
};
