// templates:list, framework:get and countries:get handlers: the bundled, validated data.
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
  return { 'countries:get': () => Promise.resolve(s.content.countries()) };
}
