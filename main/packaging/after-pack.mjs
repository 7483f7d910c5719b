// electron-builder's afterPack hook (electron-builder.yml): sets Electron's fuses in the packaged
// binary, before signing. Plain JavaScript: electron-builder loads the hook as it is.
// @ts-check
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

const ARM64 = 3; // electron-builder's Arch.arm64

/**
 * What the packaged app may do. Off: running as plain Node (ELECTRON_RUN_AS_NODE), NODE_OPTIONS
 * and --inspect, so nobody can drive our signed binary as a Node interpreter. On: app.asar's
 * embedded integrity check and loading the app only from it, so its code cannot be swapped.
 * @param {string} platform electronPlatformName: darwin, mas, win32 or linux
 * @param {number} arch
 * @returns {import('@electron/fuses').FuseV1Config}
 */
export function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature an arm64 Mac binary needs to start at all.
    resetAdHocDarwinSignature: (platform === 'darwin' || platform === 'mas') && arch === ARM64,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
  };
}

/**
 * The Electron binary in a packed app folder (what @electron/fuses patches): the .app bundle on
 * macOS, the .exe on Windows, the executable on Linux.
 * @param {{ appOutDir: string, electronPlatformName: string,
 *   packager: { appInfo: { productFilename: string }, executableName?: string } }} context
 */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32')
    return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName ?? packager.appInfo.productFilename);
}

/** @param {Parameters<typeof electronBinaryPath>[0] & { arch: number }} context */
export async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfig(context.electronPlatformName, context.arch));
}

export default afterPack;
