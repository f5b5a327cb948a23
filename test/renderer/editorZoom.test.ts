// Editor zoom steps: in and out one step at a time, stopping at the ends, from any stored value.
import { describe, expect, it } from 'vitest';
import { nextZoom, ZOOM_STEPS } from '../../renderer/features/help/editorZoom';

describe('nextZoom', () => {
  it('steps in and out through the steps and stops at the ends', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1.1, -1)).toBe(1);
    expect(nextZoom(ZOOM_STEPS.at(-1)!, 1)).toBe(2);
    expect(nextZoom(ZOOM_STEPS[0], -1)).toBe(0.8);
  });
  it('moves to the nearest step from a value between steps', () => {
    expect(nextZoom(1.2, 1)).toBe(1.25);
    expect(nextZoom(1.2, -1)).toBe(1.1);
  });
});
