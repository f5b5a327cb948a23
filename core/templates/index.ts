// Public surface of core/templates: the schema types, the bundled templates and lookup.
export { loadTemplates, findTemplate } from './loadTemplates';
export { validateTemplate } from './validateTemplate';
export { TemplateSchema, type Template, type TemplateBlock, type TemplateTab } from './schema';
