// The review screen's state: the draft as edited, the selected item (which drives the
// source panel) and the save / confirm / discard actions with their server answers.
import { App } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useBlocker, useNavigate } from 'react-router-dom';
import { planDraftsApi } from '../../../api/endpoints.ts';
import { ApiError } from '../../../api/http.ts';
import type { PlanDraftView, PlanExtraction, PlanRef } from '../../../api/types.ts';
import { useReportError } from '../../../components/use-report-error.ts';
import { useI18n } from '../../../i18n/i18n-context.tsx';
import { locateFieldPath, type ReviewSection } from './draft-edits.ts';
import type { EditExtraction, SelectItem, Selection } from './review-types.ts';

export interface DuplicateConflict {
  message: string;
  plan: PlanRef | null;
}

export function useDraftReview(initial: PlanDraftView) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const reportError = useReportError();
  const navigate = useNavigate();
  const [extraction, setExtraction] = useState<PlanExtraction>(initial.extraction);
  const [adminUnitId, setAdminUnitIdState] = useState<string | null>(initial.adminUnitId);
  const [dirty, setDirtyState] = useState(false);
  // Read by the leave blocker, which runs before React has rendered a save's setDirty(false).
  const dirtyRef = useRef(false);
  const setDirty = useCallback((value: boolean) => {
    dirtyRef.current = value;
    setDirtyState(value);
  }, []);
  const [busy, setBusy] = useState<'save' | 'confirm' | 'discard' | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [tab, setTab] = useState<ReviewSection>('document');
  const [conflict, setConflict] = useState<DuplicateConflict | null>(null);
  const current = useRef(extraction);
  const version = useRef(initial.version);

  // Edits apply synchronously to a ref so that a caller can read what its change produced.
  const edit = useCallback<EditExtraction>(
    (change) => {
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      setExtraction(next);
      setDirty(true);
    },
    [setDirty],
  );

  const select = useCallback<SelectItem>((next) => setSelection(next), []);

  const setAdminUnitId = useCallback(
    (id: string | null) => {
      setAdminUnitIdState(id);
      setDirty(true);
    },
    [setDirty],
  );

  // Leaving with unsaved edits asks first: the browser's own prompt for a reload or a closed
  // tab, the review's dialog (leaveBlocker) for a link inside the app.
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const leaveBlocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirtyRef.current && currentLocation.pathname !== nextLocation.pathname,
  );

  /** A validation error names a field path: open that item so the reviewer sees what to fix. */
  const showFailure = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 400) {
        const place = locateFieldPath(current.current, error.field);
        if (place) {
          setTab(place.section);
          const item =
            place.section === 'targets'
              ? current.current.targets.find((target) => target.id === place.id)
              : current.current.tasks.find((task) => task.id === place.id);
          setSelection({ section: place.section, id: place.id, line: item?.line ?? null });
        }
      }
      reportError(error);
    },
    [reportError],
  );

  const save = useCallback(async () => {
    setBusy('save');
    try {
      const { draft } = await planDraftsApi.save(initial.id, current.current, adminUnitId, version.current);
      version.current = draft.version;
      setDirty(false);
      void message.success(t('planDraftSaved'));
    } catch (error) {
      showFailure(error);
    } finally {
      setBusy(null);
    }
  }, [initial.id, adminUnitId, message, t, showFailure, setDirty]);

  const confirm = useCallback(
    async (allowDuplicate = false) => {
      setBusy('confirm');
      try {
        const { planId } = await planDraftsApi.confirm(initial.id, {
          extraction: current.current,
          adminUnitId,
          allowDuplicate,
          version: version.current,
        });
        setDirty(false);
        setConflict(null);
        void message.success(t('planConfirmed'));
        navigate(`/ke-hoach/${encodeURIComponent(planId)}`);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409 && error.code === 'duplicate_plan') {
          const fresh = await planDraftsApi.get(initial.id).catch(() => null);
          setConflict({ message: error.message, plan: fresh?.draft.duplicateOf ?? initial.duplicateOf });
        } else {
          showFailure(error);
        }
      } finally {
        setBusy(null);
      }
    },
    [initial.id, initial.duplicateOf, adminUnitId, message, t, navigate, showFailure, setDirty],
  );

  const discard = useCallback(
    async (then: string = '/ke-hoach') => {
      setBusy('discard');
      try {
        await planDraftsApi.discard(initial.id);
        setDirty(false);
        void message.success(t('planDraftDiscarded'));
        navigate(then);
      } catch (error) {
        reportError(error);
      } finally {
        setBusy(null);
      }
    },
    [initial.id, message, t, navigate, reportError, setDirty],
  );

  return {
    extraction,
    adminUnitId,
    setAdminUnitId,
    dirty,
    busy,
    selection,
    select,
    tab,
    setTab,
    edit,
    save,
    confirm,
    discard,
    conflict,
    setConflict,
    leaveBlocker,
  };
}
