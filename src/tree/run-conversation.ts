import { chainForId, knownChainById, knownChains } from '../chains/registry.js'
import { checkAddress, addressOptionsSchema } from '../commands/address.js'
import { parseOptions, type CommonOptions } from '../commands/common-options.js'
import { textWidth, type Deps } from '../commands/deps.js'
import { loadSettings, noEndpointsError, type Settings } from '../commands/session.js'
import { checkTransaction, txOptionsSchema } from '../commands/tx.js'
import { explainError, explainOptionsSchema, type Explained } from '../commands/explain.js'
import { lookUpCommand } from '../report/build-error-report.js'
import { checkNonEvm, nonEvmOptionsSchema } from '../commands/non-evm.js'
import { recogniseNonEvmId } from '../decode/non-evm-ids.js'
import { formatReport, shortensAddresses, type Checked } from '../commands/write-report.js'
import { DoctorError, ExitCode } from '../errors/doctor-error.js'
import { text } from '../i18n/text.js'
import { loadGuide } from '../guides/load-guides.js'
import { renderGuide, wrap } from '../guides/render-guide.js'
import { languages, type Lang } from '../i18n/catalog.js'
import { t, translator } from '../i18n/translate.js'
import { configuredEndpoints } from '../rpc/resolve-endpoints.js'
import { styleFor } from '../ui/style.js'
import { terminalAsker, type Asker } from './ask.js'
import { offerReport } from './offer-report.js'
import { supportTree } from './support-tree.js'
import { treeProblems } from './validate-tree.js'
import { walkTree, type Answers, type Leaf, type NetworkOption } from './walk-tree.js'

export type ConversationOptions = Pick<CommonOptions, 'lang' | 'config' | 'rpc' | 'publicRpc' | 'timeout'>

const NOTE_LIMIT = 4000

/**
 * `support-doctor` at a terminal: language, then the tree's questions, then the same check `tx` or
 * `address` runs, its findings in plain words, the guide, and the report to copy or save.
 */
export async function runConversation(options: ConversationOptions, deps: Deps): Promise<number> {
  const problems = treeProblems(supportTree)
  if (problems.length > 0) {
    throw new DoctorError({
      code: 'internal',
      message: text('error.internal'),
      details: `the decision tree is invalid: ${problems.join('; ')}`,
      exitCode: ExitCode.couldNotLook,
    })
  }
  const settings = await loadSettings(options, deps)
  const networks = networksToOffer(options, settings)
  if (networks.length === 0 && options.rpc.length === 0) {
    // Said before any question: answering five of them to learn that nothing can be looked up is unkind.
    throw noEndpointsError()
  }
  const lang = options.lang ?? (await askLanguage(terminalAsker(deps, translator(settings.lang)), settings.lang))
  deps.ui.lang = lang
  const say = translator(lang)
  const asker = terminalAsker(deps, say)
  const errStyle = styleFor(deps.stderr, deps.env)
  deps.stderr.write(`${errStyle.bold(say('tree.welcome'))}\n${errStyle.dim(say('tree.neverAsk'))}\n\n`)

  const { leaf, answers } = await walkTree(supportTree, { asker, lang, say, networks })
  if (leaf.kind === 'guide') {
    const style = styleFor(deps.stdout, deps.env)
    const message = wrap(leaf.message[lang], textWidth(deps), '').join('\n')
    deps.stdout.write(
      `\n${style.bold(message)}\n\n${renderGuide(loadGuide(leaf.guide, lang), style, say, textWidth(deps))}`,
    )
    return ExitCode.ok
  }
  const checked = await runCheck(leaf, answers, options, lang, deps)
  const style = styleFor(deps.stdout, deps.env)
  // A pasted error that names a transaction or an address: the command its report offers is run too.
  const followUp = 'lookUp' in checked ? await lookUpNamed(checked as Explained, answers, options, lang, deps) : null
  const guide = loadGuide(leaf.guide, lang)
  const summary = formatReport(checked.report, {
    format: 'text',
    shortenAddresses: shortensAddresses(checked.settings),
    style,
    chart: checked.chart,
  })
  deps.stdout.write(
    `\n${summary}\n${style.bold(say('tree.guideForProblem', { title: guide.title }))} ${style.cyan(say('guide.command', { id: guide.id }))}\n\n`,
  )
  if (followUp) {
    const text = formatReport(followUp.report, {
      format: 'text',
      shortenAddresses: shortensAddresses(followUp.settings),
      style,
      chart: followUp.chart,
    })
    deps.stdout.write(`${text}\n`)
  }
  await offerReport(checked, { asker, say, deps, guide })
  return Math.max(checked.exitCode, followUp?.exitCode ?? 0)
}

