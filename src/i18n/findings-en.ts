import type { FindingTexts } from './finding-texts.js'
import { disagreementScope, type DisagreementScope } from '../findings/disagreement-facts.js'
import { bridgeFindingsEn } from './bridge-findings-en.js'
import { securityFindingsEn } from './security-findings-en.js'
import { formatDuration, formatUnixTime } from './duration.js'
import { anyCoin, coinRef } from '../findings/coin-ref.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]} to ${nonces.at(-1)} (${count} nonces)` : nonces.join(', ')

// A bridge transfer or a taker is never judged on a majority: a stale endpoint says "not arrived"
// as a lying one does, and naming who took funds on a majority of two liars would accuse someone.
/** What `rpc.disagreement` says is not judged, by what the dispute is about (findings/disagreement-facts.ts). */
const disagreementNotJudgedEn = {
  arrival: 'Whether it has arrived is not judged on their word.',
  taker: 'No one is named, and no key called compromised, on their word alone.',
  holdings: 'What this address holds, and where its tokens went, is not judged on their word.',
  history:
    'Nothing is said on their word about who can move, or moved, its funds on this network — not even that nothing was found.',
} as const

const checkTheTransaction = [
  "At least one endpoint is wrong or lying. Check the transaction on the network's block explorer, or ask an endpoint you trust (--rpc <url>).",
  'Do not send the transaction again, or act on its outcome, until the answers agree.',
]
/** `rpc.disagreement`'s next steps, by what the dispute is about. */
const disagreementStepsEn: Record<DisagreementScope, string[]> = {
  transaction: checkTheTransaction,
  arrival: checkTheTransaction,
  taker: [
    "At least one endpoint is wrong or lying. Look the transactions up on the network's block explorer, or ask an endpoint you trust (--rpc <url>).",
    "Until the answers agree, name no one as the taker on this report's word.",
  ],
  holdings: [
    "At least one endpoint is wrong or lying. Look the address up on the network's block explorer, or ask an endpoint you trust (--rpc <url>).",
    'Until the answers agree, do not act on what this report says of where your tokens are.',
  ],
  history: [
    "At least one endpoint is wrong or lying. Look the address up on the network's block explorer (its token approvals and transfers), or ask an endpoint you trust (--rpc <url>).",
    'Until the answers agree, do not take this network as safe.',
  ],
}

