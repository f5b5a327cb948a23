// electron-builder.yml: parsed with js-yaml and validated against electron-builder's own schema; fuses, targets, files.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

interface BuilderConfig {
  appId: string;
  productName: string;
  asar: boolean;
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  electronFuses: Record<string, boolean>;
  win: { target: string[] };
  mac: { target: string[] };
  linux: { target: string[] };
  publish: unknown;
}

const config = load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    // app-builder-lib ships with electron-builder; its validator is what `electron-builder` runs first.
    const { validateConfiguration } = (await import(
      'app-builder-lib/out/util/config/config.js' as string
    )) as {
      validateConfiguration(
        config: unknown,
        logger: { isEnabled: boolean; add(): void },
      ): Promise<void>;
    };
    await expect(
      validateConfiguration(config, { isEnabled: false, add: () => undefined }),
    ).resolves.toBeUndefined();
    await expect(
      validateConfiguration(
        { ...config, electronFuses: { runAsNod: false } },
        { isEnabled: false, add: () => undefined },
      ),
    ).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });

  it('sets the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('targets Windows (nsis, portable), macOS (dmg) and Linux (AppImage, deb)', () => {
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });

  it('packs the built app in an asar, ships fonts and data as resources, publishes nothing', () => {
    expect(config.appId).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('Briefing Book Builder');
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(
      expect.arrayContaining(['package.json', 'dist/electron/**', 'dist/renderer/**']),
    );
    expect(config.extraResources).toEqual(
      expect.arrayContaining([
        { from: 'dist/fonts', to: 'fonts' },
        { from: 'templates', to: 'templates' },
        { from: 'framework-data', to: 'framework-data' },
      ]),
    );
    expect(config.publish).toBeNull();
    const main = (JSON.parse(readFileSync('package.json', 'utf8')) as { main: string }).main;
    expect(main).toBe('dist/electron/main.cjs');
  });
});
