// templates:list, framework:get, countries:* and packs:* handlers: the data packs in use, validated.
import type { AppServices } from '../services/createAppServices';
import type { DomainHandlers } from './types';

/** Handlers for the templates domain. */
export function templateHandlers(s: AppServices): DomainHandlers<'templates'> {
  return { 'templates:list': () => Promise.resolve(s.content.templates()) };
}

/** Handlers for the framework domain. */
export function frameworkHandlers(s: AppServices): DomainHandlers<'framework'> {
  return { 'framework:get': () => Promise.resolve(s.content.framework()) };
}

/** Handlers for the countries domain. */
export function countryHandlers(s: AppServices): DomainHandlers<'countries'> {
  return {
    'countries:get': () => Promise.resolve(s.content.countries()),
    'countries:authorities': () => Promise.resolve(s.content.authorities()),
  };
}

/** Handlers for the packs domain: status, and importing a signed pack. */
export function packHandlers(s: AppServices): DomainHandlers<'packs'> {
  return {
    'packs:status': () => Promise.resolve(s.content.packs()),
    'packs:import': ({ text, fileName }) => s.content.importPack(text, fileName),
  };
}