export const findingsEn: FindingTexts = {
  'tx.confirmed': (d, ctx) => ({
    title: 'Confirmed',
    detail: `Mined in block ${d.blockNumber}${d.minedAt ? ` at ${d.minedAt}` : ''} and succeeded; ${d.confirmations} confirmation${d.confirmations === 1 ? '' : 's'} so far.`,
    steps: [
      'The transaction worked. If your wallet or an exchange does not show it yet, wait for their required confirmations and refresh.',
      ...(d.movedTokens
        ? [
            `If tokens from it are not visible, add (import) the token in your wallet${ctx.network ? ` on ${ctx.network}` : ''}.`,
          ]
        : []),
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'Failed on chain (reverted)',
    detail: `Mined in block ${d.blockNumber}${d.calledContract ? `, calling the ${d.calledContract},` : ''} but ${d.outOfGas && !d.reason ? 'it ran out of gas' : `${d.failingContract ? `contract ${d.failingContract}` : 'the contract'} refused it${d.reason ? `: "${d.reason}"${d.errorSource ? ` (${d.errorSource})` : ''}` : ' without giving a reason'}`}. ${d.gasUsed} of ${d.gasLimit} gas was used and the fee was paid; nothing else changed.${d.approximate ? ' (The reason comes from replaying the transaction on the block before: close, but not exact.)' : ''}`,
    // Out of gas, the fix is the same transaction with more gas (tx.out-of-gas says how): no "do not resend".
    steps: d.outOfGas
      ? []
      : [
          'Do not simply send the same transaction again: it fails again for the same reason.',
          ...(d.category === null
            ? [
                "Open the transaction on the block explorer, or give this report to the app's support: the reason above is what the contract said.",
              ]
            : []),
        ],
  }),
  'tx.deployment-failed': (d) => ({
    title: 'Contract deployment failed',
    detail: `This transaction was to create a contract. It was mined in block ${d.blockNumber}, but ${d.outOfGas && !d.reason ? 'the deployment ran out of gas' : `the contract's constructor refused${d.reason ? `: "${d.reason}"${d.errorSource ? ` (${d.errorSource})` : ''}` : ' without giving a reason'}`}, so no contract was created. ${d.gasUsed} of ${d.gasLimit} gas was used and the fee was paid.${d.approximate ? ' (The reason comes from replaying the deployment on the block before: close, but not exact.)' : ''}`,
    steps: d.outOfGas
      ? []
      : [
          'Nothing was created and no address holds the contract: deploying again with the same code and arguments fails the same way.',
          'Check the constructor arguments and the value sent with the deployment in your tool (Remix, Hardhat, Foundry, a launchpad), or give this report to whoever wrote the contract.',
        ],
  }),
  'tx.out-of-gas': (d) => ({
    title: 'Ran out of gas',
    detail: d.certain
      ? `A call inside the transaction ran out of gas (gas limit ${d.gasLimit}, used ${d.gasUsed}). A call that runs out leaves its caller 1/64 of the gas to fail with, so the total can stay under the limit.`
      : `It used ${d.gasUsed} of its ${d.gasLimit} gas limit and failed without a reason, the mark of running out of gas.`,
    steps: [
      d.certain
        ? `Send it again with a higher gas limit, e.g. ${d.suggestedGasLimit} (you pay only for the gas used). In MetaMask: Edit gas fee → Advanced → Gas limit.`
        : `If you try again, give it a higher gas limit, e.g. ${d.suggestedGasLimit} (you pay only for the gas used; in MetaMask: Edit gas fee → Advanced → Gas limit). If it fails the same way with more gas, gas was not the reason: give this report to the app's support.`,
    ],
  }),
  'swap.slippage': (d, ctx) => ({
    title: 'Swap refused: price moved beyond your slippage limit',
    detail: `${d.routerName ? `Through the ${d.routerName} (${d.functionName}), y` : 'Y'}${
      d.mode === 'exact-in'
        ? `ou offered ${d.amountIn === null ? ctx.token(d.tokenIn) : ctx.amount(d.amountIn, d.tokenIn)} and asked for at least ${ctx.amount(d.amountOut, d.tokenOut, d.poolQuote)}${d.poolQuote ? `; at the block before, the pool would have given ${ctx.amount(d.poolQuote, d.tokenOut, d.amountOut)}` : ''}${d.shortfallPercent ? ` (${d.shortfallPercent}% short)` : ''}. The router refused rather than give you less.`
        : `ou asked for exactly ${ctx.amount(d.amountOut, d.tokenOut, d.poolQuote)} paying at most ${ctx.amount(d.amountIn, d.tokenIn, d.poolQuote)}${d.poolQuote ? `; at the block before, the pool wanted ${ctx.amount(d.poolQuote, d.tokenIn, d.amountIn)}` : ''}${d.shortfallPercent ? ` (${d.shortfallPercent}% over)` : ''}. The router refused rather than take more.`
    }${d.approximate ? ' (Read from the calldata and a replay on the block before: close, but not exact.)' : ''}`,
    steps: d.quoteFarOff
      ? [
          `No tokens were swapped. ${d.mode === 'exact-in' ? 'The minimum was far above what the pool gave' : 'The maximum was far below what the pool asked'} (a tolerance of ${d.slippageToPassPercent}% would have been needed): the quote was stale or wrong, the pool is thin, or the price moved sharply. Do not raise the slippage tolerance that far — whoever trades just before you could take the difference.`,
          `Get a fresh quote in the app. If it is still far ${d.mode === 'exact-in' ? 'below' : 'above'} what you expected, check the token (its contract address, on the official project site) and how much the pool holds before trading, or swap a smaller amount.`,
        ]
      : [
          `No tokens were swapped. Try again with a fresh quote${d.slippageToPassPercent ? `; had the app quoted with the usual 0.5% slippage, a tolerance of ${d.slippageToPassPercent}% would have passed at that price` : d.shortfallPercent ? `, and a slippage tolerance about ${Math.ceil(d.shortfallPercent)}% higher if the price keeps moving` : ''} (Uniswap: the gear icon → Max. slippage; MetaMask Swaps: the slippage setting).`,
          'A high slippage tolerance can be exploited by front-running bots: raise it only as far as needed, or swap a smaller amount.',
        ],
  }),
  'swap.deadline-expired': (d) => ({
    title: 'Swap refused: its deadline had passed',
    detail:
      d.lateBySeconds !== null && d.lateBySeconds > 0
        ? `It was mined ${formatDuration(d.lateBySeconds, 'en')} after its deadline (deadline ${formatUnixTime(d.deadline ?? '')}, block time ${formatUnixTime(d.blockTimestamp ?? '')}${d.routerName ? `, set in the ${d.routerName} call` : ''}), usually because it waited too long with too low a fee.`
        : 'The deadline the app set for it had passed when the network checked it.',
    steps: [
      'No tokens were swapped. Start the swap again from the app (it sets a new deadline), with a normal or fast fee so it is mined in time.',
    ],
  }),
  'permit2.token-not-approved': (d, ctx) => ({
    title: `${ctx.token(d.token)} is not approved to Permit2`,
    detail: `The router ${d.router} takes your tokens through Permit2 (${d.permit2}), Uniswap's shared approval contract, and ${d.owner} has not approved ${ctx.token(d.token)} to Permit2${d.allowance !== null ? ` (its approval: ${ctx.amount(d.allowance, d.token, d.needed)}${d.needed ? `, needed ${ctx.amount(d.needed, d.token, d.allowance)}` : ''})` : ''}, so Permit2 could not move it ("TRANSFER_FROM_FAILED").${d.approximate ? ' (Read from a replay on the block before.)' : ''}`,
    steps: [
      `Approve ${ctx.token(d.token)} to Permit2 once — the app asks for it as "Approve ${ctx.token(d.token)}" the first time you swap it; the wallet shows Permit2's address ${d.permit2} as the spender. Wait until that approval is confirmed, then swap again.`,
      'A revoke tool (e.g. revoke.cash) may have removed the approval: that is fine, only approve again when you mean to trade that token.',
    ],
  }),
  'permit2.allowance-insufficient': (d, ctx) => ({
    title:
      d.problem === 'expired'
        ? 'Your Permit2 approval for the router has expired'
        : d.problem === 'too-small'
          ? 'Your Permit2 approval for the router is too small'
          : 'The router has no Permit2 approval for this token',
    detail: `${ctx.token(d.token)} is approved to Permit2, but Permit2's own allowance for the router ${d.spender} ${
      d.problem === 'expired'
        ? `ended at ${formatUnixTime(d.expiration, { seconds: true })}${d.blockTimestamp ? ` (block time ${formatUnixTime(d.blockTimestamp, { seconds: true })})` : ''}`
        : d.problem === 'too-small'
          ? `was ${d.amount !== null ? ctx.amount(d.amount, d.token, d.needed) : 'too little'}${d.needed ? `, and ${ctx.amount(d.needed, d.token, d.amount)} was needed` : ''}`
          : 'was never set, and the transaction carried no signed permit'
    }.${d.approximate ? ' (Read from a replay on the block before.)' : ''}`,
    steps: [
      'Start the swap again from the app: it asks you to sign a new Permit2 permit (a signature, no fee) before the swap. In the wallet it shows as a "Permit2" or "PermitSingle" signature request naming the token, the amount and the router as spender.',
      'Sign only permits from the app you are using, for the token and amount you mean to trade: a permit lets its spender move those tokens.',
    ],
  }),
  'permit2.permit-invalid': (d, ctx) => ({
    title:
      d.problem === 'signature-expired'
        ? 'The Permit2 signature had expired'
        : d.problem === 'nonce-used'
          ? 'The Permit2 signature was already used'
          : 'Permit2 refused the signature',
    detail: `${d.token ? `The permit for ${ctx.token(d.token)}${d.spender ? ` to ${d.spender}` : ''}` : 'The permit'} ${
      d.problem === 'signature-expired'
        ? `was valid until ${formatUnixTime(d.sigDeadline, { seconds: true })}${d.blockTimestamp ? `, and the block's time was ${formatUnixTime(d.blockTimestamp, { seconds: true })}` : ''}: the transaction waited too long before it was mined`
        : d.problem === 'nonce-used'
          ? `carried nonce ${d.nonce ?? '?'}${d.expectedNonce !== null ? `, but Permit2 expected ${d.expectedNonce}` : ''}: that signature was used (or cancelled) already, often by an earlier attempt of the same swap`
          : 'was not signed by the sender for these terms'
    }.${d.approximate ? ' (Read from a replay on the block before.)' : ''}`,
    steps: [
      'No tokens moved. Start the swap again from the app and sign the new Permit2 request it shows; send it with a normal or fast fee so it is mined while the signature is valid.',
    ],
  }),
  'token.insufficient-allowance': (d, ctx) => ({
    title: 'Not approved: the contract may not move your tokens',
    detail: `${d.spender} needed permission to move ${d.needed ? ctx.amount(d.needed, d.token, d.allowance) : ctx.token(d.token)} from ${d.owner}${d.allowance !== null ? `, but was approved for ${ctx.amount(d.allowance, d.token, d.needed)}` : ''}.`,
    steps: [
      `First approve ${ctx.token(d.token)} for that contract (the app offers "Approve" before the swap), wait until the approval is confirmed, then try again.`,
      'Approve only what you trade, not an unlimited amount, and only contracts of the app you meant to use.',
    ],
  }),
  'token.insufficient-balance': (d, ctx) => ({
    title: 'Not enough tokens',
    detail: `${d.owner} held ${d.balance !== null ? ctx.amount(d.balance, d.token, d.needed) : 'too little'}${d.needed ? `, but ${ctx.amount(d.needed, d.token, d.balance)} was needed` : ''}.`,
    steps: [
      `Check the balance on ${ctx.network ?? 'the network of the transaction'} (tokens on another network do not count) and try again with an amount you hold; keep some of the native coin for fees.`,
    ],
  }),
  'token.fee-on-transfer': (d, ctx) => ({
    title: 'A fee-on-transfer token through a swap that cannot take it',
    detail: `${ctx.token(d.token)} keeps a fee on every transfer${d.asked && d.received ? `: the router sent ${ctx.amount(d.asked, d.token, d.received)} but the pool received ${ctx.amount(d.received, d.token, d.asked)}${d.feePercent !== null ? ` (${d.feePercent}% less)` : ''}` : ''}. ${d.functionName} assumes the full amount arrives, so the pool's check ("K") failed.`,
    steps: [
      `Use the swap function made for such tokens, ${d.supportingFunction} — in most apps, by allowing a slippage above the token's fee.`,
      "Check the token's fee or tax before trading it: some take much more on selling than on buying.",
    ],
  }),
  'token.transfer-found': (d, ctx) => {
    const nft = d.standard === 'erc721' || d.standard === 'erc1155'
    if (d.standard === 'weth-deposit')
      return {
        title: `Wrapped ${d.formattedAmount ?? d.amount} ETH into ${ctx.token(d.token)}`,
        detail: `${ctx.amount(d.amount, d.token)} was created for ${d.to} in exchange for the same amount of ETH, held by the WETH contract ${d.token.address}: wrapped ETH is ETH as an ERC-20 token, 1 for 1.`,
        steps: [
          `To see it, import the token ${d.token.address} in your wallet${ctx.network ? ` on ${ctx.network}` : ''}; to get ETH back, unwrap it (the swap app's "Unwrap", or WETH's withdraw).`,
        ],
      }
    if (d.standard === 'weth-withdrawal')
      return {
        title: `Unwrapped ${d.formattedAmount ?? d.amount} ${ctx.token(d.token)} into ETH`,
        detail: `${ctx.amount(d.amount, d.token)} of ${d.from} was turned back into the same amount of ETH, which the WETH contract ${d.token.address} sent to ${d.from}. Nothing went to the zero address: that is how the WETH contract records the wrapped tokens it retires.`,
        steps: [
          `ETH needs no import: it shows in the wallet's balance${ctx.network ? ` on ${ctx.network}` : ''} (a contract that unwrapped it may have passed it on within the same transaction).`,
        ],
      }
    return {
      title: `${nft ? 'NFT moved' : 'Token moved'}: ${nft ? `#${d.tokenId}` : (d.formattedAmount ?? d.amount)} ${ctx.token(d.token)}`,
      detail: `${nft ? `NFT #${d.tokenId}${d.standard === 'erc1155' ? ` (${d.amount} of it)` : ''}` : ctx.amount(d.amount, d.token)} from ${d.from} to ${d.to} (${nft ? 'collection' : 'token'} contract ${d.token.address}).`,
      steps: [
        nft
          ? `If your wallet does not show it, add it by hand${d.chainId !== null ? ` on ${ctx.chainName(d.chainId)}` : ctx.network ? ` on ${ctx.network}` : ''} — MetaMask: NFTs → Import NFT; Trust Wallet and others: "Add collectible" — with contract address ${d.token.address} and token ID ${d.tokenId}. Marketplaces (OpenSea …) show it by contract and ID too.`
          : `If your wallet does not show it, add it by hand${d.chainId !== null ? ` on ${ctx.chainName(d.chainId)}` : ctx.network ? ` on ${ctx.network}` : ''} — MetaMask: Import tokens → Custom token; Trust Wallet: Add custom token — with contract address ${d.token.address}${d.token.symbol ? `, symbol ${d.token.symbol}` : ''}${d.token.decimals !== null ? ` and decimals ${d.token.decimals}` : ''}.`,
      ],
    }
  },
  'token.sent-to-contract': (d, ctx) => {
    const sent = `${d.formattedAmount ?? d.amount} ${ctx.token(d.token)}`
    const what = {
      'token-itself': 'the token contract itself',
      'other-token': 'a token contract',
      weth: 'the WETH contract',
      router: `a swap router (${d.contractName ?? 'a router'})`,
      pool: `a liquidity pool (${d.contractName ?? 'a pool'})`,
      contract: 'a contract, not a plain wallet address',
    }[d.recipient]
    if (d.recipient === 'contract')
      return {
        title: 'Tokens sent to a contract',
        detail: `${sent} went to ${d.to}, which is ${what}. Smart-account wallets (Safe, Argent, account-abstraction wallets) and many exchange deposit addresses are contracts, so this is often right.`,
        steps: [
          `Check that ${d.to} is the address you meant — your own smart wallet, or the deposit address the exchange showed you${ctx.network ? ` for ${ctx.network}` : ''}. If it is a contract you do not know, only its owners can move the tokens: ask them through their official site.`,
        ],
      }
    return {
      title: {
        'token-itself': "Tokens sent to the token's own contract",
        'other-token': "Tokens sent to another token's contract",
        weth: 'Tokens sent to the WETH contract',
        router: 'Tokens sent to a swap router',
        pool: 'Tokens sent straight to a liquidity pool',
      }[d.recipient],
      detail: `${sent} went to ${d.to}, which is ${what}, not a wallet${d.evidence ? ` (its code has ${d.evidence})` : ''}. ${
        d.anyoneCanTake
          ? `It credits them to no one: its own public function (${d.recipient === 'pool' ? 'skim, or the next swap' : 'sweep'}) hands whatever balance it holds to whoever calls it first, and bots watch for such balances, so they are usually gone within a block.`
          : 'It has no way to send them back: routers and tokens only move tokens inside a trade or for their owner.'
      }`,
      steps: [
        d.anyoneCanTake
          ? 'Nobody can give them back to you on request: if they are still there, they belong to whoever takes them first. Swap through the app instead of sending tokens to a router or pool by hand.'
          : d.recipient === 'token-itself' || d.recipient === 'other-token'
            ? "Nobody can move them out unless the token's own team built a recovery function: contact the token's project through its official site only."
            : 'Nobody can move them out: the contract has no function for it. Swap through the app instead of sending tokens to it by hand.',
        `Anyone who offers to "recover" them for a fee or asks for your recovery phrase is a scammer. Next time, copy the recipient's wallet address, not a contract's address.`,
      ],
    }
  },
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
      `Fill the gap first: send a transaction (a 0 transfer to yourself is enough) with nonce ${d.missingNonces[0]}${d.missingCount > 1 ? `, then each following nonce up to ${d.nonce - 1}` : ''}. Once the gap is filled, this one can be mined in turn.`,
      'In MetaMask, turn on Settings → Advanced → "Customize transaction nonce" to choose the nonce.',
    ],
  }),
  'tx.waiting-behind-earlier': (d) => ({
    title: 'Waiting behind an earlier transaction',
    detail: `${d.waitingCount > 1 ? `Nonces ${d.earliestNonce} to ${d.nonce - 1}` : `Nonce ${d.earliestNonce}`} from ${d.from} ${d.waitingCount > 1 ? 'are' : 'is'} also waiting in the pool. Nonces are mined in order, so this transaction (nonce ${d.nonce}) cannot be mined before ${d.waitingCount > 1 ? 'them' : 'it'}, whatever fee it offers.`,
    steps: [
      `Check nonce ${d.earliestNonce} first (support-doctor tx <its hash>): speed it up or cancel it in your wallet. Speeding up this transaction alone does not help while nonce ${d.earliestNonce} waits; once the earlier ones are mined, this one can follow.`,
    ],
  }),
  'tx.fee-cap-below-base-fee': (d, ctx) => ({
    title: 'Fee cap below the base fee',
    detail: `Its maximum fee (${ctx.fee(d.feeCap)}) is under the current base fee (${ctx.fee(d.baseFee)}). No block can include it until the base fee falls below its cap.`,
    steps: [
      d.behindGap
        ? 'Even once the earlier nonces are mined (a gap filled, or the waiting ones through), it waits until the base fee falls under its cap. To have it go sooner, replace it after that: the same nonce with a fee cap above the base fee (your wallet\'s "Speed up").'
        : 'If it can wait, it is mined by itself once the base fee falls under its cap; if not, replace it: the same nonce with a fee cap above the base fee (your wallet\'s "Speed up").',
    ],
  }),
  'tx.priority-fee-low': (d, ctx) => ({
    title: 'Priority fee lower than recent blocks paid',
    detail: `It offers a tip of ${ctx.fee(d.priorityFee)}; recent blocks included transactions from about ${ctx.fee(d.recentLowTip)} (median ${ctx.fee(d.recentMedianTip)}). Block producers pick better-paying transactions first.`,
    steps: [],
  }),
  'tx.dropped': (d, ctx) => ({
    title:
      d.nonceConfirmedBy >= 2
        ? 'Dropped: no node has it any more'
        : "Dropped, on one endpoint's word: check before sending again",
    detail:
      d.nonceConfirmedBy >= 2
        ? `No endpoint knows this hash, and nonce ${d.nonce} of ${d.from} was never used${d.source === 'memory' ? ' (sender and nonce remembered from an earlier check)' : ''}. Nothing was sent and no fee was paid.`
        : `No endpoint knows this hash, and the one endpoint that could say reports nonce ${d.nonce} of ${d.from} as never used${d.source === 'memory' ? ' (sender and nonce remembered from an earlier check)' : ''}. If that is right, nothing was sent and no fee was paid.`,
    steps: [
      ...(d.earliestUnmined !== null
        ? [
            `First, nonce ${d.earliestUnmined}${d.nonce - d.earliestUnmined > 1 ? ` (and those up to ${d.nonce - 1})` : ''} of ${d.from} is not mined: a transaction with nonce ${d.nonce} waits until ${d.nonce - d.earliestUnmined > 1 ? 'they are' : 'it is'}. Send or speed up the earliest one (nonce ${d.earliestUnmined}) first.`,
          ]
        : []),
      d.nonceConfirmedBy >= 2
        ? `It is safe to send again${d.resend ? `, with nonce ${d.resend.nonce} and ${ctx.fees(d.resend.fees)}` : ''}.`
        : `Only one endpoint said nonce ${d.nonce} is unused, and a stale or wrong one would say the same. Before sending again, check on the network's block explorer (or with a second endpoint, --rpc <url>) that no transaction from ${d.from} with nonce ${d.nonce} was mined; then it is safe to send again${d.resend ? `, with nonce ${d.resend.nonce} and ${ctx.fees(d.resend.fees)}` : ''}.`,
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
  'tx.seen-mined': (d, ctx) => ({
    title: 'Seen mined before, unknown to the endpoints now',
    detail: `An earlier check on this computer (${d.firstSeenAt}) saw it ${d.lastStatus === 'failed' ? 'mined and failed' : 'mined'} on ${ctx.chainName(d.chainId)}, but no endpoint asked now knows it. They may be behind or keep no history that old; no verdict is given on their word.`,
    steps: [
      'Do not send it again: a mined transaction cannot be dropped. Look it up on the block explorer, or try again with another endpoint (--rpc <url>).',
    ],
  }),
  'tx.mined-no-receipt': (d, ctx) => ({
    title: 'Mined, but the endpoint has not caught up',
    detail: `The endpoint gives this transaction as mined in block ${d.blockNumber} of ${ctx.chainName(d.chainId)}${d.headBlock !== null ? ` (its own latest block: ${d.headBlock})` : ''}, but no receipt, so whether it worked is not known yet. It is not waiting in the pool: no speed-up, cancel or gap to fill applies.`,
    steps: [
      'Do not send it again or replace it. Check again in a minute, look it up on the block explorer, or ask another endpoint (--rpc <url>).',
    ],
  }),
  'tx.not-found': (d, ctx) =>
    d.requestedChainId !== null
      ? {
          title: `Could not search ${ctx.chainName(d.requestedChainId)}, the network asked about`,
          detail: `No endpoint of ${ctx.chainName(d.requestedChainId)} answered${d.searchedChainIds.length ? `; the other networks searched (${d.searchedChainIds.map(ctx.chainName).join(', ')}) do not know the hash, which says nothing about ${ctx.chainName(d.requestedChainId)}` : ''}. No verdict is given.`,
          steps: [
            `Give a working endpoint for ${ctx.chainName(d.requestedChainId)} (--rpc <url>, or in the config file) and run the check again; \`support-doctor rpc\` shows which endpoints answer.`,
            "Or look the hash up on the network's block explorer.",
          ],
        }
      : d.unplacedEndpoints.length > 0
        ? {
            title: 'Could not ask an endpoint you gave',
            detail: `${d.unplacedEndpoints.join(', ')} did not answer when asked which network it serves, so that network could not be searched${d.searchedChainIds.length ? `; the networks searched (${d.searchedChainIds.map(ctx.chainName).join(', ')}) do not know the hash, which says nothing about it` : ''}. No verdict is given.`,
            steps: [
              'Run the check again: the endpoint may only have been busy. `support-doctor rpc --rpc <url>` shows whether it answers.',
              'Or pass --chain <network> with it, so that it is asked again on that network, or look the hash up on the block explorer.',
            ],
          }
        : {
            title:
              d.unreachableChainIds.length > 0
                ? 'None of the networks searched knows this hash'
                : 'No network knows this hash',
            detail: `Searched ${d.searchedChainIds.map(ctx.chainName).join(', ') || 'no chain'}${d.unreachableChainIds.length ? `; could not reach ${d.unreachableChainIds.map(ctx.chainName).join(', ')}` : ''}.`,
            steps: [
              "Check that the hash was copied whole (0x and 64 characters) and comes from your wallet's activity or the exchange's withdrawal page.",
              'If the transaction was pending and has vanished, pass --from <your address> --nonce <n> so the tool can tell whether it was dropped or replaced.',
              'An exchange withdrawal may not be broadcast yet: its page shows a hash only once it is sent.',
            ],
          },
  'tx.wrong-network': (d, ctx) => ({
    title: 'On another network',
    detail: `You asked about ${ctx.chainName(d.requestedChainId)}, but this transaction is on ${ctx.chainName(d.foundChainId)}.`,
    steps: [
      `Switch your wallet to ${ctx.chainName(d.foundChainId)} to see it and any tokens it moved; the same address works on both networks.`,
    ],
  }),
  'address.pending-transactions': (d, ctx) => ({
    title: 'Transactions waiting on this account',
    detail: `On ${ctx.chainName(d.chainId)}, ${d.pending - d.latest} transaction${d.pending - d.latest === 1 ? '' : 's'} of ${d.address} ${d.pending - d.latest === 1 ? 'is' : 'are'} waiting to be mined (nonce${d.nonces.length === 1 ? '' : 's'} ${d.nonces.join(', ')}). Later transactions from this account wait behind ${d.pending - d.latest === 1 ? 'it' : 'them'}.`,
    steps: [
      `Check the waiting transaction with \`support-doctor tx <hash> --chain ${d.chainId}\` (the hash is in your wallet's activity), or pass --from ${d.address} --nonce ${d.nonces[0]} if it is gone.`,
    ],
  }),
  'address.account': (d, ctx) => ({
    title: `On ${ctx.chainName(d.chainId)}: ${ctx.amount(d.balance, coinRef(d.chainId))}`,
    detail: `${d.isContract ? 'A contract, not a wallet. ' : ''}It holds ${ctx.amount(d.balance, coinRef(d.chainId))} on ${ctx.chainName(d.chainId)} and has sent ${d.sent} transaction${d.sent === 1 ? '' : 's'} there.`,
    steps: [],
  }),
  'address.unused': (d, ctx) => ({
    title: 'Nothing held or sent on any network searched',
    detail: `No coin and no transaction sent on ${d.searchedChainIds.map(ctx.chainName).join(', ')}. Tokens are not shown without --token.`,
    steps: [
      'Check that the address is the one your wallet shows (copy it again rather than typing it), and on which network you expect the funds.',
      'Looking for a token? Pass --token <its contract address>: the tool then says on which network it is held.',
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
    detail: `On ${ctx.chainName(d.chainId)} there are two tokens of this name. The address holds none of ${ctx.token(d.asked)} (${d.asked.address}) but ${ctx.amount(d.balance, d.held)} (${d.held.address}).`,
    steps: [
      `Import ${d.held.address} in your wallet to see it. To exchange one form for the other, use a swap or the issuer's official bridge page.`,
    ],
  }),
  'rpc.unreachable': (d, ctx) => ({
    title: 'An endpoint did not answer',
    detail: `${d.endpoint} (${d.chainId === null ? 'its network not known: it did not say which' : ctx.chainName(d.chainId)}): ${d.reason}.`,
    steps: [],
  }),
  'rpc.stale': (d, ctx) => ({
    title: 'The endpoint is behind',
    detail:
      d.freshestBlock !== null
        ? `${d.endpoint ?? 'An endpoint'} is at block ${d.headBlock} of ${ctx.chainName(d.chainId)}, behind another endpoint at block ${d.freshestBlock}${d.ageSeconds !== null ? ` (its own latest block is ${formatDuration(d.ageSeconds, 'en')} old)` : ''}: its "I do not know this transaction" was not counted.`
        : `Its latest block on ${ctx.chainName(d.chainId)} (${d.headBlock}) is ${formatDuration(d.ageSeconds ?? 0, 'en')} old: what it says about recent transactions may be out of date.`,
    steps: [
      "Check again with another endpoint (--rpc <url>); `support-doctor rpc` shows each endpoint's latest block and how old it is.",
    ],
  }),
  'rpc.disagreement': (d, ctx) => {
    const scope = disagreementScope[d.fact]
    return {
      title: {
        receipt: 'Endpoints disagree about the receipt',
        nonce: "Endpoints disagree about the sender's nonce",
        head: 'Endpoints disagree about how far the chain has got',
        gateway: "Endpoints disagree about the bridge's token gateway",
        bridge: 'Endpoints disagree about whether the bridge transfer has arrived',
        drain: "Endpoints disagree about a transaction of this address's (sent by it, or moving its funds)",
        balance: 'Endpoints disagree about what this address holds',
        transfers: "Endpoints disagree about the token's recent transfers",
        decimals: "Endpoints disagree about the token's decimals",
        logs: "Endpoints disagree about this address's approvals and token transfers",
        coin: "Endpoints disagree about this address's coin balance and transactions",
      }[d.fact],
      detail: `On ${ctx.chainName(d.chainId)}: ${d.answers.map((a) => `${a.endpoint ?? 'the endpoint first asked'} said ${a.said}`).join('; ')}. ${d.fact === 'head' ? 'The answer would rest on blocks only one endpoint has, and the others are not shown to be simply behind: the network cannot have made that many blocks since their latest ones, or how old those are could not be read. ' : ''}${scope === 'transaction' ? (d.majority ? 'Most of them agree, and their answer is the one used.' : 'No majority: no verdict is given on their word.') : disagreementNotJudgedEn[scope]}`,
      // With a majority the verdict stands: "do not act until they agree" would contradict the advice given on it.
      steps:
        scope === 'transaction' && d.majority
          ? [
              "The answer above is that of most endpoints; the others disagree. If it matters, check it on the network's block explorer.",
            ]
          : disagreementStepsEn[scope],
    }
  },
  'rpc.chain-mismatch': (d, ctx) => ({
    title: 'An endpoint serves another chain',
    detail: `${d.endpoint} is configured for ${ctx.chainName(d.chainId)} but reports chain id ${d.reportedChainId ?? 'unknown'}; its answers were ignored.`,
    steps: ['Fix the URL in your configuration or --rpc option.'],
  }),
  ...securityFindingsEn,
  ...bridgeFindingsEn,
  'tx.delegation': (d, ctx) => ({
    title: d.revocation
      ? 'EIP-7702: delegation removed'
      : d.knownImplementation
        ? `EIP-7702: account delegated to ${d.knownImplementation}`
        : 'EIP-7702: account delegated to an unknown contract',
    detail: `${d.revocation ? `Account ${d.authority ?? '(signer not recoverable)'} signed an authorization that clears its delegation` : `Account ${d.authority ?? '(signer not recoverable)'} signed an authorization to run the code of ${d.delegate}${d.knownImplementation ? ` (${d.knownImplementation})` : ', which is not a wallet implementation this tool knows'}`} (nonce ${d.nonce}, ${d.chainId === 0 ? 'valid on every chain' : `for ${ctx.chainName(d.chainId)}`}). ${d.tookEffect === null ? 'Whether it took effect could not be read.' : d.tookEffect ? 'It took effect: the account now behaves as that code says.' : 'It did not take effect (its nonce or chain did not match), so the account did not change.'}`,
    steps:
      d.revocation || d.knownImplementation
        ? []
        : [
            'Code you did not choose can move everything in the account. If you did not mean to upgrade your account, move your funds to a new wallet now, and revoke the delegation from a wallet you trust (an authorization to the zero address).',
          ],
  }),

  'aa.user-operation': (d, ctx) => ({
    title: d.success ? 'User operation executed' : 'User operation included, but it failed',
    detail: `This is an ERC-4337 user operation of smart account ${d.sender} (nonce ${d.nonce}), carried by bundle transaction ${d.transactionHash} in block ${d.blockNumber} through EntryPoint ${d.entryPoint}. Gas: ${d.actualGasUsed} units, ${ctx.amount(d.actualGasCost, anyCoin("of the network's coin"))} (${d.actualGasCost} wei), paid by ${d.paymaster ? `paymaster ${d.paymaster}` : 'the account itself'}.`,
    steps: d.success
      ? [
          `It worked. Wallets and explorers show it under the bundle transaction above; if tokens from it do not show, add (import) the token${ctx.network ? ` on ${ctx.network}` : ''}.`,
        ]
      : [],
  }),
  'aa.user-operation-failed': (d) => ({
    title: 'Your operation failed inside its bundle',
    detail: `${d.bundleSucceeded ? 'The bundle transaction succeeded, but your operation in it failed' : 'The bundle transaction failed, and your operation with it'}: the smart account's call was refused${d.reason ? `: "${d.reason}"${d.errorSource ? ` (${d.errorSource})` : ''}` : ' without a reason'}. The gas was still charged; nothing else changed.${categoryHint(d.category)}`,
    steps: [
      'Do not simply send the same operation again: it fails again for the same reason.',
      ...(d.category === null
        ? ["Give this report to the wallet's support: the reason above is what the contract said."]
        : []),
    ],
  }),

  'tx.non-evm': (d) => {
    const names = d.families.map((f) => familyName[f]).join(' or ')
    return {
      title: d.searchedAsEvm
        ? `It may be a ${names} transaction id`
        : `A ${names} ${d.kind === 'transaction' ? 'transaction' : 'address'}`,
      detail: d.searchedAsEvm
        ? `No EVM network searched knows ${d.id} as a transaction hash. 64 hex characters without 0x are also how ${names} write transaction ids.`
        : `${d.id} looks like a ${names} ${d.kind === 'transaction' ? 'transaction signature' : 'address'}. This tool reads EVM chains (Ethereum and networks like it), so it cannot look it up.`,
      steps: [
        `Look it up on the public explorer: ${d.explorerUrls.join(' , ')}`,
        ...(d.searchedAsEvm
          ? []
          : ['For help, contact the support of the wallet or exchange you used on that network.']),
      ],
    }
  },

  // Pasted error messages (`explain`).
  'error.nonce-too-low': (d) => ({
    title: 'Nonce too low: that nonce is already used',
    detail: `The transaction used nonce ${d.given ?? '(not stated)'}${d.expected !== null ? `, but the account's next nonce is ${d.expected}` : ''}: a transaction with that nonce has already been mined (often the same one, sent twice, or one sent from another app or device).`,
    steps: [
      'Check your activity on a block explorer: the transaction you meant may already be confirmed.',
      'If it is not, let the wallet choose the nonce (MetaMask: Settings → Advanced → Clear activity tab data, then send again; no funds are affected).',
    ],
  }),
  'error.nonce-too-high': (d) => ({
    title: 'Nonce too high: an earlier nonce is missing',
    detail: `The transaction used nonce ${d.given ?? '(not stated)'}${d.expected !== null ? ` while the account's next nonce is ${d.expected}` : ''}. It cannot be mined until every nonce before it is used.`,
    steps: [
      d.expected !== null
        ? `Send (or cancel) the transaction with nonce ${d.expected} first, or send this one again with nonce ${d.expected}.`
        : 'Let the wallet choose the nonce, or first send the transactions with the missing nonces.',
    ],
  }),
  'error.replacement-underpriced': () => ({
    title: 'Replacement refused: its fee is not high enough',
    detail:
      'A transaction with the same nonce is already waiting, and a replacement (speed up or cancel) must raise both fees by at least 10% (some nodes ask more) to be accepted.',
    steps: [
      'Speed up or cancel again with fees at least 10% above the waiting transaction (the `support-doctor tx <hash>` of the waiting one says exactly how much).',
    ],
  }),
  'error.fee-below-base-fee': (d, ctx) => ({
    title: d.reason === 'below-base-fee' ? 'Fee too low: below the base fee' : 'Fee too low for the node',
    detail:
      d.reason === 'below-base-fee'
        ? `The maximum fee${d.maxFeePerGas ? ` (${ctx.fee(d.maxFeePerGas)})` : ''} is below the current base fee${d.baseFee ? ` (${ctx.fee(d.baseFee)})` : ''}, so no block can include it now.`
        : "The transaction's gas price is below the minimum this node or network accepts.",
    steps: [
      'Send it again with the network fee the wallet suggests now (a "market" or "aggressive" setting), not a custom low fee. `support-doctor gas --chain <network>` shows the fees being paid now.',
    ],
  }),
  'error.insufficient-funds': (d, ctx) => ({
    title: 'Not enough coin to pay for gas and value',
    // The message names no network; every network here has an 18-decimal coin.
    detail: `The account${d.address ? ` ${d.address}` : ''} must hold the value sent plus the maximum gas fee${d.cost !== null ? ` (${ctx.amount(d.cost, anyCoin("of the network's coin"), d.balance)})` : ''}${d.balance !== null ? `, but holds ${ctx.amount(d.balance, anyCoin(''), d.cost).trim()}` : ''}${d.shortfall !== null ? `: ${ctx.amount(d.shortfall, anyCoin(''), d.cost).trim()} short` : ''}. Gas is always paid in the network's own coin (ETH, POL, BNB…), even to send a token.`,
    steps: [
      "Add some of the network's own coin to this account on the network you sent from, or send a smaller amount. Check that the wallet is on the network you think it is.",
    ],
  }),
  'error.intrinsic-gas': (d) => ({
    title:
      d.reason === 'intrinsic-too-low'
        ? 'Gas limit too low'
        : d.reason === 'exceeds-block-limit'
          ? 'Gas limit above what a block can hold'
          : 'The gas estimate failed',
    detail:
      d.reason === 'intrinsic-too-low'
        ? `The gas limit${d.gasLimit ? ` (${d.gasLimit})` : ''} is below the least this transaction needs before running${d.needed ? ` (${d.needed})` : ''}.`
        : d.reason === 'exceeds-block-limit'
          ? 'The gas limit set is larger than a whole block allows.'
          : `The node could not find a gas limit under its cap${d.gasLimit ? ` (${d.gasLimit})` : ''} at which the transaction succeeds: usually it would fail (revert), or the account cannot pay for that much gas.`,
    steps: [
      d.reason === 'exceeds-allowance'
        ? 'Do not force a higher gas limit: check the amount, the balance of the token and of the coin for gas, and approvals, then try again.'
        : 'Let the wallet set the gas limit (remove any custom gas limit), then try again.',
    ],
  }),
  'error.estimation-reverted': (d) => ({
    // 'unknown': the message does not say whether it was simulated or mined; nothing is claimed either way.
    title:
      d.stage === 'mined'
        ? 'The transaction failed (reverted)'
        : d.stage === 'unknown'
          ? 'The contract refused the transaction (reverted)'
          : 'The transaction would fail, so it was not sent',
    detail: `${d.stage === 'mined' || d.stage === 'unknown' ? 'The contract refused it' : 'When the wallet simulated it (gas estimation), the contract refused it'}${d.reason ? `: "${d.reason}"${d.errorSource ? ` (${d.errorSource})` : ''}` : ' without giving a reason'}.${d.stage === 'estimation' || d.stage === 'call' ? ' Nothing was sent and no fee was paid.' : ''}${d.stage === 'unknown' ? ' The message does not say whether this was a simulation (then nothing was sent) or a sent transaction (then it failed and the fee was paid).' : ''}${categoryHint(d.category)}`,
    steps: [
      ...(d.stage === 'unknown'
        ? [
            'If it came with a transaction hash, check it with `support-doctor tx <hash>`: that says whether it was sent and what it cost.',
          ]
        : []),
      'Do not force it through with a manual gas limit: it would fail on chain and still cost the fee.',
      ...(d.category === null
        ? ["Give this report to the app's support: the reason above is what the contract said."]
        : []),
    ],
  }),
  'error.already-known': () => ({
    title: 'Already sent: the network already has this transaction',
    detail:
      'The node already holds this exact transaction in its pool: it was sent before (a double click, or a retry) and is waiting to be mined. Nothing is wrong with it.',
    steps: ['Wait, and follow it by its hash: `support-doctor tx <hash>`. Do not send it again.'],
  }),
  'error.user-rejected': (d) => ({
    title: 'Rejected in the wallet',
    detail: `The request was declined in the wallet${d.code !== null ? ` (code ${d.code})` : ''}: nothing was signed or sent and nothing happened on chain.`,
    steps: [
      'If you meant to go ahead, start again and confirm in the wallet. If you did not start this request yourself, do not approve it.',
    ],
  }),
  'error.rate-limited': (d) => ({
    title: 'Too many requests to the network endpoint',
    detail: `The RPC endpoint refused because of its rate limit${d.code !== null ? ` (code ${d.code})` : ''}. This is the endpoint's limit, not a problem with your account or funds.`,
    steps: [
      'Wait a minute and try again, or switch the wallet to another RPC endpoint for the same chain (from a trusted source: chainlist.org lists many).',
    ],
  }),
  'error.unsupported-method': (d) => ({
    title: 'The endpoint does not support this request',
    detail: `The RPC endpoint${d.method ? ` does not offer ${d.method}` : ' refused the method asked'}${d.code !== null ? ` (code ${d.code})` : ''}. Some wallets and endpoints do not support every request an app makes.`,
    steps: ["Try another RPC endpoint or another wallet, or tell the app's support which method failed."],
  }),
  'error.chain-mismatch': (d, ctx) => ({
    title: 'The wallet is on another network',
    detail:
      d.walletChainId !== null && d.expectedChainId !== null
        ? `The wallet is on ${ctx.chainName(d.walletChainId)}, but the transaction is for ${ctx.chainName(d.expectedChainId)}.`
        : d.walletChainId !== null
          ? `The wallet is on ${ctx.chainName(d.walletChainId)}, which is not the network the transaction is for.`
          : d.expectedChainId !== null
            ? `The transaction is for ${ctx.chainName(d.expectedChainId)}, and the wallet is on another network.`
            : 'The wallet is on another network than the one the transaction is for.',
    steps: ["Switch the wallet to the app's network (the network menu at the top of the wallet) and try again."],
  }),
  'error.account-abstraction': (d) => ({
    title: `Smart-account error ${d.code}`,
    detail: `The ERC-4337 EntryPoint refused the user operation: ${d.code}, ${d.meaning}.`,
    steps: [
      d.party === 'paymaster'
        ? 'The app or service paying the gas (the paymaster) refused or cannot pay: tell the app; you may also pay the gas yourself.'
        : d.party === 'bundler'
          ? 'This is a problem of the service that sends operations (the bundler): try again later, or tell the wallet.'
          : d.code === 'AA21'
            ? "Add the network's own coin to the smart account (or its EntryPoint deposit) for gas, then try again."
            : "Try again from the wallet; if it keeps failing, give this report to the wallet's support.",
    ],
  }),
  'error.non-evm': (d) => ({
    title: `A ${d.family === 'solana' ? 'Solana' : d.family === 'tron' ? 'Tron' : 'Bitcoin'} error`,
    detail: `${
      d.problem === 'blockhash-expired'
        ? 'The transaction expired before it was processed (its recent blockhash is too old): nothing happened.'
        : d.problem === 'insufficient-funds'
          ? `The account has too little SOL for this transaction and its fees${d.have !== null && d.need !== null ? ` (${d.have} lamports, needs ${d.need})` : ''}.`
          : d.problem === 'out-of-energy'
            ? 'The transaction ran out of Energy (what Tron smart contracts use): TRX was burnt for it and it failed.'
            : d.problem === 'bandwidth'
              ? 'The account lacks Bandwidth (and TRX to burn for it) to send this transaction.'
              : 'The network refused the transaction.'
    } This tool reads EVM chains (Ethereum and similar), so it cannot look this up.`,
    steps: [
      d.problem === 'blockhash-expired'
        ? 'Send it again: wallets fetch a fresh blockhash. If the network is busy, a small priority fee helps.'
        : d.problem === 'out-of-energy' || d.problem === 'bandwidth'
          ? 'Keep more TRX in the account (or stake TRX for Energy/Bandwidth), then try again.'
          : "Check the balance on the network's explorer and ask the wallet's support.",
    ],
  }),
  'error.unrecognised': (d) => ({
    title: 'Message not recognised',
    detail: `This message is not one this tool knows${d.codes.length > 0 ? ` (codes ${d.codes.join(', ')})` : ''}${d.message ? `: "${d.message}"` : ''}.`,
    steps: [
      "Give the whole message, with this report, to the wallet's or app's support. If you have the transaction hash, run `support-doctor tx <hash>`.",
    ],
  }),
}

/** What a revert's category means for the person, after the contract's own words. */
const categoryHint = (category: string | null) =>
  ({
    slippage: ' The price moved beyond your slippage limit: get a fresh quote, or allow a little more slippage.',
    deadline: " The swap's deadline had passed: start it again from the app.",
    allowance: ' The contract is not approved to move your tokens (or not for this amount): approve it first.',
    balance: ' You do not hold enough of the token for this amount.',
    'fee-on-transfer': ' The token takes a fee on each transfer: use the app setting for such tokens.',
    liquidity: ' The pool has too little liquidity for this trade.',
  })[category ?? ''] ?? ''

const familyName = { solana: 'Solana', bitcoin: 'Bitcoin', tron: 'Tron' } as const
