import { chainForId, knownChainById, knownChains } from '../chains/registry.js'
import { checkAddress, addressOptionsSchema } from '../commands/address.js'
import { checkSecurity, securityOptionsSchema } from '../commands/security.js'
import type { LanguageOptions, NetworkOptions } from '../commands/common-options.js'
import { parseOptions } from '../commands/parse-options.js'
import type { Deps } from '../commands/deps.js'
import { handleError } from '../errors/handle-error.js'
import { settingsFor, type Settings } from '../commands/session.js'
import { noEndpointsError } from '../errors/input-errors.js'
import { checkTransaction, txOptionsSchema } from '../commands/tx.js'
import { DEFAULT_WATCH_TIMEOUT_MS } from '../commands/watch-duration.js'
import { followTransaction } from '../commands/watch-tx.js'
import { renderOutput } from '../commands/export-output.js'
import { shortensAddresses, type Checked } from '../commands/write-report.js'
import { leadGuide } from '../report/plan-steps.js'
import { reportOutput } from '../report/report-output.js'
import { DoctorError, ExitCode } from '../errors/doctor-error.js'
import { explainError, explainOptionsSchema, type Explained } from '../commands/explain.js'
import { lookUpCommand } from '../report/build-error-report.js'
import { checkNonEvm, nonEvmOptionsSchema } from '../commands/non-evm.js'
import { recogniseNonEvmId } from '../decode/non-evm-ids.js'
import { loadGuide } from '../guides/load-guides.js'
import { renderGuide, wrap } from '../guides/render-guide.js'
import { languages, type Lang } from '../i18n/catalog.js'
import { t, translator } from '../i18n/translate.js'
import { newRpcStats } from '../rpc/endpoint.js'
import { configuredEndpoints, resolveEndpoints } from '../rpc/resolve-endpoints.js'
import { terminalAsker, type Asker } from './ask.js'
import { offerReport } from './offer-report.js'
import { supportTree } from './support-tree.js'
import { treeProblems } from './validate-tree.js'
import { walkTree, type Answers, type Leaf, type NetworkOption } from './walk-tree.js'
import { internalError } from '../errors/internal-error.js'
import { loadLanguage } from '../i18n/load-language.js'
import { wrapText } from '../ui/wrap-text.js'

export type ConversationOptions = LanguageOptions & Pick<NetworkOptions, 'rpc' | 'publicRpc' | 'timeout'>

const NOTE_LIMIT = 4000

/**
 * `support-doctor` at a terminal: language, then the tree's questions, then the same check `tx` or
 * `address` runs, its findings in plain words, the guide, and the report to copy or save.
 */
