// Syntax-tree rules of the security gate, on the TypeScript compiler API: one window, IPC only in its wrapper, no insecure options.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface SourceFile {
  /** Repository-relative, with forward slashes. */
  file: string;
  text: string;
}

export interface Violation {
  rule: string;
  file: string;
  line: number;
  text: string;
}

/** Where production code lives (tests and their stubs are not shipped). */
export const SOURCE_DIRS = ['electron', 'node', 'core', 'renderer', 'cli', 'scripts'];
export const WINDOW_FACTORY = 'electron/main/window.ts';
export const IPC_WRAPPER = 'electron/main/ipc/registerHandlers.ts';
export const PRELOAD_ENTRY = 'electron/preload/index.ts';

/** Reads every .ts/.tsx/.mts/.cts file under the given directories of `root`. */
export function readSources(root: string, dirs = SOURCE_DIRS): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child);
      } else if (/\.(?:ts|tsx|mts|cts)$/.test(entry.name)) {
        out.push({ file: child, text: readFileSync(path.join(root, child), 'utf8') });
      }
    }
  };
  for (const dir of dirs) walk(dir);
  return out;
}

/** webPreferences keys that may appear only with their secure literal value. */
const SECURE_VALUES: Record<string, boolean> = {
  webSecurity: true,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};
/** Keys that may not appear at all. */
const FORBIDDEN_KEYS = new Set(['enableBlinkFeatures', 'enableRemoteModule']);
/** Constructors of windows or views that would bypass the one hardened factory. */
const OTHER_WINDOWS = new Set(['BrowserView', 'WebContentsView', 'BaseWindow']);
/** Command-line switches that switch a protection off. */
const UNSAFE_SWITCH =
  /sandbox|web-security|certificate|remote-debugging|inspect|site-per-process|disable-features/i;

/** Local names bound to `electron` exports in one file: local -> exported name; namespaces separately. */
function electronBindings(source: ts.SourceFile) {
  const named = new Map<string, string>();
  const namespaces = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement)) continue;
    if ((statement.moduleSpecifier as ts.StringLiteral).text !== 'electron') continue;
    const clause = statement.importClause;
    if (!clause || clause.isTypeOnly) continue;
    if (clause.name) namespaces.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        if (element.isTypeOnly) continue;
        named.set(element.name.text, (element.propertyName ?? element.name).text);
      }
    }
  }
  return { named, namespaces };
}

/** The electron export an expression names (`ipcMain`, `electron.ipcMain`, an alias), if any. */
function electronExport(
  node: ts.Node,
  bindings: ReturnType<typeof electronBindings>,
): string | undefined {
  if (ts.isIdentifier(node)) return bindings.named.get(node.text);
  if (
    ts.isPropertyAccessExpression(node) &&
    ts.isIdentifier(node.expression) &&
    bindings.namespaces.has(node.expression.text)
  )
    return node.name.text;
  return undefined;
}

const propertyName = (name: ts.PropertyName | ts.MemberName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)
    ? name.text
    : undefined;

/** True when `node` sits inside an argument of a call to a function named `callee`. */
function insideCallTo(node: ts.Node, callee: string): boolean {
  for (let at: ts.Node | undefined = node; at; at = at.parent) {
    const parent: ts.Node | undefined = at.parent;
    if (
      parent &&
      ts.isCallExpression(parent) &&
      parent.arguments.includes(at as ts.Expression) &&
      ts.isIdentifier(parent.expression) &&
      parent.expression.text === callee
    )
      return true;
  }
  return false;
}

