// The data packs in use: the bundled v1 (verified at load) or a newer imported pack per kind, stored atomically under userData/packs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountriesFile } from '../../core/countries/schema';
import type { AuthoritiesFile } from '../../core/data/authoritiesSchema';
import { FRAMEWORK_VERSION } from '../../core/data/framework';
import type { FrameworkBundle } from '../../core/framework/bundle';
import { AppFailure } from '../../core/ipc/result';
import {
  PACK_KINDS,
  PACK_KIND_NAMES,
  PACK_MAX_CHARS,
  type PackEnvelope,
  type PackInfo,
  type PackKind,
  type PackStatus,
  type TrustedKeys,
} from '../../core/packs/packFormat';
import { parseCountriesPayload, parseFrameworkPayload } from '../../core/packs/payloads';
import { writeFileAtomic } from '../storage/atomicWrite';
import {
  BUNDLED_SIGNATURES_FILE,
  bundledPayload,
  bundledSignatures,
  releaseTrustedKeys,
} from './bundledPacks';
import { payloadSha256, verifyManifest } from './packCrypto';
import { verifyPackText } from './verifyPack';

/** The folder under userData that holds imported packs, one file per kind. */
export const packsDir = (userDataDir: string): string => join(userDataDir, 'packs');
const packFile = (userDataDir: string, kind: PackKind) =>
  join(packsDir(userDataDir), `${kind}.pack.json`);

/** One kind's pack in use, validated. */
interface Loaded {
  info: PackInfo;
  countries?: { countries: CountriesFile; authorities: AuthoritiesFile };
  framework?: FrameworkBundle;
}

function validatePayload(pack: PackEnvelope, where: string): Omit<Loaded, 'info'> {
  return pack.manifest.kind === 'countries'
    ? { countries: parseCountriesPayload(pack.payload, where) }
    : { framework: parseFrameworkPayload(pack.payload, where, FRAMEWORK_VERSION) };
}

/** Verifies the bundled pack of `kind` against its committed signature; a mismatch is a broken release. */
function loadBundled(kind: PackKind, trusted: TrustedKeys): Loaded {
  const { manifest, signature } = bundledSignatures()[kind];
  const payload = bundledPayload(kind);
  const key = trusted.keys.find((k) => k.id === manifest.keyId);
  if (
    manifest.kind !== kind ||
    !key ||
    payloadSha256(payload) !== manifest.payloadSha256 ||
    !verifyManifest(manifest, signature, key.publicKeyPem)
  ) {
    throw new Error(
      `The bundled ${PACK_KIND_NAMES[kind]} data does not match its signature in ${BUNDLED_SIGNATURES_FILE}: ` +
        'the data files changed without being re-signed. Re-sign them with scripts/sign-packs.ts (see SECURITY.md).',
    );
  }
  const where = `bundled ${PACK_KIND_NAMES[kind]} pack v${manifest.version}`;
  const data = validatePayload({ format: 'briefing-book-data-pack/1', manifest, payload }, where);
  return { info: { ...manifest, source: 'bundled' }, ...data };
}

const infoOf = (pack: PackEnvelope): PackInfo => ({
  kind: pack.manifest.kind,
  version: pack.manifest.version,
  createdAt: pack.manifest.createdAt,
  keyId: pack.manifest.keyId,
  source: 'imported',
});

export interface PackLibraryOptions {
  userDataDir: string;
  /** The public keys trusted for packs; default: the app's (framework-data/packs/trusted-keys.json). */
  trustedKeys?: TrustedKeys;
}

/**
 * The packs in use. Each kind is the newest of the bundled pack and the imported one (verified
 * again on every start: an imported pack that no longer verifies is set aside, not used).
 */
export class PackLibrary {
  private readonly trusted: TrustedKeys;
  private cache = new Map<PackKind, Loaded & { problem?: string }>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: PackLibraryOptions) {
    this.trusted = options.trustedKeys ?? releaseTrustedKeys();
  }

  private load(kind: PackKind): Loaded & { problem?: string } {
    const hit = this.cache.get(kind);
    if (hit) return hit;
    const bundled = loadBundled(kind, this.trusted);
    let loaded: Loaded & { problem?: string } = bundled;
    let text: string | null = null;
    try {
      text = readFileSync(packFile(this.options.userDataDir, kind), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (text !== null) {
      const where = `installed ${PACK_KIND_NAMES[kind]} pack`;
      try {
        const pack = verifyPackText(text, where, this.trusted);
        if (pack.manifest.kind !== kind)
          throw new Error(`${where}: holds a ${pack.manifest.kind} pack`);
        if (pack.manifest.version > bundled.info.version)
          loaded = { info: infoOf(pack), ...validatePayload(pack, where) };
      } catch (error) {
        loaded = {
          ...bundled,
          problem: `${(error as Error).message} The bundled pack is used instead.`,
        };
      }
    }
    this.cache.set(kind, loaded);
    return loaded;
  }

  /** The pack of each kind in use, bundled or imported. */
  status(): PackStatus {
    return {
      packs: PACK_KINDS.map((kind) => {
        const { info, problem } = this.load(kind);
        return problem ? { ...info, problem } : info;
      }),
    };
  }

  /** The version in use of each kind (what a drafted book records). */
  versions(): Record<PackKind, number> {
    return {
      countries: this.load('countries').info.version,
      framework: this.load('framework').info.version,
    };
  }

  countries(): CountriesFile {
    return this.load('countries').countries!.countries;
  }

  authorities(): AuthoritiesFile {
    return this.load('countries').countries!.authorities;
  }

  framework(): FrameworkBundle {
    return this.load('framework').framework!;
  }

  /**
   * Verifies, validates and installs a pack file's text; refused (AppFailure 'validation') when
   * unsigned, altered, signed by an unknown key, malformed, or not newer than the pack in use.
   * Imports run one at a time; the file is replaced atomically, so a failure leaves the old pack.
   */
  importText(text: string, fileName: string): Promise<PackInfo> {
    const run = this.queue.then(() => this.importNow(text, fileName));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async importNow(text: string, fileName: string): Promise<PackInfo> {
    const where = fileName.slice(0, 200) || 'pack';
    if (text.length > PACK_MAX_CHARS)
      throw new AppFailure(
        'validation',
        `${where}: larger than ${PACK_MAX_CHARS / 1024 / 1024} MB, so not a data pack.`,
      );
    const pack = verifyPackText(text, where, this.trusted);
    const { kind, version } = pack.manifest;
    const current = this.load(kind).info;
    if (version <= current.version) {
      throw new AppFailure(
        'validation',
        `${where}: this ${PACK_KIND_NAMES[kind]} pack is v${version}, ${version === current.version ? 'the same version as' : 'older than'} the v${current.version} in use. Only a newer pack is imported.`,
      );
    }
    const data = validatePayload(pack, where);
    mkdirSync(packsDir(this.options.userDataDir), { recursive: true });
    await writeFileAtomic(packFile(this.options.userDataDir, kind), text);
    const info = infoOf(pack);
    this.cache.set(kind, { info, ...data });
    return info;
  }
}
