// Runs one PDF export (export:pdf) with live progress (onProgress) and cancellation (export:cancel).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, RequestOf } from '../../../core/ipc/contract';
import { api } from '../../api';

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; jobId: string; progress: ExportProgress | null }
  | { phase: 'done'; path: string; pages: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string };

type Request = Omit<RequestOf<'export:pdf'>, 'jobId'>;

const newJobId = (): string =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `job-${Date.now()}-${Math.random().toString(36).slice(2)}`;

export function useExportJob(): {
  state: ExportState;
  start: (req: Request) => Promise<void>;
  cancel: () => void;
} {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(
    () =>
      api.exports.onProgress((progress) => {
        if (progress.jobId !== job.current) return;
        setState((s) => (s.phase === 'running' ? { ...s, progress } : s));
      }),
    [],
  );

  const start = useCallback(async (req: Request) => {
    const jobId = newJobId();
    job.current = jobId;
    setState({ phase: 'running', jobId, progress: null });
    const result = await api.exports.pdf({ ...req, jobId });
    if (job.current !== jobId) return;
    job.current = null;
    if (result.ok)
      setState(result.value ? { phase: 'done', ...result.value } : { phase: 'cancelled' });
    else if (result.error.code === 'cancelled') setState({ phase: 'cancelled' });
    else setState({ phase: 'failed', message: result.error.message });
  }, []);

  const cancel = useCallback(() => {
    if (job.current) void api.exports.cancel({ jobId: job.current });
  }, []);

  return { state, start, cancel };
}
