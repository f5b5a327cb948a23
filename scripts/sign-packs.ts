// Release tool: signs data packs with the release private key (kept outside the repo). See SECURITY.md, "Data packs".
//
//   node --import tsx scripts/sign-packs.ts bundled --key PATH [--key-id ID] [--created-at ISO]
//       re-signs the bundled data as pack v1 into framework-data/packs/bundled-signatures.json
//   node --import tsx scripts/sign-packs.ts pack --kind countries|framework --version N --from DIR --out FILE --key PATH [--key-id ID]
//       builds a pack file from DIR (countries: countries.json + authorities.json; framework: one
//       JSON file per framework file) to import with "Import pack…" or `brief facts import`
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FRAMEWORK_PACK_FILES } from '../core/packs/payloads';
import { PACK_KINDS, type PackKind } from '../core/packs/packFormat';
import {
  BUNDLED_SIGNATURES_FILE,
  bundledPayload,
  releaseTrustedKeys,
} from '../node/packs/bundledPacks';
import { buildSignedPack } from '../node/packs/packCrypto';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    key: { type: 'string' },
    'key-id': { type: 'string' },
    'created-at': { type: 'string' },
    kind: { type: 'string' },
    version: { type: 'string' },
    from: { type: 'string' },
    out: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`sign-packs: ${message}`);
  process.exit(2);
}

if (!values.key) fail('--key PATH (the release private key, PEM) is required');
const privateKeyPem = readFileSync(values.key, 'utf8');
const keyId = values['key-id'] ?? releaseTrustedKeys().keys[0]!.id;
const createdAt = values['created-at'] ?? new Date().toISOString();
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;

if (positionals[0] === 'bundled') {
  const signatures = Object.fromEntries(
    PACK_KINDS.map((kind) => {
      const { manifest, signature } = buildSignedPack({
        kind,
        version: 1,
        createdAt,
        keyId,
        payload: bundledPayload(kind),
        privateKeyPem,
      });
      return [kind, { manifest, signature }];
    }),
  );
  writeFileSync(BUNDLED_SIGNATURES_FILE, `${JSON.stringify(signatures, null, 2)}\n`);
  console.log(`signed the bundled packs (v1, key "${keyId}") into ${BUNDLED_SIGNATURES_FILE}`);
} else if (positionals[0] === 'pack') {
  const kind = values.kind as PackKind;
  if (!PACK_KINDS.includes(kind)) fail(`--kind must be one of ${PACK_KINDS.join(', ')}`);
  const version = Number(values.version);
  if (!Number.isInteger(version) || version < 2) fail('--version must be a whole number above 1');
  if (!values.from || !values.out) fail('--from DIR and --out FILE are required');
  const names = kind === 'countries' ? ['countries', 'authorities'] : [...FRAMEWORK_PACK_FILES];
  const payload = Object.fromEntries(
    names.map((name) => [name, readJson(path.join(values.from!, `${name}.json`))]),
  );
  const { text } = buildSignedPack({ kind, version, createdAt, keyId, payload, privateKeyPem });
  writeFileSync(values.out, text);
  console.log(`wrote ${kind} pack v${version} (key "${keyId}") to ${values.out}`);
} else {
  fail('first argument: "bundled" or "pack"');
}
