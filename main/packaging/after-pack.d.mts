// Types for after-pack.mjs (plain JavaScript: electron-builder loads the hook as it is).
import type { FuseV1Config } from '@electron/fuses';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export function fuseConfig(platform: string, arch: number): FuseV1Config;
export function electronBinaryPath(context: Omit<PackContext, 'arch'>): string;
export function afterPack(context: PackContext): Promise<void>;
export default afterPack;