/**
 * Runs `tx` for the hash a pasted error named (else `address` for the address), with the
 * conversation's endpoints. When nothing can be looked up, that is said, and the explanation stands.
 */
async function lookUpNamed(
  explained: Explained,
  answers: Answers,
  options: ConversationOptions,
  lang: Lang,
  deps: Deps,
): Promise<Checked | null> {
  const { hash, address } = explained.lookUp
  if (!hash && !address) return null
  const say = translator(lang)
  const command = hash ? lookUpCommand('tx', hash) : lookUpCommand('address', address as string)
  deps.stderr.write(`${say('tree.lookingUp', { command })}\n`)
  const raw = { ...options, lang, wallet: answers.values.wallet }
  try {
    return hash
      ? await checkTransaction(parseOptions(txOptionsSchema, { ...raw, hash }), deps)
      : await checkAddress(parseOptions(addressOptionsSchema, { ...raw, address }), deps)
  } catch (error) {
    if (!(error instanceof DoctorError)) throw error
    deps.stderr.write(`${t(lang, error.text)}\n`)
    return null
  }
}

/** Asked in both languages at once, since the answer decides which one the rest is in. */
async function askLanguage(asker: Asker, preferred: Lang): Promise<Lang> {
  const names: Record<Lang, string> = { en: 'English', ja: '日本語' }
  return asker.choose(
    'Language / 言語',
    languages.map((lang) => ({ value: lang, name: names[lang] })),
    preferred,
  )
}

/**
 * The chains worth offering: those with an endpoint to ask (configured, or public when allowed),
 * in the registry's order, then configured chains the registry does not know.
 */
function networksToOffer(options: ConversationOptions, settings: Settings): NetworkOption[] {
  const configured = new Set(configuredEndpoints(settings.config.rpc ?? {}).map((e) => e.chainId))
  const usePublic = options.publicRpc && settings.config.publicRpc !== false
  const known = knownChains.filter((c) => configured.has(c.id) || (usePublic && c.publicRpcUrls.length > 0))
  const unknown = [...configured].filter((id) => !knownChainById(id)).map(chainForId)
  return [...known, ...unknown].map((c) => ({ id: c.id, name: c.name }))
}

/** The answers become the options of `tx` or `address`, checked by the same schemas as the flags. */
async function runCheck(
  leaf: Extract<Leaf, { kind: 'check' }>,
  answers: Answers,
  options: ConversationOptions,
  lang: Lang,
  deps: Deps,
): Promise<Checked> {
  const { values } = answers
  const note = [...answers.facts, values.note].filter(Boolean).join(' ').slice(0, NOTE_LIMIT)
  const raw = {
    ...options,
    lang,
    chain: answers.chainId === null ? undefined : String(answers.chainId),
    wallet: values.wallet,
    tried: values.tried,
    note: note || undefined,
  }
  const otherChain = recogniseNonEvmId((leaf.check === 'tx' ? values.hash : values.address) ?? '')
  if (leaf.check !== 'explain' && otherChain)
    return checkNonEvm(otherChain, parseOptions(nonEvmOptionsSchema, raw), deps)
  if (leaf.check === 'explain')
    return explainError(parseOptions(explainOptionsSchema, raw), values.errorText ?? '', deps)
  return leaf.check === 'tx'
    ? checkTransaction(parseOptions(txOptionsSchema, { ...raw, hash: values.hash }), deps)
    : checkAddress(parseOptions(addressOptionsSchema, { ...raw, address: values.address, token: values.token }), deps)
}
