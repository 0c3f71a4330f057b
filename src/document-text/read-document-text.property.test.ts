// Whatever bytes arrive, the reader either returns clean text or a DocumentReadError with
// a message for the user: never a library's raw exception, never text with CR or BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlanDocx, buildTextPdf } from '../../test/fixtures/documents/build-documents.ts';
import { DocumentReadError, readDocumentText } from './read-document-text.ts';

async function expectCleanOutcome(bytes: Uint8Array, fileName: string): Promise<void> {
  try {
    const result = await readDocumentText(bytes, fileName);
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.text).not.toMatch(/\r|^\ufeff/);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentReadError);
    expect((error as DocumentReadError).message.length).toBeGreaterThan(10);
  }
}

/** Flips a few bytes: the damage a bad download or a broken disk does. */
function mutate(bytes: Uint8Array, edits: Array<[number, number]>): Uint8Array {
  const copy = new Uint8Array(bytes);
  for (const [at, value] of edits) copy[at % copy.length] = value;
  return copy;
}

describe('readDocumentText on arbitrary input', () => {
  it('handles random bytes under every supported extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.txt', 'a.md', 'a.docx', 'a.pdf'),
        expectCleanOutcome,
      ),
      { numRuns: 200 },
    );
  });

  it('handles random Unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 300 }), async (text) =>
        expectCleanOutcome(new TextEncoder().encode(text), 'a.txt'),
      ),
      { numRuns: 200 },
    );
  });

  it('handles damaged Word and PDF files', async () => {
    const docx = await buildPlanDocx();
    const pdf = await buildTextPdf([['KE HOACH', 'I. CHI TIEU'], ['Trang hai']]);
    const edits = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => expectCleanOutcome(mutate(docx, changes), 'a.docx')),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(edits, async (changes) => expectCleanOutcome(mutate(pdf, changes), 'a.pdf')),
      { numRuns: 40 },
    );
  });
});
