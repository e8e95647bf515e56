import type { Taken } from '../findings/security-data.js'
import type { FindingTexts, TextContext } from './finding-texts.js'

type SecurityCode = Extract<keyof FindingTexts, `security.${string}`>

/** "1,000 SUSD, Collectible #1, #2": what a list of movements took, in the user's words. */
const what = (taken: readonly Taken[], ctx: TextContext) =>
  taken
    .map((t) =>
      t.standard === 'erc721'
        ? `${ctx.token(t.token)} ${t.tokenIds.map((id) => `#${id}`).join(', ')}`
        : t.standard === 'erc1155'
          ? `${ctx.token(t.token)} ${t.tokenIds.map((id) => `#${id}`).join(', ')} (${t.amount} units)`
          : ctx.amount(t.amount, t.token),
    )
    .join('; ')
const hashes = (taken: readonly Taken[]) => [...new Set(taken.flatMap((t) => t.hashes))].join(', ')
const named = (address: string | null, name: string | null) =>
  address === null ? 'a spender the transactions do not name' : name ? `${name} (${address})` : address

const revokeSteps = [
  'Revoke every approval you do not use now (the exact calls are in the open-approval findings, or use your wallet\'s or revoke.cash\'s "revoke" page): the same spender can take anything that arrives later.',
]
const newWalletStep =
  'Move what is left to a new wallet created from a new recovery phrase — not an imported key or phrase — and never approve or sign for the site that asked you to.'
const noRecoveryStep =
  'No tool or company can reverse a blockchain transaction. Anyone who offers to "recover" the funds for a fee is a second scam; report the theft to the police and to the exchange the funds went to, with this report.'

