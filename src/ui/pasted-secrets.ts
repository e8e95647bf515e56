import type { IOStreams } from '../io/iostreams.js'
import type { Lang } from '../i18n/catalog.js'
import { translator } from '../i18n/translate.js'
import { containsSecret } from '../redact/redact.js'

/**
 * A recovery phrase or key typed into the user's own words is caught at once: it is removed from
 * the report like any secret (never kept, never shown back), and the user is told, in their
 * language, that nobody legitimate needs it — and what to do if they already shared it.
 */
export function warnAboutPastedSecrets(texts: readonly (string | undefined)[], lang: Lang, io: IOStreams): boolean {
  if (!texts.some((text) => text !== undefined && containsSecret(text))) return false
  const say = translator(lang)
  const style = io.style('err')
  io.err.write(`${style.yellow.bold(say('secret.warningTitle'))}\n${say('secret.warningBody')}\n`)
  return true
}
