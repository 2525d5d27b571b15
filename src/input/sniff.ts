// What a file is, by its first bytes (never by its name): PDF, DOCX, DOC/WPS, another binary type, or text/HTML.

/** A file format recognised from content. `text` means: text or HTML, decoded and sniffed by the text path. */
export type SniffedFormat = 'pdf' | 'docx' | 'doc' | 'text' | 'unsupported';

export interface Sniffed {
  format: SniffedFormat;
  /** For `unsupported`: what the bytes are, in words a user recognises (`a PNG image`). */
  kind?: string;
}

/** Leading bytes of binary types nianbao cannot read, with the name a user knows them by. */
const UNSUPPORTED_SIGNATURES: Array<[number[], string]> = [
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'], // {\rtf
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'], // GIF8
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'], // II*\0
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'], // MM\0*
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'], // Rar!
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'], // BZh
  [[0x7f, 0x45, 0x4c, 0x46], 'an ELF executable'],
  [[0x4d, 0x5a], 'a Windows executable'], // MZ
];

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file (Word 97–2003, WPS .wps/.doc)

/** How far into a file `%PDF-` may start (Acrobat accepts junk before the header within the first 1 KB). */
const PDF_HEADER_WINDOW = 1024;

/** The bytes whose latin1 characters `[\s\0]` matches (NUL, tab, LF, VT, FF, CR, space, no-break space). */
const LEADING_BLANK = new Set([0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]);

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

/** The names of the entries a ZIP's central directory lists (read from the end of the file; no inflating). */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // end-of-central-directory record: PK\5\6, within the last 64 KB + 22 bytes
  const floor = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b || bytes[i + 2] !== 0x05 || bytes[i + 3] !== 0x06) continue;
    const count = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    const names: string[] = [];
    for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
      if (view.getUint32(at, true) !== 0x02014b50) break;
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.length - at - 46)).toString('utf8'));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return [];
}

/** Names a ZIP that is not a Word document by what it holds (an .xlsx, an .odt, or just an archive). */
function zipKind(names: string[]): string {
  if (names.some((n) => n.startsWith('xl/'))) return 'an Excel workbook (.xlsx)';
  if (names.some((n) => n.startsWith('ppt/'))) return 'a PowerPoint file (.pptx)';
  if (names.includes('content.xml')) return 'an OpenDocument file (.odt/.ods)';
  return 'a ZIP archive';
}

/** Sniffs the format of a file from its bytes: `%PDF`, a ZIP holding `word/document.xml`, an OLE file, … */
export function sniffFormat(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, PDF)) return { format: 'pdf' };
  if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes);
    if (names.includes('word/document.xml')) return { format: 'docx' };
    // a truncated DOCX has lost its directory: its first local entry still names its parts
    if (names.length === 0 && /word\/|\[Content_Types\]\.xml/.test(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'))) {
      return { format: 'docx' };
    }
    return { format: 'unsupported', kind: zipKind(names) };
  }
  if (startsWith(bytes, OLE)) return { format: 'doc' };
  // a PDF after blank lines or NULs (some download scripts prepend them); only looked for after such a first byte
  if (LEADING_BLANK.has(bytes[0])) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW)).toString('latin1');
    if (/^[\s\0]*%PDF-/.test(head)) return { format: 'pdf' };
  }
  const kind = UNSUPPORTED_SIGNATURES.find(([sig]) => startsWith(bytes, sig))?.[1];
  return kind ? { format: 'unsupported', kind } : { format: 'text' };
}
