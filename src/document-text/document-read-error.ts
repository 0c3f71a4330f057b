// Why a document could not be turned into text. The message is shown to the user as is
// (Vietnamese, names the problem); the code lets the API and tests tell cases apart.

export type DocumentReadErrorCode =
  | 'empty_file'
  | 'file_too_large'
  | 'unsupported_format'
  | 'not_utf8'
  | 'binary_text'
  | 'unreadable_docx'
  | 'empty_docx'
  | 'unreadable_pdf'
  | 'encrypted_pdf'
  | 'pdf_scanned';

export class DocumentReadError extends Error {
  /** `cause`: the library's own (English) error, for logs; never shown to the user. */
  constructor(
    readonly code: DocumentReadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DocumentReadError';
  }
}

/** "25,3 MB" / "812 KB": sizes the way a Vietnamese reader writes them. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '').replace('.', ',')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
