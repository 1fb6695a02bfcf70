/** Pure: topics typed as one comma-separated line → the list to send (trimmed, empty ones dropped). */
export function topicsFromText(text: string): string[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** The list as the line a person edits. */
export function topicsToText(topics: readonly string[]): string {
  return topics.join(', ');
}
