import type { BridgeCallData } from '../findings/bridge-data.js'
import { unreadableReasonText } from './unreadable-reason.js'
import { formatDuration } from './duration.js'
import type { FindingTexts, TextContext } from './finding-texts.js'

type BridgeCode = Extract<keyof FindingTexts, `bridge.${string}`>

/** Why the destination could not tell (diagnose/rules/bridge.ts, `unreadableReason`). */
const reasonText = unreadableReasonText(
  {
    'no-contract-known': 'no contract of this bridge is known on that chain',
    'incomplete-record': "the transfer's record on the source chain lacks a part it is followed by",
    'unexpected-answer': 'a contract of the bridge answered a value its protocol does not define',
    'search-cut-short': 'too many blocks since the transfer; the search stopped before an answer',
    'source-time-unknown': 'the time of the source block is unknown',
    'inconsistent-answers': 'two of its answers that must agree do not',
    'l2-block-unknown': 'the L2 endpoint does not know the L2 block the newest confirmed root names',
    'ticket-creation-failed': 'the L2 transaction that creates the retryable ticket failed',
    'endpoints-disagree': 'its endpoints do not say the same when each is asked on its own',
  },
  'no reason given',
)

/** What the gateway check adds (diagnose/rules/bridge-gateway.ts). */
const gatewayNote = {
  none: '',
  checked: '',
  unchecked:
    " The token, amount and recipient are read from the message's call; they could not be checked against the bridge's gateway router (none is known for this chain, or it did not answer).",
  'not-the-gateway':
    " Its call reads like a token transfer through the bridge's token gateway, but the bridge's gateway router does not name its two ends as that token's gateway pair: no tokens move with it, only the coin amount above, to the contract above. Do not believe anyone who says it carries tokens.",
} as const

const protocolName = {
  'op-stack': 'the OP Stack standard bridge',
  arbitrum: 'the Arbitrum bridge',
  across: 'Across',
  cctp: "Circle's CCTP",
} as const

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`

const stageName: Record<string, string> = {
  sequencer: "the L2 sequencer has not included it yet (it picks up the L1 block's deposits after a few L1 blocks)",
  'state-root':
    'the L2 block that holds it is not yet covered by a state root (output proposal or dispute game) on L1; once it is, the withdrawal can be proven',
  'challenge-period':
    'it is proven and waits out the challenge period (proof maturity delay, 7 days on mainnet) before it can be finalized',
  relayer: 'a relayer has not filled it yet',
  attestation: 'Circle has not attested it yet (it waits for the source chain to finalize)',
  'auto-redeem': 'the retryable ticket has not been redeemed yet',
  confirmation:
    'the rollup has not yet confirmed a send root (an assertion) on L1 that covers the L2 block holding it; an assertion is confirmed once its challenge period is over, about 6.4 days on Arbitrum One and Nova, and then the withdrawal can be claimed on L1',
}

const route = (d: { sourceChainId: number; destinationChainId: number }, ctx: TextContext) =>
  `from ${ctx.chainName(d.sourceChainId)} to ${ctx.chainName(d.destinationChainId)}`

const delay = (min: number, max: number) => `${formatDuration(min, 'en')} to ${formatDuration(max, 'en')}`

/** The arguments known from the chain, by name, as an explorer's write tab asks for them. */
const argumentsText = (call: BridgeCallData) => (call.arguments ?? []).map((a) => `${a.name} = ${a.value}`).join(', ')

/** The call spelled out: a person can paste it into a wallet's "send with data" or an explorer's write tab. */
const callText = (call: BridgeCallData, ctx: TextContext) =>
  `On ${ctx.chainName(call.chainId)}, call ${call.function} on ${call.contract}${call.calldata ? ` with calldata ${call.calldata}` : ''}`

/**
 * An Arbitrum withdrawal's claim: the Outbox's executeTransaction needs a Merkle proof of the send,
 * which an Arbitrum node builds (NodeInterface.constructOutboxProof, an eth_call); every other
 * argument is known and listed.
 */
const arbitrumClaimText = (
  d: { call: BridgeCallData | null; proofFrom?: BridgeCallData | undefined },
  ctx: TextContext,
) => {
  const proof = d.proofFrom
  const size = proof?.arguments?.find((a) => a.name === 'size')?.value
  const leaf = proof?.arguments?.find((a) => a.name === 'leaf')?.value
  return `the rollup has confirmed a send root that covers this withdrawal (its challenge period is over): one transaction on L1, the Outbox's executeTransaction, releases the funds, and it has no deadline. Its first argument is a Merkle proof of the send, which an Arbitrum node builds: ${
    proof
      ? `an eth_call of ${proof.function} on ${proof.contract} (NodeInterface) on ${ctx.chainName(proof.chainId)}, with size = ${size ?? 'the send count of the confirmed L2 block'} and leaf = ${leaf ?? 'the index below'}`
      : 'NodeInterface.constructOutboxProof on the L2'
  }; the bridge's page does this for you.${d.call?.arguments?.length ? ` The other arguments: ${argumentsText(d.call)}.` : ''}`
}