export const securityFindingsEn: Pick<FindingTexts, SecurityCode> = {
  'security.open-approval': (d, ctx) => ({
    title: d.drained
      ? `Still approved: the spender that took your funds`
      : d.kind === 'approval-for-all'
        ? `Approved for every token of ${ctx.token(d.token)}`
        : d.kind === 'erc721'
          ? `Approved for ${ctx.token(d.token)} #${d.tokenId}`
          : `Open approval: ${d.unlimited ? 'unlimited' : ctx.amount(d.amount, d.token)} ${d.kind === 'permit2' ? 'through Permit2' : ''}`.trim(),
    detail: `${named(d.spender, d.spenderName)}${d.spenderIsContract === false ? ' (an address without code, not a contract)' : ''} may move ${d.kind === 'approval-for-all' ? `all your ${ctx.token(d.token)} tokens` : d.kind === 'erc721' ? `your ${ctx.token(d.token)} token #${d.tokenId}` : d.unlimited ? `any amount of your ${ctx.token(d.token)}` : `up to ${ctx.amount(d.amount, d.token)} of yours`} on ${ctx.chainName(d.chainId)}${d.expiration ? ` until ${new Date(Number(d.expiration) * 1000).toISOString()}` : ''}${d.approvedIn ? ` (set in ${d.approvedIn}${d.bySignature ? ', from a signature someone else submitted' : ''})` : ''}. To revoke, send to ${d.revoke.contract}: ${d.revoke.call} — calldata ${d.revoke.calldata}.${d.lockdown ? ` Or Permit2 lockdown: calldata ${d.lockdown.calldata}.` : ''}`,
    steps: [
      d.drained
        ? `Revoke it now: from this wallet, send a transaction to ${d.revoke.contract} with data ${d.revoke.calldata} (${d.revoke.call}), or use your wallet's approvals page. It costs a little gas.`
        : d.spenderName
          ? `Nothing to do if you use ${d.spenderName}; revoke it (${d.revoke.call} on ${d.revoke.contract}) if you no longer do.`
          : `If you do not recognise ${d.spender}, revoke it: from this wallet, send a transaction to ${d.revoke.contract} with data ${d.revoke.calldata} (${d.revoke.call}), or use your wallet's approvals page. It costs a little gas.`,
    ],
  }),
  'security.approval-drain': (d, ctx) => ({
    title: d.attribution === 'disputed' ? 'Taken in transactions you did not send' : 'Taken with an approval you gave',
    detail: `On ${ctx.chainName(d.chainId)}, ${what(d.taken, ctx)} left your address in transactions you did not send (${d.drainHashes.join(', ')}). ${d.attribution === 'disputed' ? "Who took them is not said: this network's endpoints do not say the same of these transactions (each answer is listed under the endpoints' disagreement). Look them up on the network's block explorer." : d.via === 'unknown' ? 'The approval that allowed it is older than the blocks searched, or more than one spender could have used it: which one, the transactions do not say.' : `They were moved by ${named(d.spender, d.spenderName)}, which you had approved${d.approvalTx ? ` in your own transaction ${d.approvalTx}` : ' before the blocks searched'}${d.attribution === 'only-approval' ? ' (the only approval of that token seen)' : ''}.`}`,
    steps: [...revokeSteps, newWalletStep, noRecoveryStep],
  }),
  'security.permit-drain': (d, ctx) => ({
    title: 'Taken with a signature: a signature-phishing drain',
    detail: `On ${ctx.chainName(d.chainId)}, ${what(d.taken, ctx)} left your address in transactions you did not send (${d.drainHashes.join(', ')}), moved by ${named(d.spender, d.spenderName)}. The permission came from a message you signed (${d.via === 'erc20-permit' ? 'an EIP-2612 "Permit"' : d.via === 'permit2-permit' ? 'a Permit2 "PermitSingle"' : d.via === 'permit2-signature-transfer' ? 'a Permit2 "PermitTransferFrom"' : 'a signed approval'}), not from an approval transaction${d.signatureUsedIn ? `; it was used in ${d.signatureUsedIn}` : ''}.`,
    steps: [
      'Signing a message can give away tokens: never sign a "Permit" or "PermitTransferFrom" for a site you reached from a message, an ad or a "claim".',
      ...revokeSteps,
      newWalletStep,
      noRecoveryStep,
    ],
  }),
  'security.delegated': (d, ctx) => ({
    title: d.forwards
      ? 'Your account runs a sweeper: an EIP-7702 delegation forwards your funds'
      : 'Your account is delegated (EIP-7702)',
    detail: `On ${ctx.chainName(d.chainId)} your address runs the code of ${d.delegate}${d.setIn ? `, set in ${d.setIn} (block ${d.setAtBlock}) sent by ${d.setBy}` : ' (set before the blocks searched)'}. ${d.forwards ? `Funds left through it in transactions others sent: ${[d.taken.length > 0 ? `${what(d.taken, ctx)} (${hashes(d.taken)})` : '', ...d.nativeLeft.map((n) => `${ctx.amount(n.amount, n.token)} that arrived in block ${n.blockNumber} (${n.depositHashes.join(', ')}) and left in the same block with no transaction of yours`)].filter(Boolean).join('; ')}.` : 'No funds were seen leaving through it. Smart-account features use delegations too: check that you set this up on purpose.'}`,
    steps: d.forwards
      ? [
          'Stop sending anything to this address, including gas: it is forwarded at once.',
          'Your key or recovery phrase signed the delegation, so treat it as compromised. Rescuing what is left needs a plan (a bundled rescue that clears the delegation and moves tokens in one block), best with an experienced, reputable helper — never one who contacts you first.',
          'Make a new wallet from a new recovery phrase and use only that.',
          noRecoveryStep,
        ]
      : [
          "If you did not set this up, your key is compromised: move your funds to a new wallet made from a new recovery phrase. If you did, your wallet's settings can switch the smart account off.",
        ],
  }),
  'security.sweeper': (d, ctx) => ({
    title: d.disputed
      ? 'Deposits appear to be swept out at once — check on the explorer before acting'
      : 'Your key is compromised: deposits are swept out at once',
    detail: `On ${ctx.chainName(d.chainId)}, ${d.deposits.length} ${d.deposits.length === 1 ? 'deposit' : 'deposits'} left within three blocks in transactions signed with this address's own key, to ${d.destinations.join(', ')}: ${d.sweeps.map((s) => `${ctx.amount(s.amount, s.token)} in ${s.hash}`).join('; ')}.${d.disputed ? " This network's endpoints do not say the same of some of these transactions (each answer is listed under the endpoints' disagreement): look them up on the network's block explorer before you act." : ''}`,
    steps: [
      'Stop sending funds to this address — including gas for a rescue: a bot holding your key takes whatever arrives within seconds.',
      'Move what is left (tokens still there, NFTs, staked positions) only with a plan: a bundled rescue that pays the gas and moves the assets in one block, done by someone experienced and reputable — never someone who contacted you.',
      'Make a new wallet from a new recovery phrase, on a device you trust, and tell everyone who pays you the new address.',
      noRecoveryStep,
    ],
  }),
  'security.address-poisoning': (d, ctx) => ({
    title:
      d.paid.length > 0
        ? 'You paid a lookalike address (address poisoning)'
        : 'Address poisoning: a lookalike in your history',
    detail: `On ${ctx.chainName(d.chainId)}, ${d.form === 'dust-in' ? 'a zero-value or dust transfer came from' : 'a fake zero-value transfer to'} an address made to look like one you dealt with (${d.seenIn.join(', ')}):\n  real      ${d.genuine}\n  lookalike ${d.lookalike}\n            ${d.marks}${d.paid.length > 0 ? `\nYou then sent ${what(d.paid, ctx)} to the lookalike (${hashes(d.paid)}).` : ''}`,
    steps: [
      'Never copy an address from your transaction history: take it from your address book or from the recipient, and compare every character, not only the start and end.',
      ...(d.paid.length > 0
        ? [
            'The payment cannot be reversed. Tell the real recipient, and report the lookalike to the exchange or app it was sent through. Your wallet itself is not compromised.',
            noRecoveryStep,
          ]
        : [
            'Nothing was taken: the transfer only planted the lookalike in your history. You can hide it in your wallet.',
          ]),
    ],
  }),
  'security.own-key-outflow': (d, ctx) => ({
    title: 'Emptied by transactions signed with your key',
    detail: `On ${ctx.chainName(d.chainId)}, ${what(d.taken, ctx)} left in transactions signed with this address's own key (${hashes(d.taken)}), to ${[...new Set(d.taken.flatMap((t) => t.to))].join(', ')}, leaving none of it behind.${d.disputed ? " This network's endpoints do not say the same of some of these transactions (each answer is listed under the endpoints' disagreement): look them up on the network's block explorer before you act." : ''}`,
    steps: [
      'If you did not make these transactions, someone has your recovery phrase or key: stop using this wallet, and move what is left to a new wallet made from a new recovery phrase.',
      noRecoveryStep,
    ],
  }),
  'security.searched': (d, ctx) => ({
    title: `Searched blocks ${d.fromBlock} to ${d.toBlock} on ${ctx.chainName(d.chainId)}`,
    detail: `Approvals, signatures and transfers of this address were read from blocks ${d.fromBlock} to ${d.toBlock}${d.narrowed ? ' (fewer than asked: the endpoint refused a wider range)' : ''}${d.logsDropped > 0 ? `; the ${d.logsDropped} oldest events were left out` : ''}. Anything older is not covered by this report. ${d.native === 'read' ? `Native coin was read from the blocks where this address's balance or nonce changed${d.nativeTruncated ? ' (only the newest of them: there were more)' : ''}; coin sent to it by contracts (internal transfers) is not listed.` : d.native === 'no-archive' ? 'Native coin transfers were not read: the endpoint keeps no past balances (an archive endpoint is needed).' : 'Native coin transfers could not be read.'}`,
    // From block 0 there is nothing further back to read.
    steps:
      d.fromBlock === '0' && d.logsDropped === 0
        ? []
        : [
            'To look further back, run it again with --blocks <n> and an endpoint that allows wider log queries (--rpc <url>).',
          ],
  }),
}
