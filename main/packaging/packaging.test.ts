// Packaging without building an installer: electron-builder.yml is valid by electron-builder's
// own JSON schema, packs every file the app looks for, and the afterPack hook sets the fuses.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../app/app-paths';
import { afterPack, electronBinaryPath, fuseConfig } from './after-pack.mjs';

const ROOT = path.resolve(__dirname, '../..');
const requireHere = createRequire(__filename);
const yaml = requireHere('js-yaml') as { load: (text: string) => unknown };
const minimatch = requireHere('minimatch') as (file: string, pattern: string, options?: object) => boolean;

interface BuilderConfig {
  files: string[];
  extraResources: { from: string; to: string }[];
  afterPack: string;
  asar: boolean;
  asarUnpack?: string[];
  linux: { target: string[] };
  mac: { target: string };
  win: { target: string };
}
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

/** Whether electron-builder's `files` list puts this app-relative path in app.asar. */
const packs = (relative: string): boolean =>
  config.files.reduce(
    (included, pattern) =>
      pattern.startsWith('!')
        ? included && !minimatch(relative, pattern.slice(1))
        : included || minimatch(relative, pattern),
    false,
  );

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema (app-builder-lib/scheme.json)', { timeout: 60_000 }, () => {
    const schema = JSON.parse(
      readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
    // The check can fail: a misspelt key is refused.
    expect(validate({ ...config, afterpack: config.afterPack })).toBe(false);
  });

  it('builds AppImage and deb, dmg and nsis installers, with the fuses hook', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
    expect(config.asar).toBe(true);
    expect(config.afterPack).toBe('./main/packaging/after-pack.mjs');
  });

  it('packs everything the app looks for, and nothing of the sources', () => {
    const packaged = appPaths({
      isPackaged: true,
      resourcesPath: '/opt/Variorum/resources',
      appPath: '/opt/Variorum/resources/app.asar',
      mainDir: '/opt/Variorum/resources/app.asar/out/main',
    });
    const inAsar = (file: string): string => path.relative('/opt/Variorum/resources/app.asar', file);
    for (const file of [
      packaged.preload,
      packaged.compareWorker,
      `${packaged.renderer}/index.html`,
      `${packaged.renderer}/assets/index-abc.js`,
    ]) {
      expect(inAsar(file).startsWith('..'), file).toBe(false);
      expect(packs(inAsar(file)), file).toBe(true);
    }
    expect(packs('out/main/index.js')).toBe(true);
    expect(packs('out/main/prepare-worker.js')).toBe(true);
    expect(packs('package.json')).toBe(true);
    for (const source of [
      'main/app/index.ts',
      'renderer/src/main.tsx',
      'e2e/fixtures.ts',
      'out/main/bench.js',
      'resources/samples/a.txt',
    ]) {
      expect(packs(source), source).toBe(false);
    }
    // The samples are copied beside app.asar, where the packaged app looks for them.
    expect(config.extraResources).toEqual([{ from: 'resources/samples', to: 'samples' }]);
    expect(packaged.samples).toBe(path.join('/opt/Variorum/resources', config.extraResources[0]!.to));
    // Worker threads read app.asar (Electron 17+), so nothing needs unpacking.
    expect(config.asarUnpack).toBeUndefined();
  });
});

describe('appPaths', () => {
  it('finds the built files and the samples in the repository when unpackaged', () => {
    const unpackaged = appPaths({
      isPackaged: false,
      resourcesPath: '/usr/lib/electron/resources',
      appPath: ROOT,
      mainDir: path.join(ROOT, 'out/main'),
    });
    expect(unpackaged).toEqual({
      renderer: path.join(ROOT, 'out/renderer'),
      preload: path.join(ROOT, 'out/preload/index.cjs'),
      compareWorker: path.join(ROOT, 'out/main/compare-worker.js'),
      collateWorker: path.join(ROOT, 'out/main/collate-worker.js'),
      corpusWorker: path.join(ROOT, 'out/main/corpus-worker.js'),
      samples: path.join(ROOT, 'resources/samples'),
    });
  });

  it('looks inside app.asar for code and beside it for the samples when packaged', () => {
    const packaged = appPaths({
      isPackaged: true,
      resourcesPath: 'C:\\Program Files\\Variorum\\resources'.replace(/\\/g, '/'),
      appPath: 'C:/Program Files/Variorum/resources/app.asar',
      mainDir: 'C:/Program Files/Variorum/resources/app.asar/out/main',
    });
    expect(packaged.compareWorker).toBe(
      'C:/Program Files/Variorum/resources/app.asar/out/main/compare-worker.js',
    );
    expect(packaged.preload).toBe('C:/Program Files/Variorum/resources/app.asar/out/preload/index.cjs');
    expect(packaged.renderer).toBe('C:/Program Files/Variorum/resources/app.asar/out/renderer');
    expect(packaged.samples).toBe('C:/Program Files/Variorum/resources/samples');
  });
});

describe('the afterPack hook', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'variorum-fuses-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** A stand-in binary with Electron's fuse wire: sentinel, version 1, length, then states. */
  const fakeElectron = (file: string): void =>
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('\x7fELF… the rest of Electron …'),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 8]),
        Buffer.from('10110001'), // Electron's defaults: RunAsNode, NODE_OPTIONS, inspect on
        Buffer.from('… more of the binary'),
      ]),
    );

  it('turns off RunAsNode, NODE_OPTIONS and inspect; turns on asar integrity and asar-only', async () => {
    const packager = { appInfo: { productFilename: 'Variorum' }, executableName: 'variorum' };
    const context = { appOutDir: tmp, electronPlatformName: 'linux', arch: 1, packager };
    fakeElectron(path.join(tmp, 'variorum'));
    await afterPack(context);
    const wire = (await getCurrentFuseWire(path.join(tmp, 'variorum'))) as unknown as Record<number, number>;
    const state = (fuse: FuseV1Options): string => String.fromCharCode(wire[fuse]!);
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    // Fuses not named keep Electron's own setting.
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('0');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('1');
  });

  it('finds the binary on each platform, and re-signs arm64 Macs ad hoc', () => {
    const packager = { appInfo: { productFilename: 'Variorum' }, executableName: 'variorum' };
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      '/o/variorum',
    );
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      '/o/Variorum.exe',
    );
    expect(electronBinaryPath({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      '/o/Variorum.app',
    );
    expect(fuseConfig('darwin', 3).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfig('darwin', 1).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfig('linux', 3).resetAdHocDarwinSignature).toBe(false);
  });
});
