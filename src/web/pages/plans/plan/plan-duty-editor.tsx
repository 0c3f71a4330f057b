// A planner edits a reporting duty (PATCH /api/plans/{id}/reporting-duties/{dutyId}): its cycle,
// due day and month, recipient, consolidating agency (none: the plan's planners) and reporting
// units (the default: every agency with a task in the plan). Shown only when the server says the
// reader may; the server checks every agency named and answers in Vietnamese naming the field.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { unitReportsApi } from '../../../api/endpoints.ts';
import type { PlanReportDuty, ReportingFrequency } from '../../../api/types.ts';
import { useReportError } from '../../../components/use-report-error.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { labelFrequency, reportingFrequencies } from '../plan-format.ts';
import { AgencySearchSelect } from './agency-search-select.tsx';

type Duty = PlanReportDuty['duty'];

export function PlanDutyEditor({ planId, duty, onSaved }: { planId: string; duty: Duty; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [freq, setFreq] = useState(duty.freq as ReportingFrequency);
  const [dueDay, setDueDay] = useState<number | null>(duty.dueDay);
  const [dueMonth, setDueMonth] = useState<number | null>(duty.dueMonth);
  const [recipient, setRecipient] = useState(duty.recipientText ?? '');
  const [consolidating, setConsolidating] = useState<string | null>(duty.consolidatingAgency?.id ?? null);
  const [useDefault, setUseDefault] = useState(duty.reportingAgenciesDefault);
  const [reporting, setReporting] = useState(duty.reportingAgencies.map((agency) => agency.id));

  const save = async () => {
    setBusy(true);
    try {
      await unitReportsApi.updateDuty(planId, duty.id, {
        freq,
        dueDay,
        dueMonth,
        recipientText: recipient.trim() || null,
        consolidatingAgencyId: consolidating,
        reportingAgencyIds: useDefault ? null : reporting,
      });
      message.success(t('dutySaved'));
      setOpen(false);
      onSaved();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} data-testid="duty-edit">
        {t('reportsEditDuty')}
      </Button>
      <Modal
        open={open}
        title={t('reportsEditDuty')}
        onCancel={() => setOpen(false)}
        onOk={() => void save()}
        confirmLoading={busy}
        okText={t('dutySave')}
      >
        <Form layout="vertical">
          <Form.Item label={t('dutyFreq')}>
            <Select<ReportingFrequency>
              value={freq}
              onChange={setFreq}
              options={reportingFrequencies.map((value) => ({ value, label: labelFrequency(t, value) }))}
              data-testid="duty-freq"
            />
          </Form.Item>
          <Form.Item label={t('dutyDueDay')} htmlFor="duty-due-day">
            <InputNumber
              id="duty-due-day"
              min={1}
              max={31}
              value={dueDay}
              onChange={(value) => setDueDay(value ?? null)}
            />
          </Form.Item>
          <Form.Item label={t('dutyDueMonth')} htmlFor="duty-due-month">
            <InputNumber
              id="duty-due-month"
              min={1}
              max={12}
              value={dueMonth}
              onChange={(value) => setDueMonth(value ?? null)}
            />
          </Form.Item>
          <Form.Item label={t('dutyRecipient')}>
            <Input value={recipient} onChange={(event) => setRecipient(event.target.value)} />
          </Form.Item>
          <Form.Item label={t('dutyConsolidating')} extra={t('dutyConsolidatingNone')}>
            <AgencySearchSelect
              testId="duty-consolidating"
              allowClear
              initial={duty.consolidatingAgency ? [duty.consolidatingAgency] : []}
              value={consolidating}
              onChange={setConsolidating}
            />
          </Form.Item>
          <Form.Item label={t('dutyReporting')}>
            <Checkbox checked={useDefault} onChange={(event) => setUseDefault(event.target.checked)}>
              {t('dutyReportingDefault')}
            </Checkbox>
            {useDefault ? null : (
              <AgencySearchSelect
                multiple
                testId="duty-reporting"
                initial={duty.reportingAgencies}
                value={reporting}
                onChange={setReporting}
              />
            )}
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
