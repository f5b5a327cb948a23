// The editor zoom: read from preferences at start, applied as a CSS variable, saved on each change.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api';
import { nextZoom } from './editorZoom';
import './help.css';

function apply(zoom: number): void {
  document.documentElement.style.setProperty('--bbe-zoom', String(zoom));
}

export function useEditorZoom(): { zoom: number; step: (direction: 1 | -1 | 0) => void } {
  const [zoom, setZoom] = useState(1);
  const current = useRef(1);
  useEffect(() => {
    void api.prefs.get({}).then((prefs) => {
      if (!prefs.ok) return;
      current.current = prefs.value.editorZoom;
      setZoom(prefs.value.editorZoom);
      apply(prefs.value.editorZoom);
    });
  }, []);
  const step = useCallback((direction: 1 | -1 | 0) => {
    const next = direction === 0 ? 1 : nextZoom(current.current, direction);
    current.current = next;
    setZoom(next);
    apply(next);
    // Read-modify-write: other preferences (recent books, profile) stay as they are.
    void api.prefs.get({}).then((prefs) => {
      if (prefs.ok) void api.prefs.set({ prefs: { ...prefs.value, editorZoom: next } });
    });
  }, []);
  return { zoom, step };
}
