// Placeholder signature; helper A replaces this with the real reader.
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export interface DocumentText {
  text: string;
  format: 'txt' | 'md' | 'docx' | 'pdf';
  encoding?: string;
  warnings: string[];
}

export class DocumentReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function readDocumentText(bytes: Uint8Array, fileName: string): Promise<DocumentText> {
  if (bytes.byteLength === 0) throw new DocumentReadError('empty_file', `Tệp ${fileName} trống.`);
  return { text: new TextDecoder().decode(bytes), format: 'txt', warnings: [] };
}
