// Plan renderers, one module per format; all pure.
export { renderText, type TextOptions } from './text.js';
export { renderMarkdown, GITHUB_COMMENT_LIMIT, type MarkdownOptions } from './markdown.js';
export { renderJson } from './json.js';
export { summaryLine, SYMBOL } from './common.js';
