import type { FindingTexts } from './finding-texts.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]} to ${nonces.at(-1)} (${count} nonces)` : nonces.join(', ')

export const findingsEn: FindingTexts = {
  'tx.confirmed': (d) => ({
    title: 'Confirmed',
    detail: `Mined in block ${d.blockNumber}${d.minedAt ? ` at ${d.minedAt}` : ''} and succeeded; ${d.confirmations} confirmation${d.confirmations === 1 ? '' : 's'} so far.`,
    steps: [
      'The transaction worked. If your wallet or an exchange does not show it yet, wait for their required confirmations and refresh.',
      'If tokens from it are not visible, add (import) the token in your wallet on this same network.',
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'Failed on chain (reverted)',
    detail: `Mined in block ${d.blockNumber} but the contract refused it; ${d.gasUsed} of ${d.gasLimit} gas was used and the fee was paid. Nothing else changed: no tokens moved.`,
    steps: [
      'Do not simply resend the same transaction: it will fail again for the same reason.',
      'Open the transaction on the block explorer to see the contract that refused it, then check amounts, approvals, slippage and deadline before trying again.',
    ],
  }),
  'tx.pending': (d, ctx) => ({
    title: 'Waiting to be mined',
    detail: `Nonce ${d.nonce} from ${d.from} is in the pool but not in a block${d.firstSeenAt ? `; first seen by support-doctor at ${d.firstSeenAt}` : ''}.`,
    steps: d.replacement
      ? [
          `To speed it up or cancel it, send a replacement with the same nonce ${d.replacement.nonce} and ${ctx.fees(d.replacement.fees)} — both at least 10% above the old values, or nodes refuse it as "replacement transaction underpriced"; this cap survives the base fee rising for ${d.replacement.headroomBlocks} full blocks in a row.`,
          'MetaMask: open Activity, select the pending transaction and choose "Speed up" (same transaction, higher fee) or "Cancel" (a 0 transfer to yourself that takes its nonce). To set the nonce yourself, turn on Settings → Advanced → "Customize transaction nonce".',
          'Other wallets (Rabby, Trust Wallet, Coinbase Wallet …): look for "Speed up", "Accelerate" or a custom nonce field. Never "fix" it by sending the same transfer again with a new nonce: both may go through.',
        ]
      : [],
  }),
  'tx.nonce-gap': (d) => ({
    title: 'Blocked by a missing earlier transaction',
    detail: `This transaction uses nonce ${d.nonce}, but no transaction with nonce ${list(d.missingNonces, d.missingCount)} is mined or waiting (the account has ${d.accountNonce} mined so far). Nonces are used in order, so nodes hold this one back.`,
    steps: [
      `Fill the gap first: send a transaction (a 0 transfer to yourself is enough) with nonce ${d.missingNonces[0]}${d.missingCount > 1 ? `, then each following nonce up to ${d.nonce - 1}` : ''}. This one is mined right after.`,
      'In MetaMask, turn on Settings → Advanced → "Customize transaction nonce" to choose the nonce.',
    ],
  }),
  'tx.fee-cap-below-base-fee': (d, ctx) => ({
    title: 'Fee cap below the base fee',
    detail: `Its maximum fee (${ctx.fee(d.feeCap)}) is under the current base fee (${ctx.fee(d.baseFee)}). No block can include it until the base fee falls below its cap.`,
    steps: ['If it can wait, it is mined by itself once the base fee falls under its cap; if not, replace it as described in the speed-up step.'],
  }),
  'tx.priority-fee-low': (d, ctx) => ({
    title: 'Priority fee lower than recent blocks paid',
    detail: `It offers a tip of ${ctx.fee(d.priorityFee)}; recent blocks included transactions from about ${ctx.fee(d.recentLowTip)} (median ${ctx.fee(d.recentMedianTip)}). Block producers pick better-paying transactions first.`,
    steps: [],
  }),
  'tx.dropped': (d, ctx) => ({
    title: 'Dropped: no node has it any more',
    detail: `No endpoint knows this hash, and nonce ${d.nonce} of ${d.from} was never used${d.source === 'memory' ? ' (sender and nonce remembered from an earlier check)' : ''}. Nothing was sent and no fee was paid.`,
    steps: [
      `It is safe to send again${d.resend ? `, with nonce ${d.resend.nonce} and ${ctx.fees(d.resend.fees)}` : ''}.`,
      'In MetaMask you may need to reset the activity data (Settings → Advanced → "Clear activity tab data") so it stops showing the old pending entry. That clears history only, never funds.',
    ],
  }),
  'tx.replaced': (d) => ({
    title: 'Replaced by another transaction',
    detail: `Nonce ${d.nonce} of ${d.from} was used by ${d.replacementHash ? `transaction ${d.replacementHash}${d.replacementBlock ? ` in block ${d.replacementBlock}` : ''}` : 'another transaction (its hash could not be found: the endpoint keeps no history that old)'}, so this one can never be mined.`,
    steps: [
      'Usually this is your own "Speed up" or "Cancel": check the replacement to see what was actually done.',
      'If you did not replace it yourself, someone may control your key: move your funds to a new wallet with a new recovery phrase at once.',
    ],
  }),
  'tx.not-found': (d, ctx) => ({
    title: 'No network knows this hash',
    detail: `Searched ${d.searchedChainIds.map(ctx.chainName).join(', ') || 'no chain'}${d.unreachableChainIds.length ? `; could not reach ${d.unreachableChainIds.map(ctx.chainName).join(', ')}` : ''}.`,
    steps: [
      'Check that the hash was copied whole (0x and 64 characters) and comes from your wallet\'s activity or the exchange\'s withdrawal page.',
      'If the transaction was pending and has vanished, pass --from <your address> --nonce <n> so the tool can tell whether it was dropped or replaced.',
      'An exchange withdrawal may not be broadcast yet: its page shows a hash only once it is sent.',
    ],
  }),
  'tx.wrong-network': (d, ctx) => ({
    title: 'On another network',
    detail: `You asked about ${ctx.chainName(d.requestedChainId)}, but this transaction is on ${ctx.chainName(d.foundChainId)}.`,
    steps: [
      `Switch your wallet to ${ctx.chainName(d.foundChainId)} to see it and any tokens it moved; the same address works on both networks.`,
    ],
  }),
  'rpc.unreachable': (d, ctx) => ({
    title: 'An endpoint did not answer',
    detail: `${d.endpoint} (${ctx.chainName(d.chainId)}): ${d.reason}.`,
    steps: [],
  }),
  'rpc.chain-mismatch': (d, ctx) => ({
    title: 'An endpoint serves another chain',
    detail: `${d.endpoint} is configured for ${ctx.chainName(d.chainId)} but reports chain id ${d.reportedChainId ?? 'unknown'}; its answers were ignored.`,
    steps: ['Fix the URL in your configuration or --rpc option.'],
  }),
}
