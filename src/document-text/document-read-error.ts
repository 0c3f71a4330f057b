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
  | 'pdf_scanned'
  // Limits (document-limits.ts): refused with 413 before the work they would cost.
  | 'docx_too_many_entries'
  | 'docx_too_large'
  | 'pdf_too_many_pages'
  | 'pdf_too_large'
  | 'text_too_long'
  | 'too_many_items';

const LIMIT_CODES: ReadonlySet<DocumentReadErrorCode> = new Set([
  'file_too_large',
  'docx_too_many_entries',
  'docx_too_large',
  'pdf_too_many_pages',
  'pdf_too_large',
  'text_too_long',
  'too_many_items',
]);

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

  /** HTTP status of the refusal: 413 when a limit was passed, 400 for a file that cannot be read. */
  get status(): 400 | 413 {
    return LIMIT_CODES.has(this.code) ? 413 : 400;
  }
}

/** "25,3 MB" / "812 KB": sizes the way a Vietnamese reader writes them. */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '').replace('.', ',')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