/** Runs every rule over the files; returns all violations plus the count of `new BrowserWindow`. */
export function checkSources(files: SourceFile[]): {
  violations: Violation[];
  browserWindows: Array<{ file: string; line: number }>;
} {
  const violations: Violation[] = [];
  const browserWindows: Array<{ file: string; line: number }> = [];
  for (const { file, text } of files) {
    const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
    const bindings = electronBindings(source);
    const report = (rule: string, node: ts.Node): void => {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      violations.push({ rule, file, line: line + 1, text: node.getText(source).slice(0, 120) });
    };
    const checkValue = (key: string, value: ts.Expression | undefined, node: ts.Node): void => {
      if (FORBIDDEN_KEYS.has(key)) report(`no ${key}`, node);
      if (!(key in SECURE_VALUES)) return;
      const secure = SECURE_VALUES[key];
      const literal =
        value?.kind === ts.SyntaxKind.TrueKeyword
          ? true
          : value?.kind === ts.SyntaxKind.FalseKeyword
            ? false
            : undefined;
      // A variable or expression is as bad as the insecure value: nobody can read it at a glance.
      if (literal !== secure) report(`${key} must be the literal ${String(secure)}`, node);
    };

    const visit = (node: ts.Node): void => {
      if (ts.isNewExpression(node)) {
        const exported = electronExport(node.expression, bindings);
        const name = ts.isIdentifier(node.expression)
          ? node.expression.text
          : ts.isPropertyAccessExpression(node.expression)
            ? node.expression.name.text
            : undefined;
        if (exported === 'BrowserWindow' || name === 'BrowserWindow') {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
          browserWindows.push({ file, line: line + 1 });
        }
        if ((exported && OTHER_WINDOWS.has(exported)) || (name && OTHER_WINDOWS.has(name)))
          report('no window or view besides the one BrowserWindow', node);
      }
      if (ts.isPropertyAssignment(node)) {
        const key = propertyName(node.name);
        if (key) checkValue(key, node.initializer, node);
      }
      if (ts.isShorthandPropertyAssignment(node)) checkValue(node.name.text, undefined, node);
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        (ts.isPropertyAccessExpression(node.left) || ts.isElementAccessExpression(node.left))
      ) {
        const key = ts.isPropertyAccessExpression(node.left)
          ? node.left.name.text
          : ts.isStringLiteral(node.left.argumentExpression)
            ? node.left.argumentExpression.text
            : undefined;
        if (key) checkValue(key, node.right, node);
      }
      if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
        const exported = electronExport(node, bindings);
        const isImport = ts.isImportSpecifier(node.parent);
        const isNamespaceHead =
          ts.isIdentifier(node) &&
          ts.isPropertyAccessExpression(node.parent) &&
          node.parent.expression === node &&
          bindings.namespaces.has(node.text);
        if (exported === 'ipcMain' && !isImport && !isNamespaceHead && file !== IPC_WRAPPER) {
          // Outside the wrapper, ipcMain may only be handed to it.
          const handedOver =
            ts.isCallExpression(node.parent) &&
            node.parent.arguments.includes(node as ts.Expression) &&
            ts.isIdentifier(node.parent.expression) &&
            node.parent.expression.text === 'registerHandlers';
          if (!handedOver) report('ipcMain only inside the registration wrapper', node);
        }
        if (exported === 'ipcRenderer' && !isImport && !isNamespaceHead) {
          const handedOver =
            file === PRELOAD_ENTRY &&
            ts.isCallExpression(node.parent) &&
            ts.isIdentifier(node.parent.expression) &&
            node.parent.expression.text === 'buildBriefingApi';
          if (!handedOver) report('ipcRenderer only handed to buildBriefingApi', node);
        }
      }
      // In the wrapper, only invoke-style handlers (whose sender frame it checks) are registered.
      if (
        file === IPC_WRAPPER &&
        ts.isPropertyAccessExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'ipcMain' &&
        !['handle', 'removeHandler'].includes(node.name.text)
      )
        report('the wrapper uses only ipcMain.handle and removeHandler', node);
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        if (method === 'openExternal' && !insideCallTo(node, 'openExternalChecked'))
          report('shell.openExternal only through openExternalChecked', node);
        if (
          (method === 'appendSwitch' || method === 'appendArgument') &&
          node.arguments.some((a) => ts.isStringLiteralLike(a) && UNSAFE_SWITCH.test(a.text))
        )
          report('no command-line switch that weakens Chromium', node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { violations, browserWindows };
}
