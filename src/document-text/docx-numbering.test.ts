import { Document, LevelFormat, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { formatCounter, readNumberLabels, readZipText } from './docx-numbering.ts';

async function buildListDocx(
  paragraphs: Array<{ text: string; level: number; instance?: number }>,
): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'ds',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.' },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.' },
            { level: 2, format: LevelFormat.BULLET, text: '•' },
          ],
        },
      ],
    },
    sections: [
      {
        children: paragraphs.map(
          ({ text, level, instance }) =>
            new Paragraph({
              text,
              numbering: { reference: 'ds', level, ...(instance === undefined ? {} : { instance }) },
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('formatCounter', () => {
  it('writes Word number formats', () => {
    expect(
      ['upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'decimal', 'decimalZero'].map((format) =>
        formatCounter(4, format),
      ),
    ).toEqual(['IV', 'iv', 'D', 'd', '4', '04']);
    expect(formatCounter(14, 'upperRoman')).toBe('XIV');
    expect(formatCounter(27, 'lowerLetter')).toBe('aa');
    expect(formatCounter(3, 'vietnameseCounting')).toBe('3');
  });
});

describe('readNumberLabels', () => {
  it('numbers multi-level lists, with parent numbers in the label and bullets as "-"', async () => {
    const bytes = await buildListDocx([
      { text: 'A', level: 0 },
      { text: 'A1', level: 1 },
      { text: 'A2', level: 1 },
      { text: 'dot', level: 2 },
      { text: 'B', level: 0 },
      { text: 'B1', level: 1 },
    ]);
    expect(readNumberLabels(bytes)?.map((entry) => entry.label)).toEqual(['1.', '1.1.', '1.2.', '-', '2.', '2.1.']);
  });

  it('starts a new list of the same definition from its start again', async () => {
    const bytes = await buildListDocx([
      { text: 'A', level: 0, instance: 1 },
      { text: 'B', level: 0, instance: 1 },
      { text: 'C', level: 0, instance: 2 },
    ]);
    expect(readNumberLabels(bytes)?.map((entry) => entry.label)).toEqual(['1.', '2.', '1.']);
  });

  it('gives up quietly on files that are not DOCX', () => {
    expect(readNumberLabels(new TextEncoder().encode('not a zip'))).toBeNull();
    expect(readZipText(new Uint8Array([0x50, 0x4b, 0x05, 0x06]), 'word/document.xml')).toBeNull();
  });
});