export async function runConversation(options: ConversationOptions, deps: Deps): Promise<number> {
  const problems = treeProblems(supportTree)
  if (problems.length > 0) {
    throw internalError(`the decision tree is invalid: ${problems.join('; ')}`)
  }
  const settings = settingsFor(options, deps)
  const networks = await networksToOffer(options, settings)
  if (networks.length === 0 && options.rpc.length === 0) {
    // Said before any question: answering five of them to learn that nothing can be looked up is unkind.
    throw noEndpointsError()
  }
  const lang = options.lang ?? (await askLanguage(terminalAsker(deps, translator(settings.lang)), settings.lang))
  // Only the start-up language's catalog is loaded: the one chosen here may be the other.
  await loadLanguage(lang)
  // The language chosen here is the conversation's from now on, errors included: a new value, nothing mutated.
  const chosen: Deps = { ...deps, lang }
  try {
    const say = translator(lang)
    const asker = terminalAsker(chosen, say)
    const errStyle = chosen.io.style('err')
    const width = chosen.io.terminalWidth()
    chosen.io.err.write(
      `${wrapText(errStyle.bold(say('tree.welcome')), width)}\n${wrapText(errStyle.dim(say('tree.neverAsk')), width)}\n\n`,
    )

    const { leaf, answers } = await walkTree(supportTree, { asker, lang, say, networks })
    if (leaf.kind === 'guide') {
      const style = chosen.io.style('out')
      const message = wrap(leaf.message[lang], chosen.io.terminalWidth(), '').join('\n')
      chosen.io.out.write(
        `\n${style.bold(message)}\n\n${renderGuide(loadGuide(leaf.guide, lang), style, say, chosen.io.terminalWidth())}`,
      )
      return ExitCode.ok
    }
    const { checked, watch } = await runCheck(leaf, answers, options, lang, chosen)
    const style = chosen.io.style('out')
    // A pasted error that names a transaction or an address: the command its report offers is run too.
    const followUp =
      'lookUp' in checked ? await lookUpNamed(checked as Explained, answers, options, lang, chosen) : null
    // One guide: the one the plan names (the most important finding's), else the one for the problem chosen.
    const planGuide = leadGuide(checked.view.report.findings)
    const guide = loadGuide(planGuide ?? leaf.guide, lang)
    const asText = (result: Checked) =>
      renderOutput(
        reportOutput(result.view, { shortenAddresses: shortensAddresses(result.settings), exitCode: result.exitCode }),
        'text',
        { style, width: chosen.io.terminalWidth() },
      )
    const footer = planGuide
      ? ''
      : `${style.bold(say('tree.guideForProblem', { title: guide.title }))} ${style.cyan(say('guide.command', { id: guide.id }))}\n`
    chosen.io.out.write(`\n${asText(checked)}\n${footer}\n`)
    if (followUp) chosen.io.out.write(`${asText(followUp)}\n`)
    const last = await offerReport(checked, { asker, say, deps: chosen, guide, watch })
    return Math.max(last.exitCode, followUp?.exitCode ?? 0)
  } catch (error) {
    return handleError(error, chosen)
  }
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
  deps.io.err.write(`${say('tree.lookingUp', { command })}\n`)
  const raw = { ...options, lang, wallet: answers.values.wallet }
  try {
    return hash
      ? await checkTransaction(parseOptions(txOptionsSchema, { ...raw, hash }), deps)
      : await checkAddress(parseOptions(addressOptionsSchema, { ...raw, address }), deps)
  } catch (error) {
    if (!(error instanceof DoctorError)) throw error
    deps.io.err.write(`${t(lang, error.text)}\n`)
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
 * The chains worth offering: those with an endpoint to ask, wherever it came from (`--rpc`,
 * configured, or public when allowed), in the registry's order, then chains the registry does not
 * know. A `--rpc` URL says which chain it serves only when asked (`eth_chainId`, a read), so two
 * nodes given on the command line alone still make the network a question.
 */
async function networksToOffer(options: ConversationOptions, settings: Settings): Promise<NetworkOption[]> {
  const configured = configuredEndpoints(settings.config.rpc ?? {}).map((e) => e.chainId)
  const flagged =
    options.rpc.length === 0
      ? []
      : await resolveEndpoints(
          { flagUrls: options.rpc, configured: {}, publicRpc: false, requestedChainId: undefined },
          { requestTimeoutMs: settings.requestTimeoutMs, problems: [], stats: newRpcStats() },
        ).then((byChain) => [...byChain.keys()])
  const withEndpoints = new Set([...flagged, ...configured])
  const usePublic = options.publicRpc && settings.config.publicRpc !== false
  const known = knownChains.filter((c) => withEndpoints.has(c.id) || (usePublic && c.publicRpcUrls.length > 0))
  const unknown = [...withEndpoints].filter((id) => !knownChainById(id)).map(chainForId)
  return [...known, ...unknown].map((c) => ({ id: c.id, name: c.name }))
}

/** The answers become the options of `tx`, `address` or `security`, checked by the same schemas as the flags. */
async function runCheck(
  leaf: Extract<Leaf, { kind: 'check' }>,
  answers: Answers,
  options: ConversationOptions,
  lang: Lang,
  deps: Deps,
): Promise<{ checked: Checked; watch?: (() => Promise<Checked>) | undefined }> {
  const { values } = answers
  // The person's own words are the note; the problem they chose is recorded as the problem.
  const note = (values.note ?? '').slice(0, NOTE_LIMIT)
  const raw = {
    ...options,
    lang,
    chain: answers.chainId === null ? undefined : String(answers.chainId),
    wallet: values.wallet,
    tried: values.tried,
    note: note || undefined,
  }
  const problem = answers.facts.join(' ') || null
  const withProblem = (checked: Checked): Checked => {
    const report = checked.view.report
    return { ...checked, view: { ...checked.view, report: { ...report, context: { ...report.context, problem } } } }
  }
  if (leaf.check === 'security') {
    const securityOptions = parseOptions(securityOptionsSchema, { ...raw, address: values.address })
    return { checked: withProblem(await checkSecurity(securityOptions, deps)) }
  }
  const otherChain = recogniseNonEvmId((leaf.check === 'tx' ? values.hash : values.address) ?? '')
  if (leaf.check !== 'explain' && otherChain)
    return { checked: withProblem(await checkNonEvm(otherChain, parseOptions(nonEvmOptionsSchema, raw), deps)) }
  if (leaf.check === 'explain') {
    const explained = await explainError(parseOptions(explainOptionsSchema, raw), values.errorText ?? '', deps)
    return { checked: { ...explained, ...withProblem(explained) } }
  }
  if (leaf.check === 'address') {
    const options = parseOptions(addressOptionsSchema, { ...raw, address: values.address, token: values.token })
    return { checked: withProblem(await checkAddress(options, deps)) }
  }
  const txOptions = parseOptions(txOptionsSchema, { ...raw, hash: values.hash })
  const checked = withProblem(await checkTransaction(txOptions, deps))
  // A transaction still waiting can be followed to its end rather than checked again by hand.
  const watch = ['pending', 'queued'].includes(checked.view.report.status)
    ? async () =>
        withProblem(
          await followTransaction(
            { ...txOptions, watchTimeout: DEFAULT_WATCH_TIMEOUT_MS },
            { deps, settings: checked.settings, check: (o) => checkTransaction(o, deps) },
          ),
        )
    : undefined
  return { checked, watch }
}
