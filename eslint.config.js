// Lint rules: typescript-eslint's recommended set plus the project's "no any in public APIs",
// and the orchestrator's layers: a folder imports only from the floors below it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// orchestrator/src, bottom floor first. A folder may import from any lower
// floor and from itself, never from its own floor's other folders or from
// above (docs/design.md, "Layers"). A new folder gets a floor here.
const FLOORS = [
  ['errors'],
  ['setup', 'sim'],
  ['net', 'relay', 'scenario'],
  ['images', 'qemu', 'results'],
  ['snapshot'],
  ['run'],
  ['study'],
  ['validate'],
  ['cli', 'index'],
];

/** One config block per folder: its files may not import the folders listed. */
function layerRules() {
  return FLOORS.flatMap((floor, level) =>
    floor.map((folder) => {
      const banned = FLOORS.flatMap((f, l) => (l > level ? f : l === level ? f.filter((x) => x !== folder) : []));
      const files = folder === 'errors' || folder === 'index' ? [`orchestrator/src/${folder}.ts`] : [`orchestrator/src/${folder}/**/*.ts`];
      return {
        files,
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: banned.map((b) => ({
                // Relative imports of another top folder (or file) of orchestrator/src, from any depth.
                regex: `^(\\.\\./)+${b}(/|\\.js$)`,
                message: `${folder}/ is on floor ${level + 1} and ${b} is not below it: move the shared piece down (see FLOORS in eslint.config.js)`,
              })),
            },
          ],
        },
      };
    }),
  );
}

export default tseslint.config(
  // Generated from relay-agent/relay.proto (npm run relay:generate); a drift test keeps it in step.
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'orchestrator/src/relay/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  ...layerRules(),
  {
    files: ['bin/**/*.js', 'scripts/**/*.js', '**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
);
