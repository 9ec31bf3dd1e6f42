// Lint rules, including the architectural boundary: src/core is pure TypeScript shared by the
// extension, the CLI and the unit tests, so it must never depend on the VS Code API or on the
// editor layer built on top of it.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test/fixtures/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'eqeqeq': ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core must stay free of the VS Code API: put editor code in src/features.' }],
        patterns: [{ group: ['**/features/**', '**/extension', '../*/features/*'], message: 'src/core must not depend on the editor layer.' }],
      }],
    },
  },
);
