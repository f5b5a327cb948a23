// A complete fuses object: every fuse electron-builder can flip is set in electron-builder.yml, to its secure value.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { FuseV1Options } = require('@electron/fuses') as {
  FuseV1Options: Record<string, number | string>;
};
// The generator electron-builder runs right before signing (app-builder-lib's PlatformPackager).
const { PlatformPackager } = require('app-builder-lib') as {
  PlatformPackager: {
    prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> };
  };
};
const builderSchema = JSON.parse(
  readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'),
) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } };

/** The secure value of every fuse in @electron/fuses' V1 wire, by enum name, with why. */
const SECURE: Record<string, [value: boolean, why: string]> = {
  RunAsNode: [false, 'ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node'],
  EnableCookieEncryption: [true, 'cookies (none expected) encrypted with the OS key'],
  EnableNodeOptionsEnvironmentVariable: [false, 'NODE_OPTIONS could preload code'],
  EnableNodeCliInspectArguments: [false, '--inspect would open a debugger port'],
  EnableEmbeddedAsarIntegrityValidation: [true, 'app.asar is checked against its signed hash'],
  OnlyLoadAppFromAsar: [true, 'no app folder planted next to the asar is loaded'],
  LoadBrowserProcessSpecificV8Snapshot: [false, 'only the snapshot shipped with Electron'],
  GrantFileProtocolExtraPrivileges: [false, 'file:// gets no extra powers (the app uses app://)'],
};

const config = load(readFileSync('electron-builder.yml', 'utf8')) as {
  electronFuses: Record<string, boolean>;
};

/** Enum names of the V1 fuse wire (a TypeScript numeric enum maps both ways). */
const fuseNames = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));

describe('electronFuses', () => {
  it('the secure table covers exactly the fuses @electron/fuses knows (a new fuse fails here until classified)', () => {
    expect(fuseNames.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(SECURE).sort()).toEqual([...fuseNames].sort());
  });

  it('sets every fuse option electron-builder accepts (resetAdHocDarwinSignature is signing, not a fuse)', () => {
    const accepted = Object.keys(builderSchema.definitions.FuseOptionsV1.properties).filter(
      (k) => k !== 'resetAdHocDarwinSignature',
    );
    expect(Object.keys(config.electronFuses).sort()).toEqual(accepted.sort());
  });

  it('electron-builder turns it into a wire config with every fuse at its secure value', async () => {
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    for (const name of fuseNames) {
      const index = FuseV1Options[name] as number;
      expect(wire[index], `${name}: ${SECURE[name]![1]}`).toBe(SECURE[name]![0]);
    }
  });

  it('the check fails on an insecure or missing fuse', async () => {
    const generate = (fuses: unknown) =>
      PlatformPackager.prototype.generateFuseConfig.call({}, fuses);
    const flipped = await generate({ ...config.electronFuses, runAsNode: true });
    expect(flipped[FuseV1Options.RunAsNode as number]).not.toBe(SECURE.RunAsNode![0]);
    const { onlyLoadAppFromAsar: _dropped, ...missing } = config.electronFuses;
    const gap = await generate(missing);
    expect(gap[FuseV1Options.OnlyLoadAppFromAsar as number]).toBeUndefined();
  });
});