const actionTitle = {
  prove: 'Action needed: prove the withdrawal',
  finalize: 'Action needed: finalize the withdrawal',
  redeem: 'Action needed: redeem the retryable ticket',
  'receive-message': 'Action needed: receive the message on the destination chain',
} as const

const officialOnly =
  'Use only the bridge\'s own page (reached from its official site, not from a link someone sent) or your wallet. No support person will ever ask for your recovery phrase, and anyone who offers to "recover" a bridge transfer for a fee is a scam.'

export const bridgeFindingsEn: Pick<FindingTexts, BridgeCode> = {
  'bridge.deposit': (d, ctx) => ({
    title: `Bridge ${d.direction === 'withdrawal' ? 'withdrawal' : 'transfer'} ${route(d, ctx)}`,
    detail: `This transaction sent ${ctx.amount(d.amount, d.token)} through ${protocolName[d.protocol]} ${route(d, ctx)}, to ${d.recipient} (sender ${d.sender})${d.sentAt ? `, at ${d.sentAt}` : ''}. The bridge's id for it: ${d.messageId}.${
      d.followed === 'could-not-tell'
        ? ` Whether it has arrived could not be told: ${ctx.chainName(d.destinationChainId)} was asked and did not give a usable answer (${reasonText(d.unreadableReason)}). That is not a "no".`
        : ''
    }${gatewayNote[d.gateway ?? 'none']}`,
    steps:
      d.followed === 'could-not-tell'
        ? [
            `Run the check again in a few minutes, or with another endpoint for ${ctx.chainName(d.destinationChainId)} (--rpc <url of an endpoint for ${ctx.chainName(d.destinationChainId)}>).`,
            `Look at the recipient ${d.recipient} on ${ctx.chainName(d.destinationChainId)} in a block explorer meanwhile.`,
          ]
        : [],
  }),
  'bridge.delivered': (d, ctx) => ({
    title: d.destinationReverted
      ? `Arrived on ${ctx.chainName(d.destinationChainId)}, but its call failed there`
      : `Arrived on ${ctx.chainName(d.destinationChainId)}`,
    detail: `${d.txHash ? `The ${d.direction === 'withdrawal' ? 'withdrawal was finalized' : 'transfer arrived'} in transaction ${d.txHash}${d.blockNumber ? ` (block ${d.blockNumber})` : ''} on ${ctx.chainName(d.destinationChainId)}` : `The ${d.direction === 'withdrawal' ? 'withdrawal is finalized' : 'transfer is delivered'} on ${ctx.chainName(d.destinationChainId)} (the bridge's contract says so; the transaction that did it was not looked up)`}. ${d.received ? `Received: ${ctx.amount(d.received, d.receivedToken ?? d.token)}${d.fee && d.fee !== '0' ? ` (${ctx.amount(d.fee, d.receivedToken ?? d.token)} less than sent: the bridge's fee)` : ''}${d.receivedToken && d.fee === null ? ` (sent: ${ctx.amount(d.sent, d.token)})` : ''}.` : `Sent: ${ctx.amount(d.sent, d.token)}.`}${d.destinationReverted ? ' The call the deposit carried failed on L2: nothing it asked for happened there.' : ''}`,
    steps: [
      d.destinationReverted
        ? `Look up the ${ctx.chainName(d.destinationChainId)} transaction${d.txHash ? ` ${d.txHash}` : ''} on the explorer. A deposit made straight to the bridge's portal leaves the ETH it minted with the address that made it; one made through the standard bridge can be replayed on the L2 messenger, and the bridge's own help pages say how. Do not send it again.`
        : `If your wallet does not show it, switch the wallet to ${ctx.chainName(d.destinationChainId)} and check the recipient address there${d.native ? '' : ' (add the token if it is not listed)'}.`,
    ],
  }),
  'bridge.in-flight': (d, ctx) => ({
    title: d.overdue ? `Still on its way, longer than usual` : `On its way to ${ctx.chainName(d.destinationChainId)}`,
    detail: `Not arrived yet: ${stageName[d.stage] ?? d.stage}. ${capitalised(protocolName[d.protocol])} normally takes ${delay(d.normalMinSeconds, d.normalMaxSeconds)} for this${d.elapsedSeconds === null ? '' : `; it has been ${formatDuration(d.elapsedSeconds, 'en')} since the source block`}.`,
    steps: [
      d.overdue
        ? `This is longer than normal. Check the bridge's status page and its official support channels, with this report (the bridge's id is ${d.messageId}).`
        : `Nothing to do yet: run this check again ${d.direction === 'withdrawal' ? 'later' : 'in a few minutes'}. Do not send the transfer again — it would be a second transfer.`,
      ...(d.stage === 'state-root' || d.stage === 'challenge-period'
        ? [
            `A withdrawal does not arrive by itself: once it can be ${d.stage === 'state-root' ? 'proven' : 'finalized'}, you must send that transaction on ${ctx.chainName(d.destinationChainId)} (your wallet or the bridge's page shows the button).`,
          ]
        : d.stage === 'confirmation'
          ? [
              `A withdrawal does not arrive by itself: once it is confirmed, you must claim it with a transaction on ${ctx.chainName(d.destinationChainId)} (the bridge's page shows a "Claim" button).`,
            ]
          : []),
      officialOnly,
    ],
  }),
  'bridge.action-needed': (d, ctx) => ({
    title:
      d.action === 'finalize' && d.protocol === 'arbitrum'
        ? 'Action needed: claim the withdrawal'
        : actionTitle[d.action],
    detail: `The transfer ${route(d, ctx)} waits for you: ${
      d.action === 'prove'
        ? 'the withdrawal can now be proven. Proving needs a Merkle proof of the withdrawal in L2 state, which the bridge page or your wallet builds; after it, a 7-day challenge period runs before it can be finalized.'
        : d.action === 'finalize' && d.protocol === 'arbitrum'
          ? arbitrumClaimText(d, ctx)
          : d.action === 'finalize'
            ? 'the withdrawal is proven and its challenge period is over: one more transaction on L1 releases the funds.'
            : d.action === 'redeem'
              ? 'the retryable ticket was not redeemed automatically; it must be redeemed before it expires.'
              : "the burn is long past Circle's usual attestation time and the message was not received on the destination chain. Receiving it needs the message (in this report's JSON, the deposit's details) and Circle's attestation for it, which only Circle's service gives (this tool reads chains only)."
    }${d.call ? ` ${callText(d.call, ctx)}.` : ''}${d.call && !d.call.calldata ? ' (The calldata is built by the bridge page or your wallet.)' : ''}${d.expiresAt ? ` It expires at ${d.expiresAt}.` : ''}${d.elapsedSeconds === null ? '' : ` Sent ${formatDuration(d.elapsedSeconds, 'en')} ago.`}`,
    steps: [
      d.action === 'prove'
        ? `Open the bridge's page (for OP Mainnet and Base: the official Superchain bridge page or your wallet's bridge), connect the wallet, and "Prove" the withdrawal; it costs L1 gas.`
        : `Easiest: open the bridge's official page, connect the wallet, and press "${d.action === 'finalize' && d.protocol !== 'arbitrum' ? 'Finalize' : d.action === 'redeem' ? 'Redeem' : 'Claim'}"; it costs gas on ${ctx.chainName(d.call?.chainId ?? d.destinationChainId)}.`,
      ...(d.call?.calldata
        ? [
            `Or send it yourself from any wallet (it needs no special sender): to ${d.call.contract} on ${ctx.chainName(d.call.chainId)}, value 0, data ${d.call.calldata} (${d.call.function}).`,
          ]
        : d.call?.arguments?.length
          ? [
              `Or call it yourself from any wallet or the explorer's write tab (it needs no special sender): ${d.call.function} on ${d.call.contract} on ${ctx.chainName(d.call.chainId)}, value 0, with the proof from ${d.proofFrom?.function ?? 'the L2 node'} and ${argumentsText(d.call)}.`,
            ]
          : []),
      ...(d.expiresAt ? [`Do it before ${d.expiresAt}: after that it can no longer be completed.`] : []),
      officialOnly,
    ],
  }),
  'bridge.refunded': (d, ctx) => ({
    title: `Refunded on ${ctx.chainName(d.sourceChainId)}`,
    detail: `The transfer of ${ctx.amount(d.amount, d.token)} ${route(d, ctx)} was not delivered; it was refunded on ${ctx.chainName(d.sourceChainId)}${d.txHash ? ` in transaction ${d.txHash}${d.blockNumber ? ` (block ${d.blockNumber})` : ''}` : ''}.`,
    steps: [
      `Check the refund address on ${ctx.chainName(d.sourceChainId)}: the funds are there, not on ${ctx.chainName(d.destinationChainId)}.`,
      'If you still want to bridge, start a new transfer; a higher fee or a smaller amount may be needed.',
    ],
  }),
  'bridge.expired': (d, ctx) => ({
    title: 'The transfer can no longer be completed',
    detail: `The transfer of ${ctx.amount(d.amount, d.token)} ${route(d, ctx)} expired${d.expiredAt ? ` at ${d.expiredAt}` : ''} without being delivered.`,
    steps: [
      "Contact the bridge's official support with this report: they can say where the funds are and whether anything can still be done.",
      officialOnly,
    ],
  }),
  'bridge.unknown-destination': (d, ctx) => ({
    title: `Cannot look on ${ctx.chainName(d.destinationChainId)}: no endpoint`,
    detail: `The transfer goes to ${ctx.chainName(d.destinationChainId)} (chain id ${d.destinationChainId}), which has no JSON-RPC endpoint here, so whether it arrived was not checked.`,
    steps: [
      `Add an endpoint for chain ${d.destinationChainId} and run the check again: --rpc <url of a chain ${d.destinationChainId} endpoint> (repeatable), or in the config file "rpc": { "${d.destinationChainId}": ["<url>"] }.`,
      `Meanwhile, look at the recipient on ${ctx.chainName(d.destinationChainId)} in a block explorer.`,
    ],
  }),
}
