// The bundled templates (templates/*.json), imported statically so core stays free of file I/O.
import { AppFailure } from '../ipc/result';
import { validateTemplate } from './validateTemplate';
import type { Template } from './schema';
import bilateralSpaceDialogue from '../../templates/bilateral-space-dialogue.json';
import artemisAccordsOutreach from '../../templates/artemis-accords-outreach.json';
import spaceSecurityDialogue from '../../templates/space-security-dialogue.json';
import commercialSpaceMission from '../../templates/commercial-space-mission.json';
import earthObservationCooperation from '../../templates/earth-observation-cooperation.json';
import multilateralDelegation from '../../templates/multilateral-delegation.json';

/** File name -> raw JSON, in the order the app lists them. */
const BUNDLED: ReadonlyArray<[string, unknown]> = [
  ['bilateral-space-dialogue.json', bilateralSpaceDialogue],
  ['artemis-accords-outreach.json', artemisAccordsOutreach],
  ['space-security-dialogue.json', spaceSecurityDialogue],
  ['commercial-space-mission.json', commercialSpaceMission],
  ['earth-observation-cooperation.json', earthObservationCooperation],
  ['multilateral-delegation.json', multilateralDelegation],
];

let cache: Template[] | undefined;

/**
 * Every bundled template, validated. A bad file throws DataValidationError naming the file and
 * JSON path. Validated once, then cached; callers get a fresh copy they may not mutate the cache through.
 */
export function loadTemplates(): Template[] {
  cache ??= BUNDLED.map(([name, data]) => validateTemplate(data, `templates/${name}`));
  return structuredClone(cache);
}

/** The template with `id`, or AppFailure('not-found') listing the valid ids. */
export function findTemplate(templates: readonly Template[], id: string): Template {
  const found = templates.find((t) => t.id === id);
  if (!found) {
    throw new AppFailure(
      'not-found',
      `unknown template "${id}"; valid templates: ${templates.map((t) => t.id).join(', ')}`,
    );
  }
  return found;
}
