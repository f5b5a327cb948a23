// ESLint rule `layers/imports`: which layer may import what (docs/ARCHITECTURE.md), checked on every import form.
import { builtinModules } from 'node:module';
import path from 'node:path';

/** Node built-ins from the running Node itself: `fs`, `fs/promises`, `node:fs`, `node:test` ... */
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

/** True for a Node built-in, with or without `node:` and with subpaths (`fs/promises`). */
export function isNodeBuiltin(specifier) {
  if (specifier.startsWith('node:')) return true;
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
}

const REACT = ['react', 'react-dom', '@lexical/react'];

/**
 * Each layer: the folder it lives in, what it may not import, and the message a crossing reports.
 * `builtins`: no Node built-ins. `packages`: bare specifiers (and their subpaths) refused.
 * `folders`: repo folders refused. `valueAllow`: when set, value imports of repo files are limited
 * to these (type-only imports are erased by the compiler and cost nothing at run time).
 */
export const LAYERS = [
  {
    name: 'preload',
    folder: 'electron/preload',
    builtins: true,
    packages: ['zod', ...REACT],
    folders: ['node', 'renderer', 'cli', 'electron/main'],
    valueAllow: ['electron/preload', 'core/ipc/names.ts'],
    message:
      'electron/preload/ runs sandboxed: no Node built-ins, no zod, and from core/ only core/ipc/names.ts at run time.',
  },
  {
    name: 'electron-main',
    folder: 'electron',
    packages: REACT,
    folders: ['renderer', 'cli'],
    message: 'electron/ may import node/ and core/, never renderer/ or cli/.',
  },
  {
    name: 'core',
    folder: 'core',
    builtins: true,
    packages: ['electron', ...REACT],
    folders: ['node', 'electron', 'renderer', 'cli', 'test'],
    message:
      'core/ is pure TypeScript: no electron, no Node built-ins, no React, no outer layers (node/, electron/, renderer/, cli/).',
  },
  {
    name: 'renderer',
    folder: 'renderer',
    builtins: true,
    packages: ['electron'],
    folders: ['node', 'electron', 'cli', 'test'],
    message:
      'renderer/ runs sandboxed and talks to main only through renderer/api.ts: no electron, Node built-ins, node/, electron/ or cli/.',
  },
  {
    name: 'node',
    folder: 'node',
    packages: ['electron', ...REACT],
    folders: ['electron', 'renderer', 'cli', 'test'],
    message:
      'node/ is shared by Electron main, the CLI and tests: no electron, React, renderer/, electron/ or cli/.',
  },
  {
    name: 'cli',
    folder: 'cli',
    packages: ['electron', ...REACT],
    folders: ['electron', 'renderer', 'test'],
    message: 'cli/ runs in plain Node: no electron, React, renderer/ or electron/.',
  },
];

const within = (rel, folder) => rel === folder || rel.startsWith(`${folder}/`);

/** The layer of a repo-relative path (most specific folder first), or undefined. */
export function layerOf(rel) {
  return LAYERS.find((l) => within(rel, l.folder));
}

/** Why `specifier` may not be imported from the file at `rel` (repo-relative), or null when it may. */
export function crossing(root, rel, specifier, typeOnly) {
  const layer = layerOf(rel);
  const isRelative = specifier.startsWith('.') || specifier.startsWith('/');
  if (isRelative) {
    const target = path
      .relative(root, path.resolve(root, path.dirname(rel), specifier))
      .split(path.sep)
      .join('/');
    if (target.startsWith('..')) return 'Imports stay inside the repository.';
    if (!layer) return null;
    if (layer.folders.some((f) => within(target, f))) return layer.message;
    if (layer.valueAllow && !typeOnly) {
      const ok = layer.valueAllow.some((a) => within(target, a) || within(`${target}.ts`, a));
      if (!ok) return layer.message;
    }
    return null;
  }
  if (!layer) return null;
  if (layer.builtins && isNodeBuiltin(specifier)) return layer.message;
  if (layer.packages.some((p) => specifier === p || specifier.startsWith(`${p}/`)))
    return layer.message;
  return null;
}

const literal = (node) => {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0].value.cooked;
  return null;
};

const declarationIsTypeOnly = (node) =>
  node.importKind === 'type' ||
  node.exportKind === 'type' ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforces the layer boundaries of docs/ARCHITECTURE.md.' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, required: ['root'] }],
    messages: { crossing: '{{message}} (imports "{{specifier}}")' },
  },
  create(context) {
    const root = context.options[0].root;
    const rel = path.relative(root, context.filename).split(path.sep).join('/');
    const check = (node, source, typeOnly) => {
      const specifier = literal(source);
      if (specifier === null) return;
      const message = crossing(root, rel, specifier, typeOnly);
      if (message) context.report({ node, messageId: 'crossing', data: { message, specifier } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source, declarationIsTypeOnly(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node, node.source, declarationIsTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false),
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' &&
        check(node, node.moduleReference.expression, node.importKind === 'type'),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, node.arguments[0], false);
      },
    };
  },
};

/** The plugin: `layers/imports`. */
export const layersPlugin = { rules: { imports: importsRule } };
