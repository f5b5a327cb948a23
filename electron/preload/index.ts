// Preload (sandboxed): exposes exactly one global, `window.briefing`, built from the IPC contract.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBriefingApi } from './buildApi';

contextBridge.exposeInMainWorld('briefing', buildBriefingApi(ipcRenderer));
