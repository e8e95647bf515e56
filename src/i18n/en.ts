import { faultList } from './fault-list.js'
import { problemEn, type Problem } from './problem-text.js'
/**
 * The English catalog: every string a user sees, apart from finding texts (findings-en.ts).
 * A message is a string or a function of its parameters. ja.ts must have the same keys.
 */
export const en = {
  // errors (one line each: what is wrong, naming the value)
  'error.invalidHash': (p: { value: string }) =>
    `"${p.value}" is not a transaction hash: expected 0x followed by 64 hex characters (got ${p.value.replace(/^0x/i, '').length}${/^(0x)?[0-9a-fA-F]*$/.test(p.value) ? '' : ', with non-hex characters'}).`,
  'error.invalidAddress': (p: { value: string }) =>
    `"${p.value}" is not an address: expected 0x followed by 40 hex characters.`,
  'error.addressChecksum': (p: { value: string }) =>
    `"${p.value}" has a wrong checksum: its mixed upper and lower case does not match the address, so a character is probably mistyped.`,
  'error.invalidNonce': (p: { value: string }) => `"${p.value}" is not a nonce: expected a whole number of 0 or more.`,
  'error.unknownChain': (p: { value: string }) => `Unknown chain "${p.value}".`,
  'error.invalidRpcUrl': (p: { value: string }) => `--rpc "${p.value}" is not an http(s) or ws(s) URL.`,
  'error.invalidOption': (p: { option: string; problem: Problem }) =>
    `Invalid value for ${p.option}: ${problemEn(p.problem)}.`,
  'error.usage': (p: { message: string }) => p.message,
  'error.unknownOption': (p: { option: string; didYouMean: string | null }) =>
    `Unknown option ${p.option}.${p.didYouMean ? ` Did you mean ${p.didYouMean}?` : ''}`,
  'error.missingArgument': (p: { name: string }) => `Missing the required argument <${p.name}>.`,
  'error.optionMissingValue': (p: { option: string }) => `${p.option} needs a value.`,
  'error.invalidChoice': (p: { option: string; value: string; choices: string }) =>
    `"${p.value}" is not a choice for ${p.option}: use one of ${p.choices}.`,
  'error.tooManyArguments': (p: { command: string | null; expected: number; got: number }) =>
    `Too many arguments${p.command ? ` for ${p.command}` : ''}: it takes ${p.expected}, and ${p.got} were given (quote text that has spaces).`,
  'error.configUnreadable': (p: { file: string; reason: string }) =>
    `Cannot read the config file ${p.file}: ${p.reason}`,
  'error.configMissing': (p: { file: string }) => `The config file ${p.file} does not exist.`,
  'error.fileMissing': (p: { file: string }) => `${p.file} does not exist.`,
  'hint.checkPath': 'Check the path: a relative one starts from the folder you run the command in.',
  'error.configSearchFailed': (p: { folder: string; reason: string }) =>
    `Cannot look for a config file from ${p.folder}: ${p.reason}`,
  'error.configInvalid': (p: { file: string; key: string; problem: Problem }) =>
    `Invalid config in ${p.file}: ${p.key ? `${p.key}: ` : ''}${problemEn(p.problem)}.`,
  'error.configChainKey': (p: { key: string }) =>
    `Invalid config: rpc.${p.key} is not a known chain name or a chain id.`,
  'error.evidenceOtherHash': (p: { file: string; evidenceHash: string; hash: string }) =>
    `${p.file} is the evidence of tx hash ${p.evidenceHash}, not of tx hash ${p.hash}.`,
  'error.evidenceFile': (p: { file: string; problem: string }) =>
    `Cannot use the evidence file ${p.file}: ${p.problem}.`,
  'error.outFile': (p: { file: string; reason: string }) => `Cannot write ${p.file}: ${p.reason}.`,
  'error.outFolder': (p: { file: string }) => `Cannot write ${p.file}: its folder does not exist.`,
  'error.noEndpoints':
    'No endpoint to ask: public endpoints are turned off and none is configured for the chains searched.',
  'error.chainUnreachable': (p: { chainId: number }) => `No endpoint of chain ${p.chainId} answered correctly.`,
  'error.noEndpointAnswered': (p: { faults: { endpoint: string; reason: string }[] }) =>
    `No endpoint answered correctly: nothing could be looked up${faultList(p.faults, (r) => r, { more: (n) => `and ${n} more`, before: ' ', separator: '; ' })}.`,
  'error.deadline': (p: { ms: number }) => `No answer within the time limit (${p.ms} ms).`,
  'error.methodRefused': (p: { method: string }) =>
    `Refused to send ${p.method}: support-doctor only reads from the chain.`,
  'error.bridgeUnreadable': 'Whether the bridge transfer arrived could not be told.',
  'error.internal': 'Something went wrong inside support-doctor.',
  'error.interrupted': 'Stopped. Nothing was sent.',
  'error.aborted': 'Cancelled by the caller before an answer came.',
  'error.batchLine': (p: { problem: 'json' | 'object' }) =>
    `This line is neither a transaction hash nor a JSON object: ${p.problem === 'json' ? 'it starts with { but is not valid JSON' : 'it is JSON, but not an object'}.`,
  'error.batchSubject': 'This line has neither a "hash" nor an "address".',
  'error.batchNoInput': 'Nothing to diagnose: give a file, or pipe lines in (support-doctor batch < tickets.txt).',
  'error.concurrency': (p: { value: string }) => `--concurrency "${p.value}" is not a number from 1 to 64.`,
  'error.label': 'error',
  'hint.label': 'hint',
  'hint.addressChecksum':
    'Copy the address again from your wallet or the block explorer rather than typing it; all lower case is also accepted.',
  'hint.hashFormat':
    "Copy the hash from your wallet's activity or the block explorer: 0x followed by 64 characters 0-9 and a-f.",
  'hint.listChains': 'Run `support-doctor chains` to list the chain names and ids it knows.',
  'hint.configKeys':
    'Allowed keys: lang, publicRpc, rpc, wallet, redact.addresses, timeoutMs, entryPoints, bridges (see README, "Configuration").',
  'hint.rpcFlag':
    'Check your network connection, or pass a working endpoint with --rpc <url>. `support-doctor rpc` shows which endpoints answer.',
  'hint.timeout': 'Try again, raise --timeout, or pass a faster endpoint with --rpc <url>.',
  'hint.timeoutOwnEndpoints':
    'Try again, raise --timeout, or add --no-public-rpc to ask only your own endpoints (--rpc, the config file): the built-in public ones may be out of reach from this network.',
  'hint.noEndpoints':
    'Pass --rpc <url>, set SUPPORT_DOCTOR_RPC_<CHAINID>, add "rpc" to the config file, or drop --no-public-rpc.',
  'hint.help': 'Run `support-doctor --help` for usage and examples.',
  'hint.bug': 'This is a bug. Please report it with the command you ran (the message above is already redacted).',

  // statuses
  'status.confirmed': 'Confirmed',
  'status.failed': 'Failed',
  'status.pending': 'Pending',
  'status.queued': 'Queued (waiting for an earlier nonce)',
  'status.dropped': 'Dropped',
  'status.replaced': 'Replaced',
  'status.not-found': 'Not found',
  'status.undetermined': 'Could not tell',
  'severity.info': 'info',
  'severity.warning': 'warning',
  'severity.critical': 'problem',

  // report labels
  'report.title': 'support-doctor report',
  'report.transaction': 'Transaction',
  'report.status': 'Status',
  'report.network': 'Network',
  'report.explorer': 'Explorer',
  'report.findings': 'What we found',
  'report.nextSteps': 'What to do next',
  'report.checkedAt': 'Checked at',
  'report.note': 'Your note',
  'report.problem': 'Problem',
  'report.environment': 'Environment',
  'report.wallet': 'Wallet',
  'report.unknownNetwork': 'unknown',
  'report.noFindings': 'Nothing to report.',
  'report.requests': (p: { http: number; calls: number }) => `${p.calls} RPC calls in ${p.http} HTTP requests`,
  'report.feeChart': (p: { blocks: number }) => `Base fee, last ${p.blocks} blocks`,
  'report.feeCapLine': 'your fee cap',
  'fees.eip1559': (p: { maxFee: string; tip: string }) => `maxFeePerGas ${p.maxFee} and maxPriorityFeePerGas ${p.tip}`,
  'fees.legacy': (p: { gasPrice: string }) => `gasPrice ${p.gasPrice}`,
  'token.unnamed': 'the token (not named in the calldata)',

  // gas
  'gas.title': (p: { chain: string }) => `Fees on ${p.chain}`,
  'gas.head': (p: { block: string; age: string }) => `Latest block ${p.block} (${p.age} ago)`,
  'gas.stale': (p: { age: string }) =>
    `! The endpoint's latest block is ${p.age} old: these fees may be out of date. Check with another endpoint (--rpc <url>).`,
  'gas.baseFeeNow': 'Base fee now',
  'gas.baseFeeNext': 'Base fee, next block',
  'gas.gasPrice': 'Gas price',
  'gas.tips': 'Recent tips (p10 / p50 / p90)',
  'gas.suggested': 'Suggested fees',
  'gas.slow': 'slow',
  'gas.normal': 'normal',
  'gas.fast': 'fast',
  'gas.replaceRule': (p: { rise: string }) =>
    `A replacement must raise both fees by at least 10%. The base fee can rise up to ${p.rise} per block on this chain.`,
  'gas.legacyRule':
    'This chain prices gas with a single gas price (legacy). A replacement must raise it by at least 10%.',
  'gas.tipsIgnored': "This chain's sequencer ignores tips: the order is first come, first served.",
  'gas.noData': 'no data',

  // chains
  'chains.name': 'Name',
  'chains.id': 'Chain id',
  'chains.key': '--chain',
  'chains.fees': 'Fees',
  'chains.endpoints': 'Endpoints in use',
  'chains.none': '(none: pass --rpc or configure one)',

  // progress (stderr, TTY only)
  'progress.resolving': 'Checking endpoints…',
  'progress.searching': (p: { count: number }) =>
    `Looking for the transaction on ${p.count} network${p.count === 1 ? '' : 's'}…`,
  'progress.fees': 'Reading fees…',

  // command line help
  'cli.description':
    'First-line support for crypto wallets: what happened to a transaction, and what to do next. Read-only: it never signs, sends or asks for a key.',
  'cli.examples': 'Examples',
  'cli.exitCodes':
    'Exit codes: 0 nothing wrong, 1 problem diagnosed, 2 invalid input, 3 could not tell (no endpoint answered, or the endpoints contradict each other).',
  'cmd.tx': 'diagnose one transaction: confirmed, failed, pending, stuck, dropped, replaced, or on another network',
  'cmd.tx.hash': 'the transaction hash (0x + 64 hex characters)',
  'cmd.gas': 'fee state of a chain, and what a replacement transaction would need',
  'cmd.chains': 'list known chains and the endpoints in use',
  'opt.chain': 'chain name or id (default: search every chain that has endpoints)',
  'opt.rpc': 'JSON-RPC endpoint URL; repeatable; replaces the built-in endpoints of the chain it serves',
  'opt.noPublicRpc': 'use only configured endpoints, never the built-in public ones',
  'opt.config':
    'config file (default: package.json#support-doctor, .support-doctorrc[.json|.yaml] … searched up from here; a JavaScript config runs only when named here)',
  'opt.json': 'print the JSON report (machine readable; implies non-interactive)',
  'opt.format': 'output format: text, markdown or json',
  'opt.out': 'write the report to a file instead of stdout',
  'opt.width': 'wrap text at this many columns (default: the terminal width; no wrapping when piped)',
  'opt.lang': 'language: en or ja (default: config, then LANG/LC_ALL)',
  'opt.timeout': 'overall time limit in milliseconds (default 15000)',
  'opt.note': 'your own words about the problem, kept (redacted) in the report',
  'opt.from': 'sender address, for a hash that no node knows any more',
  'opt.nonce': 'nonce of the transaction, with --from',
  'opt.evidenceOut': 'also write the gathered evidence to a file (for support staff to replay)',
  'opt.fromEvidence': 'diagnose from an evidence file, without any network',
  'opt.noCache': 'do not read or write the memory of transactions checked before',
  'opt.watch': 'follow a waiting transaction until it is mined, dropped or replaced, then print the report',
  'opt.watchTimeout': 'stop watching after this long: milliseconds or a duration such as 90s or 30m (default 30m)',
  'error.invalidWatchTimeout': (p: { value: string }) =>
    `"${p.value}" is not a watch time: expected milliseconds or a duration such as 90s, 30m or 2h (1 s to 24 h).`,
  'watch.title': (p: { hash: string; chain: string }) => `Watching ${p.hash} on ${p.chain}`,
  'watch.status': (p: { status: string; waited: string }) => `${p.status} · waiting ${p.waited}`,
  'watch.head': (p: { block: string }) => `Latest block ${p.block}`,
  'watch.fees': (p: { baseFee: string; feeCap: string }) => `Base fee ${p.baseFee} · your fee cap ${p.feeCap}`,
  'watch.feeTooLow': 'the fee cap is under the base fee: no block takes it until the base fee falls',
  'watch.gap': (p: { missing: number }) =>
    `${p.missing} earlier transaction${p.missing === 1 ? '' : 's'} missing: it waits behind ${p.missing === 1 ? 'it' : 'them'}`,
  'watch.notYetSeen': 'Not seen by the node yet: still looking',
  'watch.replacementWaiting': 'Another transaction with its nonce is waiting: watching which one is mined',
  'watch.noAnswer': 'The endpoints did not answer this look: still watching, and looking again shortly.',
  'watch.stopHint': 'Ctrl-C stops watching. Nothing is sent.',
  'watch.timedOut': (p: { waited: string }) => `Stopped watching after ${p.waited}; it is still waiting.`,
  'opt.redactAddresses': 'shorten wallet addresses in the report (0x1234…abcd)',
  'opt.wallet': 'your wallet and its version, e.g. "MetaMask 12.3" (kept in the report)',
  'error.nonceNeedsFrom': '--nonce needs --from <address>: a nonce belongs to one sender.',
  'cmd.tx.examples': [
    '  $ support-doctor tx 0x5c50…e9c1                      # search every network',
    '  $ support-doctor tx 0x5c50…e9c1 --chain base --json  # for scripts and agents',
    '  $ support-doctor tx 0x5c50…e9c1 --format markdown -o report.md',
    '  $ support-doctor tx 0x5c50…e9c1 --chain ethereum --from 0xYourAddress --nonce 42',
    '  $ support-doctor tx --from-evidence evidence.json    # replay a diagnosis offline',
    '',
  ].join('\n'),
  'cmd.batch.examples': [
    '  $ support-doctor batch tickets.ndjson --summary > results.ndjson',
    '  $ cat hashes.txt | support-doctor batch --chain base --concurrency 4',
    '  $ support-doctor batch tickets.ndjson --no-public-rpc --rpc https://rpc.example/KEY',
    '',
    '  Each line: a hash, or {"hash":"0x…","chain":"base","id":"ticket-123"},',
    '  or {"address":"0x…","token":"0x…","id":"ticket-124"}. One JSON report per line out.',
    '',
  ].join('\n'),
  'cmd.mcp.examples': [
    '  $ support-doctor mcp                                  # stdio: for an agent to start',
    '  $ support-doctor mcp --no-public-rpc --rpc https://rpc.example/KEY',
    '',
    '  In an MCP client\'s config: {"command": "support-doctor", "args": ["mcp"]}',
    '',
  ].join('\n'),
  'cmd.gas.examples': [
    '  $ support-doctor gas --chain ethereum',
    '  $ support-doctor gas --chain polygon --json',
    '',
  ].join('\n'),
  'cmd.chains.examples': ['  $ support-doctor chains', '  $ support-doctor chains --json', ''].join('\n'),
  'cli.examplesList': [
    '  $ support-doctor                                # answer a few questions (at a terminal)',
    '  $ support-doctor tx 0x5c50…e9c1                 # what happened to my transaction?',
    '  $ support-doctor tx 0x5c50…e9c1 --json          # the same, for scripts and agents',
    '  $ support-doctor gas --chain ethereum           # what fee gets mined now?',
    '  $ support-doctor chains                         # networks and endpoints in use',
    '  $ support-doctor guide failed-swaps             # read a guide',
  ].join('\n'),
  'cmd.redact': 'remove secrets and personal data from any text (a file, or stdin) before it is shared',
  'cmd.redact.file': 'the file to redact (stdin when omitted or -)',
  'cmd.redact.examples': [
    '  $ support-doctor redact wallet.log > wallet-redacted.log',
    '  $ pbpaste | support-doctor redact --json',
    '  $ support-doctor redact ticket.txt --keep 0x5c50…e9c1    # keep a transaction hash',
    '',
  ].join('\n'),
  'opt.keep': 'a transaction hash to keep (64-hex values are removed otherwise: they look like private keys)',
  'redact.summary': (p: { list: string }) => `Removed: ${p.list}.`,
  'redact.nothing': 'Nothing to remove.',
  'redact.hashHint':
    'A 64-hex value looks the same whether it is a private key or a transaction hash, so each was removed. To keep a hash, pass it with --keep <hash>.',
  'redaction.seed-phrase': 'recovery phrase',
  'redaction.private-key': '64-hex value (private key?)',
  'redaction.extended-key': 'extended key',
  'redaction.wif-key': 'WIF private key',
  'redaction.keystore': 'keystore crypto section',
  'redaction.rpc-url': 'key in an RPC URL',
  'redaction.email': 'e-mail address',
  'redaction.ip-address': 'IP address',
  'redaction.user-name': 'user name in a path',
  'redaction.address': 'wallet address (shortened)',
  'redaction.solana-key': 'Solana secret key',
  'redaction.jwt': 'JWT',
  'redaction.credential': 'API key or token',
  'redaction.password': 'password',
  'error.redactNoInput': 'Nothing to redact: give a file, or pipe text in (support-doctor redact < file).',
  'error.readFile': (p: { file: string; reason: string }) => `Cannot read ${p.file}: ${p.reason}.`,
  'opt.browser': 'your browser and its version, e.g. "Chrome 131" (kept in the report)',
  'opt.tried': 'what you already tried (kept, redacted, in the report)',
  'opt.maxLength':
    'shorten a text or markdown report to at most this many characters (hash, network and first finding stay)',
  'secret.warningTitle': 'Warning: you typed a recovery phrase or private key.',
  'secret.phraseTitle': 'Warning: you typed a recovery phrase.',
  'secret.keyTitle': 'Warning: you typed a private key.',
  'secret.warningBody':
    'It was removed and is not in the report, not saved and not sent anywhere. Nobody legitimate ever needs it: no wallet, exchange or support agent will ask for it. If you have already shared it with anyone, move your funds to a new wallet with a new recovery phrase now.',
  'report.noSecrets':
    'This report contains no recovery phrase, private key or password. Real support staff never ask for them: anyone who does is a scammer.',
  'report.sendTo': (p: { name: string; url: string }) => `Send it only through ${p.name}'s official support: ${p.url}`,
  'report.sendToGeneric':
    'Send it only through the official help centre of your wallet or exchange, opened from its own website or app.',
  'report.fakeSupport':
    'Real support never contacts you first by direct message (X, Telegram, Discord) and never asks you to "validate" or "sync" your wallet.',
  'report.tried': 'What I already tried',
  'report.browser': 'Browser',
  'status.ok': 'Nothing wrong found',
  'status.pending-transactions': 'Transactions waiting',
  'status.held': 'Tokens found',
  'status.wrong-network': 'On another network',
  'status.no-balance': 'No balance',
  'status.not-a-token': 'Not a token',
  'report.address': 'Address',
  'report.token': 'Token',
  'cmd.address': 'account state on every network; with --token: where are my tokens',
  'cmd.address.address': 'the wallet address (0x + 40 hex characters)',
  'opt.token': 'a token contract address: on which networks it exists, your balance there, recent transfers',
  'cmd.address.examples': [
    '  $ support-doctor address 0xYourAddress',
    '  $ support-doctor address 0xYourAddress --token 0xTokenContract --chain base',
    '  $ support-doctor address 0xYourAddress --token 0xTokenContract --json',
    '',
  ].join('\n'),
  'progress.address': (p: { count: number }) =>
    `Looking at the address on ${p.count} network${p.count === 1 ? '' : 's'}…`,
  'cmd.rpc':
    'health of the endpoints in use: reachable, chain id, head and its age, latency, trace and history support',
  'cmd.rpc.examples': [
    '  $ support-doctor rpc --chain ethereum',
    '  $ support-doctor rpc --rpc https://my-node.example --json',
    '',
  ].join('\n'),
  'rpc.ok': 'ok',
  'rpc.stale': 'stale',
  'rpc.unknownChain': 'Network not known (the URL did not answer when asked which it serves)',
  'rpc.yes': 'yes',
  'rpc.no': 'no',
  /** An endpoint's fault: the reason is already English (src/findings/fault-words.ts). */
  'rpc.fault': (p: { reason: string }) => p.reason,
  'rpc.detail': (p: { head: string; age: string; latency: string; trace: string; history: string }) =>
    `block ${p.head} (${p.age} ago) · ${p.latency} ms · trace: ${p.trace} · history: ${p.history}`,
  'opt.help': 'show help',
  'help.usage': 'Usage:',
  'help.arguments': 'Arguments:',
  'help.options': 'Options:',
  'help.commands': 'Commands:',
  'help.globalOptions': 'Global options:',
  'help.choices': (p: { choices: string }) => `one of: ${p.choices}`,
  'opt.version': 'show the version',
  // the interactive conversation (src/tree) and the guides
  'cmd.mcp': 'serve the diagnoses to AI agents as an MCP server over stdio (read-only, no API key)',
  'cmd.batch': 'diagnose a whole queue: one hash or JSON object per line in, one JSON line per input line out',
  'cmd.batch.file': 'a file of hashes or NDJSON objects (stdin when left out)',
  'opt.concurrency': 'how many lines to look at at once (default 8)',
  'opt.summary': 'print a count by status to stderr at the end',
  'batch.progress': (p: { done: number; total: number }) => `Diagnosed ${p.done} of ${p.total}…`,
  'batch.summary': (p: { lines: number; list: string }) => `${p.lines} lines: ${p.list}`,
  // The summary names statuses as the JSON lines do, so a summary and the lines can be matched.
  'batch.statusCount': (p: { status: string; count: number }) => `${p.status} ${p.count}`,
  'status.invalid': 'Invalid input',
  'status.error': 'Could not look',
  'mcp.ready': 'support-doctor MCP server on stdio: waiting for a client (stdin closed ends it).',
  'mcp.redacted': (p: { fields: string }) =>
    `Secrets were found in the arguments (${p.fields}) and removed before use; never paste a recovery phrase or private key.`,
  'cmd.guide': 'print a guide to a common problem; without a topic, list them',
  'cmd.guide.topic': 'a guide id (e.g. stuck-transactions) or a finding code (e.g. swap.slippage)',
  'cmd.guide.examples': [
    '  $ support-doctor guide',
    '  $ support-doctor guide failed-swaps',
    '  $ support-doctor guide swap.slippage --lang ja',
    '',
  ].join('\n'),
  'guide.command': (p: { id: string }) => `support-doctor guide ${p.id}`,
  'guide.stepLink': (p: { id: string }) => `Read the guide: support-doctor guide ${p.id}`,
  'guide.listTitle': 'Guides',
  'guide.listHint':
    'Read one with `support-doctor guide <topic>`; a topic is a guide id or a finding code such as swap.slippage.',
  'error.unknownGuide': (p: { value: string }) => `There is no guide "${p.value}".`,
  'hint.listGuides': 'Run `support-doctor guide` to list the guides.',
  'secret.promptRefused':
    'It was not kept and is not shown. Nobody legitimate needs it; if you already shared it, move your funds to a new wallet now. Please answer again without it.',
  'tree.keys': '↑↓ move · Enter choose · Ctrl-C quit',
  'tree.secretHidden': '(hidden: this looks like a recovery phrase or private key)',
  'tree.required': 'This one is needed to look it up: please type it.',
  'tree.notSure': 'Not sure: search every network',
  'tree.welcome': 'support-doctor: let us find out what happened. A few questions, then a read-only look at the chain.',
  'tree.neverAsk':
    'I will never ask for your recovery phrase, private key or password. Do not type them anywhere here.',
  'tree.guideForProblem': (p: { title: string }) => `Guide for this problem: ${p.title} →`,
  'tree.offer.question': 'What next?',
  'tree.offer.watch': 'Watch it for me until it is mined, dropped or replaced',
  'tree.offer.print': 'Show the report, ready to paste into a support request',
  'tree.offer.save': 'Save the report to a file',
  'tree.offer.guide': (p: { title: string }) => `Read the guide: ${p.title}`,
  'tree.offer.done': 'Done',
  'tree.copyBelow': 'The report is below. It is redacted: copy all of it into your support request.',
  'tree.saveAs': 'Save the report as:',
  'tree.saved': (p: { file: string }) => `Saved: ${p.file}`,
  'opt.rootHelp':
    'With no command, at a terminal: a few questions about the problem, then the check and a report to send.',
  'error.unknownCommand': (p: { value: string }) => `Unknown command "${p.value}".`,
  'error.noCommand': 'No command given: with --json there is no conversation to hold.',
  'error.rootOptionNotTaken': (p: { option: string; command: string }) =>
    `${p.option} was given before the command, and \`${p.command}\` does not take it.`,
  'error.optionsConflict': (p: { first: string; second: string }) =>
    `${p.first} and ${p.second} cannot be used together: each asks for something the other rules out.`,
  'error.optionNeeds': (p: { option: string; needs: string }) =>
    `${p.option} works only with ${p.needs}; without it, it would be ignored.`,
  'hint.commandHelp': (p: { command: string }) =>
    `Run \`support-doctor ${p.command} --help\` for the options it takes.`,
  'hint.didYouMean': (p: { command: string }) =>
    `Did you mean \`support-doctor ${p.command}\`? Run \`support-doctor --help\` for the list.`,
  'secret.hashNote':
    'A transaction hash looks just like a private key (64 hex characters); hashes are asked for on their own, so leave them out here.',
  'tree.tooLong': (p: { max: number; length: number }) =>
    `That is ${p.length} characters; please keep it under ${p.max}.`,
  // security <address>
  'status.clean': 'Nothing found that lets others move your funds',
  'status.at-risk': 'At risk: something needs your action',
  'status.compromised': 'Compromised: someone else moved or can move your funds',
  'cmd.security':
    '"my wallet was drained": who can move your funds (approvals, permits, delegations) and who did, over recent blocks',
  'opt.blocks': 'how many recent blocks to search on each network (default: what public endpoints allow)',
  'cmd.security.examples': [
    '  $ support-doctor security 0xYourAddress',
    '  $ support-doctor security 0xYourAddress --chain ethereum --blocks 50000',
    '  $ support-doctor security 0xYourAddress --json',
    '  $ support-doctor security 0xYourAddress --evidence-out evidence.json   # for support to replay with --from-evidence',
    '',
  ].join('\n'),
  'progress.security': (p: { count: number }) =>
    `Reading approvals and transfers on ${p.count} network${p.count === 1 ? '' : 's'}…`,
  // explain (issue 18): a pasted error message
  'cmd.explain': 'explain a wallet or node error message (pasted text, or stdin) in plain words',
  'cmd.explain.text': 'the error text (stdin when omitted)',
  'cmd.explain.examples': [
    '  $ support-doctor explain "nonce too low: next nonce 7, tx nonce 5"',
    '  $ pbpaste | support-doctor explain --json',
    '',
  ].join('\n'),
  'error.explainNoInput': 'Nothing to explain: give the error text, or pipe it in (pbpaste | support-doctor explain).',
  'error.explainEmpty': 'The error text is empty.',
  'hint.explainText':
    'Copy the whole error message from your wallet or app and paste it after `support-doctor explain`.',
  'status.explained': 'Explained',
  'status.unrecognised': 'Not recognised',
  'explain.stepTx': (p: { command: string }) => `The message names a transaction. Look it up on chain: ${p.command}`,
  'report.userOperation': 'User operation',
  'report.id': 'ID',
  'status.not-evm': 'Not an EVM network',
  'error.solanaSecretKey':
    'That is a Solana secret key, not a transaction id or address: it was not used or kept. Never share it; whoever has it controls the account.',
  'tree.lookingUp': (p: { command: string }) => `The message names it, so it is looked up now: ${p.command}`,
  'explain.stepAddress': (p: { command: string }) =>
    `The message names an address. See what it holds and what is waiting: ${p.command}`,
  // issue 12: --out refuses what it must not replace; config and evidence files are size-capped.
  'error.outNotRegular': (p: { file: string }) =>
    `Will not write ${p.file}: it exists and is not a regular file (a directory, device, pipe or socket).`,
  'error.outSymlink': (p: { file: string }) =>
    `Will not write ${p.file}: it is a symbolic link, and links are not followed.`,
}
