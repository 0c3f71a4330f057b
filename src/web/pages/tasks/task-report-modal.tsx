// The lead's report on one occurrence of a task: which deadline, the percentage, a note, the
// evidence document (số/ký hiệu and date) and "done". The server decides who may (can.report)
// and checks every field; its Vietnamese message is shown as it comes.
import { App, Checkbox, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { tasksApi } from '../../api/endpoints.ts';
import type { TaskAssignment } from '../../api/types.ts';
import { DateInput } from '../../components/date-input.tsx';
import { useReportError } from '../../components/use-report-error.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** DateInput under a Form.Item, which supplies value and onChange itself. */
function FormDateInput(props: { value?: string | null; onChange?: (value: string | null) => void }) {
  return <DateInput value={props.value} onChange={(value) => props.onChange?.(value)} />;
}

interface ReportValues {
  dueDate: string;
  percent: number;
  note?: string;
  evidenceNumber?: string;
  evidenceDate?: string | null;
  done: boolean;
}

export function TaskReportModal({
  taskId,
  assignment,
  onClose,
  onSaved,
}: {
  taskId: string;
  assignment: TaskAssignment;
  onClose(): void;
  onSaved(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [form] = Form.useForm<ReportValues>();
  const [saving, setSaving] = useState(false);
  const current = assignment.current;
  const choices = assignment.open.length > 0 ? assignment.open : current ? [current] : [];

  const save = async (values: ReportValues) => {
    setSaving(true);
    try {
      await tasksApi.report(taskId, {
        assignmentId: assignment.id,
        dueDate: values.dueDate,
        percent: values.percent,
        note: values.note ?? null,
        evidenceNumber: values.evidenceNumber ?? null,
        evidenceDate: values.evidenceDate ?? null,
        done: values.done,
      });
      message.success(t('taskReportSaved'));
      onSaved();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('taskReportTitle', { label: current?.label ?? '' })}
      okText={t('taskReportSave')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Form<ReportValues>
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="task-report-form"
        initialValues={{
          dueDate: choices[0]?.dueDate,
          percent: current?.percent ?? 0,
          note: current?.note ?? undefined,
          evidenceNumber: current?.evidenceNumber ?? undefined,
          evidenceDate: current?.evidenceDate ?? null,
          done: false,
        }}
      >
        <Form.Item name="dueDate" label={t('taskReportDue')} rules={[{ required: true }]}>
          <Select options={choices.map((choice) => ({ value: choice.dueDate, label: choice.label }))} />
        </Form.Item>
        <Form.Item name="percent" label={t('taskReportPercent')}>
          <InputNumber min={0} max={100} style={{ width: '100%' }} data-testid="task-report-percent" />
        </Form.Item>
        <Form.Item name="note" label={t('taskReportNote')}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="task-report-note" />
        </Form.Item>
        <Form.Item name="evidenceNumber" label={t('taskReportEvidenceNumber')}>
          <Input maxLength={100} placeholder="15/BC-UBND" data-testid="task-report-evidence" />
        </Form.Item>
        <Form.Item name="evidenceDate" label={t('taskReportEvidenceDate')}>
          <FormDateInput />
        </Form.Item>
        <Form.Item name="done" valuePropName="checked">
          <Checkbox data-testid="task-report-done">{t('taskReportDone')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function TaskCommentModal({ taskId, onClose, onSaved }: { taskId: string; onClose(): void; onSaved(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const send = async () => {
    setSaving(true);
    try {
      await tasksApi.comment(taskId, text);
      message.success(t('taskCommentSaved'));
      onSaved();
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={t('taskCommentTitle')} onOk={send} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Input.TextArea
        rows={4}
        maxLength={4000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={t('taskCommentPlaceholder')}
      />
    </Modal>
  );
}
