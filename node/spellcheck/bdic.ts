// Checks a Chromium .bdic dictionary the way Chromium's hunspell::BDict::Verify does, so a file it would reject (and delete, then download) is never shipped or installed.
import { createHash } from 'node:crypto';

/**
 * The BDic header (third_party/hunspell/google/bdict.h), little endian:
 * "BDic" (4) · major version (u16) · minor version (u16) · aff offset (u32) · dic offset (u32) ·
 * MD5 of everything from the aff offset to the end (16, since major version 2).
 */
export const BDIC_HEADER_BYTES = 32;
/** The affix header after the BDic header: four u32 offsets (affix groups, rules, replacements, other). */
const AFF_HEADER_BYTES = 16;
/** Newest major version Chromium reads (BDict::MAJOR_VERSION). */
export const BDIC_MAJOR_VERSION = 2;
const MAGIC = 'BDic';

export type BdicCheck = { ok: true; majorVersion: number } | { ok: false; reason: string };

/** Why Chromium would refuse `bytes` as a dictionary, or ok. Mirrors BDict::Verify step by step. */
export function checkBdic(bytes: Uint8Array): BdicCheck {
  if (bytes.length <= BDIC_HEADER_BYTES)
    return { ok: false, reason: `only ${bytes.length} bytes, shorter than the BDic header` };
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.toString('latin1', 0, 4);
  if (magic !== MAGIC)
    return { ok: false, reason: `starts with ${JSON.stringify(magic)}, not "BDic"` };
  const majorVersion = view.readUInt16LE(4);
  if (majorVersion > BDIC_MAJOR_VERSION)
    return { ok: false, reason: `major version ${majorVersion} is newer than Chromium reads (2)` };
  const affOffset = view.readUInt32LE(8);
  const dicOffset = view.readUInt32LE(12);
  if (affOffset > view.length || dicOffset > view.length)
    return {
      ok: false,
      reason: `aff offset ${affOffset} or dic offset ${dicOffset} is past the end`,
    };
  if (affOffset + AFF_HEADER_BYTES > view.length)
    return { ok: false, reason: 'no room for the affix header' };
  const affixGroupOffset = view.readUInt32LE(affOffset);
  if (affixGroupOffset + 4 > view.length)
    return { ok: false, reason: 'the affix group table is past the end' };
  if (majorVersion >= 2) {
    const digest = createHash('md5').update(view.subarray(affOffset)).digest();
    if (!digest.equals(view.subarray(16, 32)))
      return { ok: false, reason: 'the MD5 in the header does not match the dictionary data' };
  }
  return { ok: true, majorVersion };
}
