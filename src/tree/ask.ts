import { input, select } from '@inquirer/prompts'
import type { Deps } from '../commands/deps.js'
import type { Say } from '../i18n/translate.js'
import { containsSecret, redactText } from '../redact/redact.js'
import { findPublicIds } from '../decode/error-text/public-ids.js'
import { isSolanaSecretKey } from '../decode/non-evm-ids.js'

export type Option<T extends string> = { value: T; name: string }

export type TextOptions = {
  hint?: string | undefined
  defaultValue?: string | undefined
  /** The answer is a transaction hash: 0x and 64 hex characters, which would otherwise look like a key. */
  expectsHash?: boolean | undefined
  /** The answer is a pasted error: hashes its own labels call transaction hashes are public there. */
  expectsErrorText?: boolean | undefined
}

const EXACT_HASH = /^0x[0-9a-fA-F]{64}$/

/**
 * Whether an answer holds a secret. A hash asked for as a hash is not one; anywhere else a
 * 64-hex value may be a private key, and is refused (with a note that hashes are asked apart).
 */
export function answerHoldsSecret(answer: string, expectsHash = false, expectsErrorText = false): boolean {
  const value = answer.trim()
  // A Solana secret key looks like a signature, and the redaction engine does not know it.
  if (isSolanaSecretKey(value)) return true
  if (expectsErrorText) return containsSecret(value, { knownHashes: new Set(findPublicIds(value).hashes) })
  return containsSecret(
    value,
    expectsHash && EXACT_HASH.test(value) ? { knownHashes: new Set([value.toLowerCase()]) } : {},
  )
}

/** The two kinds of question the tree asks. An interface, so the walk can be tested without a terminal. */
export type Asker = {
  choose<T extends string>(message: string, options: readonly Option<T>[], defaultValue?: T): Promise<T>
  /** `check` returns an explanation when the answer is not acceptable (the question is asked again). */
  text(message: string, check: (answer: string) => string | null, options?: TextOptions): Promise<string>
}

/**
 * Questions on the terminal with @inquirer/prompts, written to stderr so stdout carries only the
 * result. A recovery phrase or key typed or pasted into any answer is never shown (the field
 * displays a notice instead as soon as it is recognisable), is refused with a warning in the
 * user's language, and the field is emptied: it never becomes an answer.
 */
export function terminalAsker(deps: Deps, say: Say): Asker {
  const context = { input: deps.io.in, output: deps.io.err }
  const style = deps.io.style('err')
  const secretWarning = (value: string) => {
    // Speak only of what was pasted: a phrase is a phrase; only a 64-hex value gets the note about hashes.
    const { removed } = redactText(value)
    const phrase = (removed['seed-phrase'] ?? 0) > 0
    const hex = (removed['private-key'] ?? 0) > 0
    const title = phrase ? (hex ? say('secret.warningTitle') : say('secret.phraseTitle')) : say('secret.keyTitle')
    return `${title} ${say('secret.promptRefused')}${hex ? `\n${style.dim(say('secret.hashNote'))}` : ''}`
  }
  return {
    choose: (message, options, defaultValue) =>
      select(
        {
          message,
          choices: options,
          default: defaultValue,
          pageSize: 12,
          theme: { style: { keysHelpTip: () => style.dim(say('tree.keys')) } },
        },
        context,
      ),
    text: (message, check, { hint, defaultValue, expectsHash, expectsErrorText } = {}) =>
      input(
        {
          message,
          default: defaultValue,
          transformer: (value, { isFinal }) =>
            answerHoldsSecret(value, expectsHash, expectsErrorText)
              ? style.yellow(say('tree.secretHidden'))
              : isFinal
                ? style.cyan(value)
                : value,
          validate: (value) =>
            answerHoldsSecret(value, expectsHash, expectsErrorText) ? secretWarning(value) : (check(value) ?? true),
          // Emptied on a refused answer: a pasted secret must not stay in the field to be sent again.
          theme: {
            validationFailureMode: 'clear',
            // The hint sits under the question while it is asked, and goes once it is answered.
            style: {
              message: (text: string, status: string) =>
                hint && status !== 'done' ? `${style.bold(text)}\n  ${style.dim(hint)}\n ` : style.bold(text),
            },
          },
        },
        context,
      ),
  }
}
