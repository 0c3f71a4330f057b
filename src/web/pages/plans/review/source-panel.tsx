import { Card, Typography } from 'antd';
import { memo, useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { SourceLine } from './source-line.tsx';

interface SourcePanelProps {
  lines: string[];
  /** 1-based line to scroll to and highlight. */
  activeLine: number | null;
  /** Lines some extracted item starts on, marked in the margin. */
  itemLines: ReadonlySet<number>;
  onLineClick?: (line: number) => void;
}

const lineStyle = { display: 'flex', gap: 10, padding: '1px 8px', borderRadius: 3, cursor: 'default' } as const;
const buttonReset = {
  width: '100%',
  border: 'none',
  font: 'inherit',
  color: 'inherit',
  textAlign: 'left',
  lineHeight: 'inherit',
} as const;

/** The uploaded text with line numbers; a few hundred lines render fine without virtualising. */
export const SourcePanel = memo(function SourcePanel({ lines, activeLine, itemLines, onLineClick }: SourcePanelProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = scrollRef.current;
    if (!container || !activeLine) return;
    const element = container.querySelector<HTMLElement>(`[data-line="${activeLine}"]`);
    if (!element) return;
    // Scroll only the panel (scrollIntoView would also move the page and lose the item).
    const top = element.offsetTop - container.clientHeight / 3;
    container.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
  }, [activeLine]);

  return (
    <Card
      size="small"
      title={t('planSourceTitle', { count: lines.length })}
      styles={{ body: { padding: 0 } }}
      style={{ position: 'sticky', top: 16 }}
    >
      <div
        ref={scrollRef}
        data-testid="draft-source"
        style={{
          height: 'calc(100vh - 110px)',
          minHeight: 320,
          overflowY: 'auto',
          position: 'relative',
          fontSize: 13,
          lineHeight: 1.55,
          padding: '6px 0',
        }}
      >
        {lines.map((text, index) => {
          const line = index + 1;
          const active = line === activeLine;
          const clickable = onLineClick !== undefined && itemLines.has(line);
          const style = {
            ...lineStyle,
            background: active ? '#fff1b8' : 'transparent',
            boxShadow: active ? 'inset 3px 0 0 #faad14' : itemLines.has(line) ? 'inset 3px 0 0 #ffccc7' : undefined,
          };
          const content = (
            <>
              <Typography.Text
                type="secondary"
                style={{ width: 34, flex: 'none', textAlign: 'right', userSelect: 'none', fontSize: 12 }}
              >
                {line}
              </Typography.Text>
              <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', minHeight: '1.55em', minWidth: 0 }}>
                <SourceLine text={text} />
              </span>
            </>
          );
          // A line where an item starts opens it: a real button, so the keyboard reaches it too.
          return clickable ? (
            <button
              type="button"
              key={line}
              data-line={line}
              data-active={active ? 'true' : undefined}
              onClick={() => onLineClick(line)}
              style={{ ...buttonReset, ...style, cursor: 'pointer' }}
            >
              {content}
            </button>
          ) : (
            <div key={line} data-line={line} data-active={active ? 'true' : undefined} style={style}>
              {content}
            </div>
          );
        })}
      </div>
    </Card>
  );
});
