import type { StructuredTextItem } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { joinLineItems } from './read-pdf-text.ts';

/** A fragment 11 pt high whose width is 5.5 pt per character, like Helvetica on average. */
function item(x: number, str: string): StructuredTextItem {
  return {
    str,
    x,
    y: 700,
    width: str.length * 5.5,
    height: 11,
    fontSize: 11,
    fontFamily: 'sans-serif',
    dir: 'ltr',
    hasEOL: false,
  };
}

describe('joinLineItems', () => {
  it('glues fragments that touch and spaces fragments with a word gap', () => {
    expect(joinLineItems([item(50, 'Ph'), item(61, 'òng'), item(86, 'Y'), item(94, 'tế')])).toBe('Phòng Y tế');
  });

  it('orders fragments left to right whatever order pdf.js gives them in', () => {
    expect(joinLineItems([item(100, 'world'), item(50, 'hello')])).toBe('hello world');
  });

  it('does not double a space the text already has', () => {
    expect(joinLineItems([item(50, 'Số: '), item(75, '416/KH-UBND')])).toBe('Số: 416/KH-UBND');
  });

  it('keeps the two heading columns apart and turns three or more columns into cells', () => {
    expect(joinLineItems([item(50, 'ỦY BAN NHÂN DÂN'), item(300, 'CỘNG HÒA XÃ HỘI')])).toBe(
      'ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI',
    );
    expect(joinLineItems([item(40, '1'), item(80, 'Rà soát'), item(300, 'Phòng Nội vụ'), item(480, 'Quý I')])).toBe(
      '1\tRà soát\tPhòng Nội vụ\tQuý I',
    );
  });
});
