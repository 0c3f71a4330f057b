import { describe, expect, it } from 'vitest';
import { buildPlanDocx, buildTextPdf } from '../../test/fixtures/documents/build-documents.ts';
import { extractDocumentPlan } from './extract-document-plan.ts';

describe('extractDocumentPlan', () => {
  it('extracts a Word plan', async () => {
    const { document, extraction } = await extractDocumentPlan(await buildPlanDocx(), 'ke-hoach.docx');
    expect(document.format).toBe('docx');
    expect(extraction.document.number).toBe('416/KH-UBND');
    expect(extraction.warnings.filter((warning) => warning.code === 'document_read')).toEqual([]);
  });

  it('puts the reader warnings first among the draft warnings', async () => {
    const { extraction } = await extractDocumentPlan(await buildTextPdf([['KE HOACH'], []]), 'kh.pdf');
    expect(extraction.warnings[0]).toEqual({
      code: 'document_read',
      message: expect.stringMatching(/^Trang 2 của tệp PDF/),
      line: null,
    });
  });
});
