import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import path from 'node:path';

/**
 * The client's import boundaries (bulletproof-react's): a feature never imports another feature or the app;
 * shared code (components, lib, config) imports no feature and not the app. The app composes features.
 */
const CLIENT_SRC = path.resolve('client/src');
const layerOf = (file) => {
  const rel = path.relative(CLIENT_SRC, file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return null;
  if (rel[0] === 'features') return { layer: 'feature', feature: rel[1] };
  return { layer: rel[0] };
};
const boundaries = {
  rules: {
    imports: {
      meta: { type: 'problem', messages: { crossing: '{{from}} may not import {{to}}: {{why}}' } },
      create(context) {
        const from = layerOf(context.filename);
        if (!from) return {};
        const check = (node, source) => {
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const to = layerOf(path.resolve(path.dirname(context.filename), source));
          if (!to) return;
          let why = null;
          if (from.layer === 'feature' && to.layer === 'feature' && to.feature !== from.feature)
            why = 'features do not import each other; move the shared part to components/ or lib/, or compose them in app/';
          else if (from.layer !== 'app' && to.layer === 'app') why = 'only the app imports the app';
          else if (from.layer !== 'feature' && from.layer !== 'app' && to.layer === 'feature')
            why = 'shared code does not import a feature';
          if (why)
            context.report({
              node,
              messageId: 'crossing',
              data: {
                from: from.feature ? `features/${from.feature}` : from.layer,
                to: to.feature ? `features/${to.feature}` : to.layer,
                why,
              },
            });
        };
        return {
          ImportDeclaration: (node) => check(node.source, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
          ExportAllDeclaration: (node) => check(node.source, node.source.value),
          ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
        };
      },
    },
  },
};

/** JSX attributes whose values are never read as words. */
const NOT_WORDS = [
  'className',
  'style',
  'type',
  'key',
  'id',
  'width',
  'height',
  'name',
  'to',
  'href',
  'src',
  'role',
  'htmlFor',
  'autoComplete',
  'inputMode',
  'pattern',
  'rel',
  'target',
  'method',
  'accept',
  'scope',
  'lang',
  'dir',
  'data-.*',
  'aria-live',
  'aria-hidden',
  'aria-current',
  'aria-controls',
  'aria-describedby',
  'aria-labelledby',
  'aria-sort',
  'aria-haspopup',
  'aria-expanded',
  'aria-invalid',
  'aria-busy',
  'aria-modal',
  'aria-atomic',
  'encType',
  'viewBox',
  'd',
  'fill',
  'stroke',
  'xmlns',
  'textAnchor',
  'dominantBaseline',
  'strokeWidth',
  'preserveAspectRatio',
  'min',
  'max',
  'step',
  'path',
  'form',
  'value',
  'defaultValue',
  'download',
  'loading',
  'decoding',
  'spellCheck',
  'wrap',
  'enterKeyHint',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'rx',
  'ry',
  'cx',
  'cy',
  'r',
  'points',
  'transform',
  'end',
];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    rules: { ...reactHooks.configs.recommended.rules, 'boundaries/imports': 'error' },
    languageOptions: { globals: { window: 'readonly', document: 'readonly', localStorage: 'readonly', sessionStorage: 'readonly' } },
  },
  {
    // Words people read come from the translation files (client/src/i18n/locales): no text or readable attribute
    // written in a component. Attributes that are addresses, names, ARIA states and SVG geometry are not words.
    files: ['client/src/**/*.tsx'],
    ignores: ['client/src/**/*.test.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': { exclude: NOT_WORDS },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·–—…×→←↑↓✓✕•]+', '[A-Z_-]+'] },
        },
      ],
    },
  },
  {
    // Command-line entry points talk to people on stdout.
    files: [
      'server/src/index.ts',
      'server/src/setup/*.cli.ts',
      'server/src/setup/cli.ts',
      'scripts/**/*.ts',
      'fuzz/**/*.mjs',
      'bench/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        globalThis: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        getComputedStyle: 'readonly',
        window: 'readonly',
        document: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        console: 'readonly',
      },
    },
  },
);
