import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { escapeLineStart, SourceLine } from './source-line.tsx';

const render = (text: string) => renderToStaticMarkup(createElement(SourceLine, { text }));

describe('SourceLine', () => {
  it('shows markdown emphasis and headings as formatted text', () => {
    expect(render('Số: **60** /KH-UBND')).toBe('<span>Số: <strong>60</strong> /KH-UBND</span>');
    expect(render('## **KẾ HOẠCH**')).toContain('<strong>KẾ HOẠCH</strong>');
    expect(render('## **KẾ HOẠCH**')).not.toContain('#');
  });

  it('keeps the plan numbering and bullets as written', () => {
    expect(escapeLineStart('1. Mục đích')).toBe('1\\. Mục đích');
    expect(escapeLineStart('  - Tỷ lệ')).toBe('\\- Tỷ lệ');
    expect(render('1. Mục đích')).toBe('<span>1. Mục đích</span>');
    expect(render('- Tỷ lệ lao động qua đào tạo')).toBe('<span>- Tỷ lệ lao động qua đào tạo</span>');
    expect(render('+ Đào tạo nghề')).toBe('<span>+ Đào tạo nghề</span>');
  });

  it('never renders HTML, links or images from the document', () => {
    const html = render(
      '<img src=x onerror=alert(1)> <script>alert(1)</script> [bấm](javascript:alert(1)) ![a](http://x/y.png)',
    );
    expect(html).not.toMatch(/<(img|script|a)\b/);
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
  });
});
