// The state and timeliness of a unit report as coloured tags, in the reader's language; one
// place for the colours so the plan section, the report page and "Báo cáo của tôi" agree.
import { Tag } from 'antd';
import type { UnitReportState, UnitReportTimeliness } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { MessageKey } from '../../i18n/vi.ts';

const stateLabels: Record<UnitReportState, MessageKey> = {
  draft: 'reportStateDraft',
  submitted: 'reportStateSubmitted',
  returned: 'reportStateReturned',
  accepted: 'reportStateAccepted',
};
const stateColors: Record<UnitReportState, string> = {
  draft: 'default',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'green',
};
const timelinessLabels: Record<UnitReportTimeliness, MessageKey> = {
  on_time: 'reportTimelinessOnTime',
  late: 'reportTimelinessLate',
  overdue: 'reportTimelinessOverdue',
  pending: 'reportTimelinessPending',
};
const timelinessColors: Record<UnitReportTimeliness, string> = {
  on_time: 'green',
  late: 'gold',
  overdue: 'red',
  pending: 'default',
};

export function ReportStateTag({ state, testId }: { state: UnitReportState | null; testId?: string }) {
  const { t } = useI18n();
  if (state === null)
    return (
      <Tag data-testid={testId} data-state="none">
        {t('reportsNotOpened')}
      </Tag>
    );
  return (
    <Tag color={stateColors[state]} data-testid={testId} data-state={state}>
      {t(stateLabels[state])}
    </Tag>
  );
}

export function TimelinessTag({ timeliness }: { timeliness: UnitReportTimeliness }) {
  const { t } = useI18n();
  return <Tag color={timelinessColors[timeliness]}>{t(timelinessLabels[timeliness])}</Tag>;
}
