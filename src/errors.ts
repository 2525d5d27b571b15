/** Codes of the errors the public entry points throw. */
export const ERROR_MESSAGES = {
  EMPTY_INPUT: { en: 'Input is empty', zh: '输入为空' },
  BINARY_INPUT: { en: 'Input looks binary, not text or HTML', zh: '输入像是二进制文件，不是文本或 HTML' },
  TOO_LARGE: { en: 'Input is larger than the size limit', zh: '输入超过大小上限' },
  UNKNOWN_ENCODING: { en: 'Unknown or unsupported encoding', zh: '未知或不支持的编码' },
  INVALID_OPTION: { en: 'Invalid option', zh: '选项无效' },
  TOKENIZER_UNAVAILABLE: { en: 'The requested tokenizer could not be loaded', zh: '无法加载所选分词器' },
  UNSUPPORTED_FORMAT: { en: 'This file format cannot be read', zh: '无法读取此文件格式' },
  NEEDS_ASYNC: {
    en: 'PDF and Word files need the async entry parseDocument(bytes) or parseFile(path)',
    zh: 'PDF 和 Word 文件需用异步入口 parseDocument(bytes) 或 parseFile(path) 读取',
  },
  NO_TEXT_LAYER: { en: 'The PDF has no text layer (a scan); OCR is out of scope', zh: 'PDF 没有文字层（扫描件），不做 OCR' },
  ENCRYPTED: { en: 'The document is encrypted (password protected)', zh: '文档已加密（需要密码）' },
  DAMAGED_DOCUMENT: { en: 'The document is damaged or truncated and cannot be read', zh: '文档已损坏或不完整，无法读取' },
  UNREADABLE_FILE: { en: 'The file cannot be read', zh: '无法读取文件' },
  INTERNAL: { en: 'Internal error while parsing', zh: '解析时内部错误' },
} as const;

export type NianbaoErrorCode = keyof typeof ERROR_MESSAGES;

/** The only error nianbao throws: a code from `ERROR_MESSAGES`, a readable message, and the source file if known. */
export class NianbaoError extends Error {
  override readonly name = 'NianbaoError';
  constructor(
    readonly code: NianbaoErrorCode,
    detail?: string,
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${ERROR_MESSAGES[code].en}${detail ? `: ${detail}` : ''}${source ? ` (${source})` : ''}`,
      options,
    );
  }
}
