/** Every namespace of this language as one chunk: a language loads in one request. */
export default import.meta.glob<Record<string, unknown>>('./*.json', { eager: true, import: 'default' });
