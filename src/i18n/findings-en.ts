import type { FindingTexts } from './finding-texts.js'
import { formatDuration, formatUnixTime } from './duration.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]} to ${nonces.at(-1)} (${count} nonces)` : nonces.join(', ')

export const findingsEn: FindingTexts = {
  'tx.confirmed': (d, ctx) => ({
    title: 'Confirmed',
    detail: `Mined in block ${d.blockNumber}${d.minedAt ? ` at ${d.minedAt}` : ''} and succeeded; ${d.confirmations} confirmation${d.confirmations === 1 ? '' : 's'} so far.`,
    steps: [
      'The transaction worked. If your wallet or an exchange does not show it yet, wait for their required confirmations and refresh.',
      `If tokens from it are not visible, add (import) the token in your wallet${ctx.network ? ` on ${ctx.network}` : ''}.`,
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'Failed on chain (reverted)',
    detail: `Mined in block ${d.blockNumber} but ${d.failingContract ? `contract ${d.failingContract}` : 'the contract'} refused it${d.reason ? `: "${d.reason}"${d.errorSource ? ` (${d.errorSource})` : ''}` : ' without giving a reason'}. ${d.gasUsed} of ${d.gasLimit} gas was used and the fee was paid; nothing else changed.${d.approximate ? ' (The reason comes from replaying the transaction on the block before: close, but not exact.)' : ''}`,
    steps: [
      'Do not simply send the same transaction again: it fails again for the same reason.',
      ...(d.category === null
        ? [
            "Open the transaction on the block explorer, or give this report to the app's support: the reason above is what the contract said.",
          ]
        : []),
    ],
  }),
  'tx.out-of-gas': (d) => ({
    title: 'Ran out of gas',
    detail: d.certain
      ? `A call inside the transaction ran out of gas (gas limit ${d.gasLimit}, used ${d.gasUsed}). A call that runs out leaves its caller 1/64 of the gas to fail with, so the total can stay under the limit.`
      : `It used ${d.gasUsed} of its ${d.gasLimit} gas limit and failed without a reason, the mark of running out of gas.`,
    steps: [
      `Send it again with a higher gas limit, e.g. ${d.suggestedGasLimit} (you pay only for the gas used). In MetaMask: Edit gas fee → Advanced → Gas limit.`,
    ],
  }),
  'swap.slippage': (d, ctx) => ({
    title: 'Swap refused: price moved beyond your slippage limit',
    detail:
      d.mode === 'exact-in'
        ? `You swapped ${ctx.amount(d.amountIn, d.tokenIn)} and asked for at least ${ctx.amount(d.amountOut, d.tokenOut)}${d.poolQuote ? `; at the block before, the pool would have given ${ctx.amount(d.poolQuote, d.tokenOut)}` : ''}${d.shortfallPercent ? ` (${d.shortfallPercent}% short)` : ''}. The router refused rather than give you less.`
        : `You asked for exactly ${ctx.amount(d.amountOut, d.tokenOut)} paying at most ${ctx.amount(d.amountIn, d.tokenIn)}${d.poolQuote ? `; at the block before, the pool wanted ${ctx.amount(d.poolQuote, d.tokenIn)}` : ''}${d.shortfallPercent ? ` (${d.shortfallPercent}% over)` : ''}. The router refused rather than take more.`,
    steps: [
      `No tokens were swapped. Try again with a fresh quote${d.shortfallPercent ? `, and a slippage tolerance above ${Math.ceil(d.shortfallPercent)}% if the price keeps moving` : ''} (Uniswap: the gear icon → Max. slippage; MetaMask Swaps: the slippage setting).`,
      'A high slippage tolerance can be exploited by front-running bots: raise it only as far as needed, or swap a smaller amount.',
    ],
  }),
  'swap.deadline-expired': (d) => ({
    title: 'Swap refused: its deadline had passed',
    detail:
      d.lateBySeconds > 0
        ? `It was mined ${formatDuration(d.lateBySeconds, 'en')} after its deadline (deadline ${formatUnixTime(d.deadline)}, block time ${formatUnixTime(d.blockTimestamp)}), usually because it waited too long with too low a fee.`
        : 'It was mined after the deadline the app set for it.',
    steps: [
      'No tokens were swapped. Start the swap again from the app (it sets a new deadline), with a normal or fast fee so it is mined in time.',
    ],
  }),
  'token.insufficient-allowance': (d, ctx) => ({
    title: 'Not approved: the contract may not move your tokens',
    detail: `${d.spender} needed permission to move ${d.needed ? ctx.amount(d.needed, d.token) : ctx.token(d.token)} from ${d.owner}${d.allowance !== null ? `, but was approved for ${ctx.amount(d.allowance, d.token)}` : ''}.`,
    steps: [
      `First approve ${ctx.token(d.token)} for that contract (the app offers "Approve" before the swap), wait until the approval is confirmed, then try again.`,
      'Approve only what you trade, not an unlimited amount, and only contracts of the app you meant to use.',
    ],
  }),
  'token.insufficient-balance': (d, ctx) => ({
    title: 'Not enough tokens',
    detail: `${d.owner} held ${d.balance !== null ? ctx.amount(d.balance, d.token) : 'too little'}${d.needed ? `, but ${ctx.amount(d.needed, d.token)} was needed` : ''}.`,
    steps: [
      `Check the balance on ${ctx.network ?? 'the network of the transaction'} (tokens on another network do not count) and try again with an amount you hold; keep some of the native coin for fees.`,
    ],
  }),
  'token.fee-on-transfer': (d, ctx) => ({
    title: 'A fee-on-transfer token through a swap that cannot take it',
    detail: `${ctx.token(d.token)} keeps a fee on every transfer${d.asked && d.received ? `: the router sent ${ctx.amount(d.asked, d.token)} but the pool received ${ctx.amount(d.received, d.token)}${d.feePercent !== null ? ` (${d.feePercent}% less)` : ''}` : ''}. ${d.functionName} assumes the full amount arrives, so the pool's check ("K") failed.`,
    steps: [
      `Use the swap function made for such tokens, ${d.supportingFunction} — in most apps, by allowing a slippage above the token's fee.`,
      "Check the token's fee or tax before trading it: some take much more on selling than on buying.",
    ],
  }),
  'token.transfer-found': (d, ctx) => ({
    title: `Token moved: ${d.formattedAmount ?? (d.tokenId !== null ? `#${d.tokenId}` : d.amount)} ${ctx.token(d.token)}`,
    detail: `${d.standard === 'erc721' ? `NFT #${d.tokenId}` : ctx.amount(d.amount, d.token)} from ${d.from} to ${d.to} (token contract ${d.token.address}).`,
    steps: [
      `If your wallet does not show it, add it by hand${d.chainId !== null ? ` on ${ctx.chainName(d.chainId)}` : ctx.network ? ` on ${ctx.network}` : ''} — MetaMask: Import tokens → Custom token; Trust Wallet: Add custom token — with contract address ${d.token.address}${d.token.symbol ? `, symbol ${d.token.symbol}` : ''}${d.token.decimals !== null ? ` and decimals ${d.token.decimals}` : ''}.`,
    ],
  }),
  'token.sent-to-contract': (d, ctx) => ({
    title:
      d.recipient === 'token-itself'
        ? "Tokens sent to the token's own contract"
        : "Tokens sent to another token's contract",
    detail: `${d.formattedAmount ?? d.amount} ${ctx.token(d.token)} went to ${d.to}, which is ${d.recipient === 'token-itself' ? 'the token contract itself' : 'a token contract'}, not a wallet. Contracts like this have no way to send them back.`,
    steps: [
      "Nobody can move them out unless the token's own team built a recovery function: contact the token's project through its official site only.",
      'Anyone who offers to "recover" them for a fee or asks for your recovery phrase is a scammer. Next time, copy the recipient\'s wallet address, not the token\'s contract address.',
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
    steps: [
      'If it can wait, it is mined by itself once the base fee falls under its cap; if not, replace it: the same nonce with a fee cap above the base fee (your wallet\'s "Speed up").',
    ],
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
      "Check that the hash was copied whole (0x and 64 characters) and comes from your wallet's activity or the exchange's withdrawal page.",
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
  'address.pending-transactions': (d, ctx) => ({
    title: 'Transactions waiting on this account',
    detail: `On ${ctx.chainName(d.chainId)}, ${d.pending - d.latest} transaction${d.pending - d.latest === 1 ? '' : 's'} of ${d.address} ${d.pending - d.latest === 1 ? 'is' : 'are'} waiting to be mined (nonce ${d.nonces.join(', ')}). Later transactions from this account wait behind them.`,
    steps: [
      `Check the waiting transaction with \`support-doctor tx <hash> --chain ${d.chainId}\` (the hash is in your wallet's activity), or pass --from ${d.address} --nonce ${d.nonces[0]} if it is gone.`,
    ],
  }),
  'token.held': (d, ctx) => ({
    title: `Held on ${ctx.chainName(d.chainId)}: ${d.formattedBalance ?? d.balance} ${ctx.token(d.token)}`,
    detail: `The address holds ${ctx.amount(d.balance, d.token)} on ${ctx.chainName(d.chainId)} (token contract ${d.token.address}).`,
    steps: [
      `To see it, select ${ctx.chainName(d.chainId)} in your wallet and add the token by hand — MetaMask: Import tokens → Custom token; Trust Wallet: Add custom token — with contract address ${d.token.address}${d.token.symbol ? `, symbol ${d.token.symbol}` : ''}${d.token.decimals !== null ? `, decimals ${d.token.decimals}` : ''}.`,
    ],
  }),
  'token.wrong-network': (d, ctx) => ({
    title: 'The tokens are on another network',
    detail: `There is no ${ctx.token(d.token)} balance on ${ctx.chainName(d.requestedChainId)}, but there is on ${d.heldOnChainIds.map(ctx.chainName).join(', ')}.`,
    steps: [
      `Switch your wallet to ${ctx.chainName(d.heldOnChainIds[0] as number)}: the same address holds them there. Nothing is lost.`,
    ],
  }),
  'token.no-balance': (d, ctx) => ({
    title: 'The token exists, but this address holds none',
    detail: `${ctx.token(d.token)} exists on ${d.chainIds.map(ctx.chainName).join(', ')}, and the balance is zero${d.lastOut ? `. The latest transfer out: ${ctx.amount(d.lastOut.amount, d.token)} to ${d.lastOut.to} in transaction ${d.lastOut.hash} on ${ctx.chainName(d.lastOut.chainId)}` : ''}.`,
    steps: [
      d.lastOut
        ? `Check that transfer with \`support-doctor tx ${d.lastOut.hash}\`. If you did not make it, your wallet may be compromised: move what is left to a new wallet with a new recovery phrase.`
        : 'If you expected tokens here, check the address you gave the sender and the network they used.',
    ],
  }),
  'token.not-a-token': (d, ctx) => ({
    title: 'No token at that address',
    detail: `${d.token} is not an ERC-20 token contract on any network searched (${d.searchedChainIds.map(ctx.chainName).join(', ')}).`,
    steps: [
      "Copy the token contract address from the token's official site or a block explorer — not a wallet address or a transaction hash.",
    ],
  }),
  'token.other-form-held': (d, ctx) => ({
    title: `You hold the other form: ${ctx.token(d.held)}`,
    detail: `On ${ctx.chainName(d.chainId)} there are two tokens of this name. The address holds none of ${ctx.token(d.asked)} (${d.asked.address}) but ${ctx.amount(d.balance, d.held)} of ${ctx.token(d.held)} (${d.held.address}).`,
    steps: [
      `Import ${d.held.address} in your wallet to see it. To exchange one form for the other, use a swap or the issuer's official bridge page.`,
    ],
  }),
  'rpc.unreachable': (d, ctx) => ({
    title: 'An endpoint did not answer',
    detail: `${d.endpoint} (${ctx.chainName(d.chainId)}): ${d.reason}.`,
    steps: [],
  }),
  'rpc.stale': (d, ctx) => ({
    title: 'The endpoint is behind',
    detail: `Its latest block on ${ctx.chainName(d.chainId)} (${d.headBlock}) is ${formatDuration(d.ageSeconds, 'en')} old: what it says about recent transactions may be out of date.`,
    steps: ['Check again with another endpoint (--rpc <url>); `support-doctor rpc` shows which ones are up to date.'],
  }),
  'rpc.chain-mismatch': (d, ctx) => ({
    title: 'An endpoint serves another chain',
    detail: `${d.endpoint} is configured for ${ctx.chainName(d.chainId)} but reports chain id ${d.reportedChainId ?? 'unknown'}; its answers were ignored.`,
    steps: ['Fix the URL in your configuration or --rpc option.'],
  }),
}
