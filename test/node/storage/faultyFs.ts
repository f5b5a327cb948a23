// A StorageFs over the real file system that fails chosen operations with chosen errno codes (ENOSPC, EIO, EXDEV, EACCES ...).
import { nodeFs, type StorageFs } from '../../../node/storage/fsSeam';

export type FsOp =
  'open' | 'write' | 'read' | 'sync' | 'rename' | 'link' | 'rm' | 'readdir' | 'stat';

export interface FaultRule {
  op: FsOp;
  code: string;
  /** Which paths fail (for rename: the source path); default every path. */
  match?: (path: string) => boolean;
  /** How many times it fails before the operation works again; default always. */
  times?: number;
}

export interface FaultyFs extends StorageFs {
  /** How many faults were injected so far. */
  readonly injected: number;
}

/** Wraps `base` (default the real file system) so operations matching `rules` throw an errno error. */
export function faultyFs(rules: FaultRule[], base: StorageFs = nodeFs): FaultyFs {
  let injected = 0;
  const left = rules.map((r) => r.times ?? Infinity);
  const check = (op: FsOp, path: string): void => {
    rules.forEach((rule, i) => {
      if (rule.op !== op || left[i]! <= 0 || (rule.match && !rule.match(path))) return;
      left[i]!--;
      injected++;
      throw Object.assign(new Error(`${rule.code}: injected fault, ${op} '${path}'`), {
        code: rule.code,
      });
    });
  };
  return {
    get injected() {
      return injected;
    },
    open: async (path, flags, mode) => {
      check('open', path);
      const handle = await base.open(path, flags, mode);
      return {
        writeFile: async (data) => {
          check('write', path);
          await handle.writeFile(data);
        },
        readFile: async () => {
          check('read', path);
          return handle.readFile();
        },
        sync: async () => {
          check('sync', path);
          await handle.sync();
        },
        stat: () => handle.stat(),
        close: () => handle.close(),
      };
    },
    rename: async (from, to) => {
      check('rename', from);
      await base.rename(from, to);
    },
    link: async (existing, newPath) => {
      check('link', existing);
      await base.link(existing, newPath);
    },
    rm: async (path, options) => {
      check('rm', path);
      await base.rm(path, options);
    },
    mkdir: (path, options) => base.mkdir(path, options),
    readdir: async (path) => {
      check('readdir', path);
      return base.readdir(path);
    },
    stat: async (path) => {
      check('stat', path);
      return base.stat(path);
    },
    lstat: (path) => base.lstat(path),
  };
}
