import * as z from 'zod'
import type { GuideId } from './guide-ids.js'
import {
  baseUnits,
  chainId,
  hexAddress,
  replacementAdviceSchema,
  tokenRefSchema,
  txHash,
  type Severity,
} from './data-types.js'
import { bridgeAmount, bridgeCallData, bridgeLeg, bridgeTiming, bridgeTx, gatewayVerdicts } from './bridge-data.js'
import { disagreementFacts } from './disagreement-facts.js'
import { endpointReadingSchema } from './reading-data.js'
import { drainSpender, securityChain, takenSchema, walletCallSchema } from './security-data.js'

/** One row of the registry: what a finding's `data` holds, how serious it usually is, which guide explains it. */
export type FindingRow = { severity: Severity; guide: GuideId; data: z.ZodObject; about: string }

/**
 * `about`: one line for the finding table in README (documentation; the user's texts are in i18n/).
 * The data schema is built on first use: a diagnosis needs only severities and guides, and building
 * ~70 zod objects at every start costs milliseconds (only the report's JSON Schema, the MCP
 * server's output schema and tests read them).
 */
const row = <D extends z.ZodObject>(severity: Severity, guide: GuideId, makeData: () => D, about: string) => {
  let data: D | undefined
  return {
    severity,
    guide,
    get data(): D {
      return (data ??= makeData())
    },
    about,
  }
}

/** What a failed transaction's finding holds: the decoded reason and where it came from. */
const revertedData = z.object({
  blockNumber: baseUnits,
  gasUsed: baseUnits,
  gasLimit: baseUnits,
  /** The decoded reason in the contract's words (revert string, custom error, panic), null when none. */
  reason: z.string().nullable(),
  errorName: z.string().nullable(),
  errorSource: z.string().nullable(),
  category: z.string().nullable(),
  /** The raw revert data, kept whatever the decoding says. */
  revertData: z.string().nullable(),
  decodedFrom: z.enum(['trace', 'replay', 'none']),
  /** A replay at the parent block does not see transactions before it in the same block. */
  approximate: z.boolean(),
  failingContract: z.string().nullable(),
  /** What the transaction called, by name, when its calldata or code says (`Uniswap Universal Router`). */
  calledContract: z.string().nullable(),
  /** The trace shows it ran out of gas (tx.out-of-gas, certain): not refused, and more gas is the fix. */
  outOfGas: z.boolean().default(false),
})

/** A pasted nonce error's numbers (too low or too high): the nonce given, the one expected, whose. */
const nonceErrorData = z.object({
  given: z.number().int().nullable(),
  expected: z.number().int().nullable(),
  address: hexAddress.nullable(),
})

/**
 * Every finding code, once. Codes are stable: add new ones, never rename. The TypeScript types, the
 * guide of each finding, the JSON Schema of the report (`schema/report.schema.json`) and the finding
 * table in docs/findings.md are all derived from this table; the texts are in i18n/findings-{en,ja}.ts,
 * which the type checker holds complete against it. Adding a code: a row here, the rule, both texts, a test.
 */
export const findingRegistry = {
  'tx.confirmed': row(
    'info',
    'missing-tokens',
    () =>
      z.object({
        blockNumber: baseUnits,
        confirmations: z.number().int(),
        gasUsed: baseUnits,
        minedAt: z.string().nullable(),
        /** Its logs show tokens moving (ERC-20, ERC-721, ERC-1155, WETH wrapping). */
        movedTokens: z.boolean(),
      }),
    'Mined and succeeded; confirmations so far.',
  ),
  'tx.reverted': row(
    'critical',
    'failed-swaps',
    () => revertedData,
    'Mined but failed: the decoded reason (trace or replay), the raw revert data, the refusing contract.',
  ),
  /** A failed contract creation (no `to`): the same facts, its own explanation. */
  'tx.deployment-failed': row(
    'critical',
    'failed-deployments',
    () => revertedData,
    'A contract creation that failed: the same facts as a revert, explained as a deployment.',
  ),
  'tx.out-of-gas': row(
    'critical',
    'failed-swaps',
    () => z.object({ gasUsed: baseUnits, gasLimit: baseUnits, certain: z.boolean(), suggestedGasLimit: baseUnits }),
    'Ran out of gas; a gas limit that would do.',
  ),
  'swap.slippage': row(
    'critical',
    'failed-swaps',
    () =>
      z.object({
        router: hexAddress,
        /** The router by name, when its calldata was read (`Uniswap Universal Router`). */
        routerName: z.string().nullable(),
        functionName: z.string(),
        /** The kind of pool of the swap step that fell short: v2, v3, v4, or an aggregator's route. */
        protocol: z.enum(['v2', 'v3', 'v4', 'aggregator']),
        mode: z.enum(['exact-in', 'exact-out']),
        tokenIn: tokenRefSchema.nullable(),
        tokenOut: tokenRefSchema.nullable(),
        /** exact-in: the amount paid in (null: whatever an earlier step left the router); exact-out: the most the user would pay. */
        amountIn: baseUnits.nullable(),
        /** exact-in: the least accepted; exact-out: the amount wanted. */
        amountOut: baseUnits,
        /** What the pool would have given (exact-in) or asked (exact-out) at the parent block; null when unknown. */
        poolQuote: baseUnits.nullable(),
        /** How the quote was had: the V2 router's getAmounts, or the V3 pools' own swap in an eth_call. */
        quoteMethod: z.enum(['router', 'pool-probe']).nullable(),
        /** How far the pool was from the user's limit, in percent; null when unknown. */
        shortfallPercent: z.number().nullable(),
        /**
         * The slippage tolerance that would have passed, in percent, had the app quoted with the usual
         * 0.5% (minimum = quote × 0.995): 1 − (pool quote ÷ minimum) × 0.995, rounded up to 0.1; null when unknown.
         */
        slippageToPassPercent: z.number().nullable(),
        /**
         * The limit was far from the pool's price (a tolerance over 15% would have been needed): a
         * stale or wrong quote, a thin pool or a sharp move, not what a slippage setting is for.
         */
        quoteFarOff: z.boolean(),
        /** Without a trace, from a replay at the parent block and the calldata. */
        approximate: z.boolean(),
      }),
    'Swap refused on price: the minimum asked, what the pool gave at the block before, the shortfall.',
  ),
  'swap.deadline-expired': row(
    'critical',
    'failed-swaps',
    () =>
      z.object({
        router: hexAddress.nullable(),
        routerName: z.string().nullable(),
        /** The deadline the calldata set (unix seconds); null when it carries none the tool reads. */
        deadline: baseUnits.nullable(),
        blockTimestamp: baseUnits.nullable(),
        /** Seconds between the deadline and the block's time; null when either is unknown. */
        lateBySeconds: z.number().nullable(),
        approximate: z.boolean(),
      }),
    'Swap mined after its deadline: the deadline from the calldata, the block time, how late.',
  ),
  'token.insufficient-allowance': row(
    'critical',
    'approvals',
    () =>
      z.object({
        token: tokenRefSchema,
        owner: hexAddress,
        spender: hexAddress,
        allowance: baseUnits.nullable(),
        needed: baseUnits.nullable(),
      }),
    'The spender was not approved for the amount.',
  ),
  'token.insufficient-balance': row(
    'critical',
    'approvals',
    () =>
      z.object({
        token: tokenRefSchema,
        owner: hexAddress,
        balance: baseUnits.nullable(),
        needed: baseUnits.nullable(),
      }),
    'The sender held less of the token than needed.',
  ),
  'permit2.token-not-approved': row(
    'critical',
    'approvals',
    () =>
      z.object({
        token: tokenRefSchema,
        owner: hexAddress,
        /** Permit2's address: the token must be approved to it once. */
        permit2: hexAddress,
        /** The router that pulls the token through Permit2. */
        router: hexAddress,
        allowance: baseUnits.nullable(),
        needed: baseUnits.nullable(),
        approximate: z.boolean(),
      }),
    'The token was never approved to Permit2, so no router can move it through Permit2.',
  ),
  'permit2.allowance-insufficient': row(
    'critical',
    'approvals',
    () =>
      z.object({
        token: tokenRefSchema,
        owner: hexAddress,
        /** The router Permit2 lets spend the token. */
        spender: hexAddress,
        problem: z.enum(['missing', 'too-small', 'expired']),
        /** Permit2's allowance at the parent block. */
        amount: baseUnits.nullable(),
        needed: baseUnits.nullable(),
        /** When it ended or ends (unix seconds); 0 for none ever set. */
        expiration: z.number().int().nullable(),
        blockTimestamp: baseUnits.nullable(),
        approximate: z.boolean(),
      }),
    'The Permit2 allowance to the router is missing, too small or expired.',
  ),
  'permit2.permit-invalid': row(
    'critical',
    'approvals',
    () =>
      z.object({
        token: tokenRefSchema.nullable(),
        spender: hexAddress.nullable(),
        problem: z.enum(['signature-expired', 'nonce-used', 'invalid-signature']),
        /** When the signature stopped being valid (unix seconds), from the calldata. */
        sigDeadline: baseUnits.nullable(),
        blockTimestamp: baseUnits.nullable(),
        /** The nonce the permit carried, and the one Permit2 expected at the parent block. */
        nonce: z.number().int().nullable(),
        expectedNonce: z.number().int().nullable(),
        approximate: z.boolean(),
      }),
    'The Permit2 signature expired, its nonce was used, or it does not verify.',
  ),
  'token.fee-on-transfer': row(
    'critical',
    'fee-on-transfer',
    () =>
      z.object({
        token: tokenRefSchema,
        functionName: z.string(),
        supportingFunction: z.string(),
        asked: baseUnits.nullable(),
        received: baseUnits.nullable(),
        feePercent: z.number().nullable(),
      }),
    'A fee-on-transfer token through a swap function that cannot take it: asked against received.',
  ),
  'token.transfer-found': row(
    'info',
    'missing-tokens',
    () =>
      z.object({
        /** The transaction that moved it, when the finding comes from an address's history. */
        transactionHash: txHash.nullable(),
        chainId: chainId.nullable(),
        standard: z.string(),
        token: tokenRefSchema,
        from: hexAddress,
        to: hexAddress,
        amount: baseUnits,
        formattedAmount: z.string().nullable(),
        tokenId: z.string().nullable(),
      }),
    'A token movement (ERC-20, ERC-721, ERC-1155, WETH) with symbol, decimals and amount.',
  ),
  'token.sent-to-contract': row(
    'critical',
    'wrong-network',
    () =>
      z.object({
        token: tokenRefSchema,
        to: hexAddress,
        recipient: z.enum(['token-itself', 'other-token', 'weth', 'router', 'pool', 'contract']),
        /** The known contract it went to (`Uniswap Universal Router`), from the entry points its code has. */
        contractName: z.string().nullable(),
        /** The entry points found in the recipient's code that name it. */
        evidence: z.string().nullable(),
        /** The contract's own public function (sweep, skim) hands any balance to whoever calls it first. */
        anyoneCanTake: z.boolean(),
        amount: baseUnits,
        formattedAmount: z.string().nullable(),
      }),
    'Tokens sent to a contract that cannot give them back.',
  ),
  'tx.pending': row(
    'warning',
    'stuck-transactions',
    () =>
      z.object({
        from: hexAddress,
        nonce: z.number().int(),
        firstSeenAt: z.string().nullable(),
        replacement: replacementAdviceSchema.nullable(),
      }),
    'In the pool, not in a block; the replacement that would get it mined.',
  ),
  'tx.nonce-gap': row(
    'critical',
    'nonce-gaps',
    () =>
      z.object({
        from: hexAddress,
        nonce: z.number().int(),
        accountNonce: z.number().int(),
        missingNonces: z.array(z.number().int()),
        missingCount: z.number().int(),
      }),
    'Waiting behind missing nonces.',
  ),
  'tx.waiting-behind-earlier': row(
    'critical',
    'stuck-transactions',
    () =>
      z.object({
        from: hexAddress,
        nonce: z.number().int(),
        /** The first nonce of the account not yet mined: the transaction waiting at the front. */
        earliestNonce: z.number().int(),
        /** How many earlier nonces of the account wait in the pool before this one. */
        waitingCount: z.number().int(),
      }),
    'Earlier transactions of the account wait in the pool and must be mined first.',
  ),
  'tx.fee-cap-below-base-fee': row(
    'critical',
    'stuck-transactions',
    () =>
      z.object({
        feeCap: baseUnits,
        baseFee: baseUnits,
        /** It also waits behind earlier nonces (tx.nonce-gap, tx.waiting-behind-earlier): the fee alone does not decide when it goes. */
        behindGap: z.boolean().default(false),
      }),
    'Its fee cap is under the current base fee.',
  ),
  'tx.priority-fee-low': row(
    'warning',
    'stuck-transactions',
    () => z.object({ priorityFee: baseUnits, recentLowTip: baseUnits, recentMedianTip: baseUnits }),
    'Its tip is under what recent blocks paid.',
  ),
  'tx.dropped': row(
    'warning',
    'speed-up-and-cancel',
    () =>
      z.object({
        from: hexAddress,
        nonce: z.number().int(),
        source: z.string(),
        resend: replacementAdviceSchema.nullable(),
        /**
         * How many endpoints gave the unused nonce this rests on. Under 2, it is one endpoint's word:
         * "safe to send again" then waits for a check elsewhere (the explorer, a second endpoint).
         */
        nonceConfirmedBy: z.number().int().nonnegative(),
        /**
         * The account's next nonce to be mined, when it is below this one: a transaction sent again
         * with this nonce would wait behind the earlier ones, which must be mined (or sent) first.
         */
        earliestUnmined: z.number().int().nonnegative().nullable().default(null),
      }),
    'No longer in any pool and its nonce unused: safe to send again, with the fees to use (once checked elsewhere, when only one endpoint said so) — after the earlier nonces, when some are not mined.',
  ),
  'tx.replaced': row(
    'warning',
    'speed-up-and-cancel',
    () =>
      z.object({
        from: hexAddress,
        nonce: z.number().int(),
        replacementHash: txHash.nullable(),
        replacementBlock: baseUnits.nullable(),
        foundBy: z.string().nullable(),
      }),
    'Its nonce was used by another transaction, named when found.',
  ),
  'tx.not-found': row(
    'critical',
    'wrong-network',
    () =>
      z.object({
        searchedChainIds: z.array(chainId),
        unreachableChainIds: z.array(chainId),
        /** The network asked about, when no endpoint of it answered: then no verdict (exit 3). */
        requestedChainId: chainId.nullable().default(null),
        /** `--rpc` URLs that did not say which network they serve: then no verdict either (exit 3). */
        unplacedEndpoints: z.array(z.string()).default([]),
      }),
    'No endpoint of any chain searched knows the hash; or the chain asked about, or an endpoint given with --rpc, could not be searched (exit 3).',
  ),
  /** Issue 12: "no endpoint knows it" is not taken as a verdict against the tool's own memory. */
  'tx.seen-mined': row(
    'warning',
    'rpc-endpoints',
    () => z.object({ chainId, lastStatus: z.string(), firstSeenAt: z.string() }),
    'Seen mined by an earlier check, yet no endpoint knows it now: no verdict is given (exit 3).',
  ),
  'tx.mined-no-receipt': row(
    'warning',
    'rpc-endpoints',
    () => z.object({ chainId, blockNumber: baseUnits, headBlock: baseUnits.nullable() }),
    'An endpoint gives the transaction in a block but no receipt: it has not caught up; no verdict (exit 3).',
  ),
  'tx.wrong-network': row(
    'critical',
    'wrong-network',
    () => z.object({ requestedChainId: chainId, foundChainId: chainId }),
    'The hash is on another chain than the one asked about.',
  ),
  'address.pending-transactions': row(
    'warning',
    'stuck-transactions',
    () =>
      z.object({
        chainId,
        address: hexAddress,
        latest: z.number().int(),
        pending: z.number().int(),
        nonces: z.array(z.number().int()),
      }),
    'Nonces sent from the address but not mined.',
  ),
  'address.account': row(
    'info',
    'missing-tokens',
    () =>
      z.object({
        chainId,
        /** The coin balance, in wei. */
        balance: baseUnits,
        /** Transactions sent and mined (the account's nonce). */
        sent: z.number().int(),
        isContract: z.boolean(),
      }),
    'What the address holds of the coin and has sent, on a network where it has either (asked without --token).',
  ),
  'address.unused': row(
    'info',
    'wrong-network',
    () => z.object({ searchedChainIds: z.array(chainId) }),
    'No coin and nothing sent on any network searched: a mistyped address, or another network.',
  ),
  'token.held': row(
    'info',
    'missing-tokens',
    () => z.object({ chainId, token: tokenRefSchema, balance: baseUnits, formattedBalance: z.string().nullable() }),
    'The token is held, on which chain, how much.',
  ),
  'token.wrong-network': row(
    'critical',
    'wrong-network',
    () => z.object({ token: tokenRefSchema, requestedChainId: chainId, heldOnChainIds: z.array(chainId) }),
    'The token is held on another chain than the one asked about.',
  ),
  'token.no-balance': row(
    'warning',
    'missing-tokens',
    () =>
      z.object({
        token: tokenRefSchema,
        chainIds: z.array(chainId),
        lastOut: z.object({ chainId, hash: txHash, to: hexAddress, amount: baseUnits }).nullable(),
      }),
    'None of the token left; the latest transfer out.',
  ),
  'token.not-a-token': row(
    'critical',
    'missing-tokens',
    () => z.object({ token: hexAddress, searchedChainIds: z.array(chainId) }),
    'The address asked about is not a token on any chain searched.',
  ),
  'token.other-form-held': row(
    'warning',
    'missing-tokens',
    () =>
      z.object({
        chainId,
        asked: tokenRefSchema,
        held: tokenRefSchema,
        balance: baseUnits,
        formattedBalance: z.string().nullable(),
      }),
    'Another form of the token is held (native USDC against bridged USDC.e and the like).',
  ),
  /** Info when another endpoint covered for it; a warning when its chain could not be searched at all. */
  'rpc.unreachable': row(
    'info',
    'rpc-endpoints',
    () =>
      z.object({
        /** null: a --rpc URL that did not answer when asked its chain id, so its chain is not known. */
        chainId: chainId.nullable(),
        endpoint: z.string(),
        reason: z.string(),
      }),
    'An endpoint failed; a warning when its chain could not be searched at all.',
  ),
  'rpc.stale': row(
    'warning',
    'rpc-endpoints',
    () =>
      z.object({
        chainId,
        /** The endpoint behind, when several were compared (null: the one that answered). */
        endpoint: z.string().nullable(),
        headBlock: baseUnits,
        /** How old its head is, by the machine's clock (null when its head's time was not read). */
        ageSeconds: z.number().int().nullable(),
        /** The trusted head among the endpoints asked, when judged against them (not one endpoint's word). */
        freshestBlock: baseUnits.nullable(),
      }),
    'An endpoint has an old head, or is behind the others; its "I do not know it" is not counted.',
  ),
  /** Issue 12: a verdict is not taken on the word of one endpoint that the others contradict. */
  'rpc.disagreement': row(
    'warning',
    'rpc-endpoints',
    () =>
      z.object({
        chainId,
        /**
         * `receipt`: the transaction's receipt; `nonce`: the sender's mined nonce (the majority's
         * answer stands, only endpoints at the trusted head voting on the nonce);
         * `head`: the receipt or nonce the verdict would rest on lies in blocks only one endpoint has,
         * which the others are not shown to be simply behind (never a majority: no verdict, exit 3);
         * `gateway`: an Arbitrum token transfer's gateway, read on L1 (unchecked without a majority);
         * `bridge`: whether a bridge transfer has arrived, read on its destination (then never judged);
         * `drain`: an outflow `security` rests on (then no one is named for it, or it is marked disputed);
         * `balance`: what `address` rests on, read by each endpoint at the same block (then no verdict, exit 3);
         * `transfers`: the token's transfers `address` reports, over the same blocks (the same);
         * `decimals`: the token's decimals, which amounts and the import advice are given in (the same);
         * `logs`: the owner's logs `security` reads its findings from, over the same blocks (then no
         * finding from that chain's logs, and `undetermined` unless funds were taken elsewhere, exit 3);
         * `coin`: the owner's coin balance and nonce where `security`'s coin history starts and ends (the same).
         */
        fact: z.enum(disagreementFacts),
        /**
         * `said`: the answer in English words; `reading`: the same as data (see findings/reading-data.ts);
         * `endpoint` null: the answer the findings were first read from (whichever endpoint the chain's
         * connection asked), beside what each endpoint returned on its own.
         */
        answers: z.array(
          z.object({ endpoint: z.string().nullable(), said: z.string(), reading: endpointReadingSchema() }),
        ),
        majority: z.boolean(),
      }),
    "Endpoints of one chain disagree on a fact a verdict rests on: who said what. A receipt or nonce without a majority, a verdict resting on blocks only one endpoint has, what an address holds, its token's transfers and decimals, or the logs and coin history `security` reads: no verdict (exit 3); a bridge transfer's arrival, a token gateway without a majority, or who took funds: not judged on their word.",
  ),
  'rpc.chain-mismatch': row(
    'warning',
    'rpc-endpoints',
    () => z.object({ chainId, endpoint: z.string(), reportedChainId: chainId.nullable() }),
    'An endpoint serves another chain than the one it is listed for.',
  ),

  // security: who can move the owner's funds, and who did (`security <address>`)
  'security.open-approval': row(
    'warning',
    'approvals',
    () =>
      z.object({
        ...securityChain,
        kind: z.enum(['erc20', 'erc721', 'approval-for-all', 'permit2']),
        /** The token (for Permit2: the token Permit2 may move; for approval-for-all: the collection). */
        token: tokenRefSchema,
        spender: hexAddress,
        spenderName: z.string().nullable(),
        /** Null when the spender's code could not be read. */
        spenderIsContract: z.boolean().nullable(),
        /** Base units; null for approval-for-all (every token of the collection); 1 for an ERC-721 single token. */
        amount: baseUnits.nullable(),
        unlimited: z.boolean(),
        /** ERC-721 single-token approvals (`approve(spender, tokenId)`): the token id; null otherwise. */
        tokenId: baseUnits.nullable(),
        /** Permit2 allowances end: unix seconds. */
        expiration: z.string().nullable(),
        /** The latest transaction that set it, and whether that was a signature someone else submitted. */
        approvedIn: txHash.nullable(),
        bySignature: z.boolean(),
        /** This spender already took funds from the address. */
        drained: z.boolean(),
        revoke: walletCallSchema,
        /** Permit2 only: lockdown, which revokes at once and cannot be outrun by a pending spend. */
        lockdown: walletCallSchema.nullable(),
      }),
    'A live approval (ERC-20 allowance, ERC-721 single token, setApprovalForAll, Permit2 allowance) with the revoke call.',
  ),
  'security.approval-drain': row(
    'critical',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        ...drainSpender,
        via: z.enum(['approve', 'set-approval-for-all', 'permit2-approve', 'unknown']),
        /** The owner's own transaction that approved the spender; null when older than the blocks searched. */
        approvalTx: txHash.nullable(),
      }),
    'Tokens taken with transferFrom by a spender the owner had approved on chain.',
  ),
  'security.permit-drain': row(
    'critical',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        ...drainSpender,
        via: z.enum(['erc20-permit', 'permit2-permit', 'permit2-signature-transfer', 'signature']),
        /** The transaction, sent by someone else, that used the owner's signature. */
        signatureUsedIn: txHash.nullable(),
      }),
    'Tokens taken through an allowance that came from a signature (EIP-2612, Permit2).',
  ),
  'security.delegated': row(
    'warning',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        delegate: hexAddress,
        /** The type-4 transaction that set it and who sent it (often not the owner); null when not found. */
        setIn: txHash.nullable(),
        setBy: hexAddress.nullable(),
        setAtBlock: baseUnits.nullable(),
        /** True when funds were seen leaving through the delegated code, in transactions others sent. */
        forwards: z.boolean(),
        /** Tokens from their logs; native coin from a trace of each deposit (debug_traceTransaction). */
        taken: z.array(takenSchema),
        /**
         * Without a trace: blocks where coin arrived and left again while the owner's nonce stayed the
         * same (no transaction of the owner's paid it out): the amount that left, and the deposits.
         */
        nativeLeft: z.array(
          z.object({
            blockNumber: baseUnits,
            amount: baseUnits,
            token: tokenRefSchema,
            depositHashes: z.array(txHash),
          }),
        ),
      }),
    'The account has an EIP-7702 delegation: the delegate and the transaction that set it.',
  ),
  'security.sweeper': row(
    'critical',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        destinations: z.array(hexAddress),
        deposits: z.array(
          z.object({
            hash: txHash,
            token: tokenRefSchema,
            amount: baseUnits,
            blockNumber: baseUnits,
            from: hexAddress,
          }),
        ),
        sweeps: z.array(
          z.object({ hash: txHash, token: tokenRefSchema, amount: baseUnits, blockNumber: baseUnits, to: hexAddress }),
        ),
        /** The chain's endpoints do not say the same of some sweeps (rpc.disagreement names them): check before acting. */
        disputed: z.boolean(),
      }),
    "Deposits moved out within three blocks by the owner's own key: the key is compromised.",
  ),
  'security.address-poisoning': row(
    'warning',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        lookalike: hexAddress,
        genuine: hexAddress,
        /** Both addresses, and a line marking where they differ, for a monospace display. */
        marks: z.string(),
        form: z.enum(['dust-in', 'fake-out']),
        seenIn: z.array(txHash),
        /** The owner's own payments to the lookalike (critical when any). */
        paid: z.array(takenSchema),
      }),
    'A lookalike address planted in the history; critical when the owner paid it.',
  ),
  /** What "nothing found" covers: the blocks searched on a chain (narrowed when the endpoint refused more). */
  'security.searched': row(
    'info',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        fromBlock: baseUnits,
        toBlock: baseUnits,
        narrowed: z.boolean(),
        /** Logs beyond the cap, oldest first, left out. */
        logsDropped: z.number().int(),
        /**
         * Native coin (no logs): 'read' from the blocks where balance or nonce changed (archive reads);
         * 'no-archive' when the endpoint keeps no past state; 'not-read' when the read failed.
         */
        native: z.enum(['read', 'no-archive', 'not-read']),
        /** More blocks changed than are read: the newest were kept. */
        nativeTruncated: z.boolean(),
      }),
    'Which blocks of which chains the security check covered.',
  ),
  'security.own-key-outflow': row(
    'warning',
    'wallet-drained',
    () =>
      z.object({
        ...securityChain,
        taken: z.array(takenSchema),
        /** The chain's endpoints do not say the same of these transactions (rpc.disagreement names them). */
        disputed: z.boolean(),
      }),
    "The wallet emptied in one go by transactions signed with the owner's key.",
  ),
  // Issue 19: bridge transfers followed from the source transaction to the destination chain.
  'bridge.deposit': row(
    'info',
    'bridges',
    () =>
      z.object({
        ...bridgeLeg,
        ...bridgeAmount,
        sender: hexAddress,
        recipient: hexAddress,
        /** The source block's time (ISO), null when unknown. */
        sentAt: z.string().nullable(),
        /** `could-not-tell`: the destination's endpoints were asked and did not answer, so there is no verdict. */
        followed: z.enum(['yes', 'no-endpoint', 'could-not-tell']),
        /** Why it could not be told: one of `unreadableReasons` (bridge-data.ts), or an endpoint's fault as the report words it (`timed out`, `HTTP 503`). */
        unreadableReason: z.string().nullable(),
        /**
         * A token gateway's message (Arbitrum): `checked` against the bridge's gateway router, `unchecked`
         * (no router known, or it did not answer), or `not-the-gateway` — then token, amount, sender and
         * recipient are the message's own (its coin value, to the contract it calls). Null otherwise.
         */
        gateway: z.enum(gatewayVerdicts).nullable(),
      }),
    'A bridge transfer recognised in the source logs: protocol, chains, token, amount, recipient.',
  ),
  'bridge.delivered': row(
    'info',
    'bridges',
    () =>
      z.object({
        ...bridgeLeg,
        ...bridgeTx,
        token: bridgeAmount.token,
        native: bridgeAmount.native,
        sent: baseUnits,
        /** What arrived in the destination's base units when its log says; null when not read. */
        received: baseUnits.nullable(),
        /** The token that arrived when it is another than the one sent (Across's output token): `received` and `fee` are in its units. */
        receivedToken: tokenRefSchema.nullable(),
        /**
         * sent − received (the bridge's fee) in the received token's units: scaled by the two tokens'
         * decimals when they differ; null when either amount or either token's decimals is unknown.
         */
        fee: baseUnits.nullable(),
        /** An OP Stack deposit whose L2 call reverted: the ETH stays with the sender's address on L2. */
        destinationReverted: z.boolean(),
      }),
    'Arrived: the destination transaction and block, and what was received.',
  ),
  'bridge.in-flight': row(
    'info',
    'bridges',
    () =>
      z.object({
        ...bridgeLeg,
        /** Where it waits: sequencer, relayer, attestation, state-root, challenge-period, … */
        stage: z.string(),
        ...bridgeTiming,
        /** Longer than the protocol's normal delay (warning). */
        overdue: z.boolean(),
      }),
    'Not arrived yet: the stage, the normal delay, how long it has been (warning when overdue).',
  ),
  'bridge.action-needed': row(
    'warning',
    'bridges',
    () =>
      z.object({
        ...bridgeLeg,
        action: z.enum(['prove', 'finalize', 'redeem', 'receive-message']),
        call: bridgeCallData.nullable(),
        /** Where the missing proof is read (an eth_call on the L2: Arbitrum's NodeInterface.constructOutboxProof); absent when none is needed. */
        proofFrom: bridgeCallData.optional(),
        /** ISO time after which the action is no longer possible; null when none. */
        expiresAt: z.string().nullable(),
        ...bridgeTiming,
      }),
    'Delivery waits for the user: the exact call (contract, function, calldata, or the known arguments and where the missing proof is read), where, and by when.',
  ),
  'bridge.refunded': row(
    'warning',
    'bridges',
    () => z.object({ ...bridgeLeg, ...bridgeTx, ...bridgeAmount }),
    'Not delivered: refunded on the source chain (the refund transaction).',
  ),
  'bridge.expired': row(
    'critical',
    'bridges',
    () => z.object({ ...bridgeLeg, ...bridgeAmount, expiredAt: z.string().nullable() }),
    'Can no longer be completed as sent.',
  ),
  'bridge.unknown-destination': row(
    'warning',
    'bridges',
    () => z.object({ ...bridgeLeg }),
    'A bridge transfer to a chain with no endpoint here: which chain, and how to add one.',
  ),
  // Issue 18: EIP-7702 delegations, user operations and ids of other chains.
  'tx.delegation': row(
    'warning',
    'staying-safe',
    () =>
      z.object({
        /** The account delegated (recovered from the authorization's signature); null when it does not recover. */
        authority: hexAddress.nullable(),
        delegate: hexAddress,
        /** 0: valid on every chain. */
        chainId: z.number().int().nonnegative(),
        nonce: z.number().int().nonnegative(),
        /** From the authority's code after the block; null when it could not be read. */
        tookEffect: z.boolean().nullable(),
        revocation: z.boolean(),
        /** The wallet whose implementation the delegate is, from a table kept as data; null when unknown. */
        knownImplementation: z.string().nullable(),
      }),
    'An EIP-7702 authorization: authority, delegate, whether it took effect; a warning for an unknown delegate.',
  ),

  'aa.user-operation': row(
    'info',
    'missing-tokens',
    () =>
      z.object({
        entryPoint: hexAddress,
        sender: hexAddress,
        nonce: baseUnits,
        /** null when the account paid its own gas. */
        paymaster: hexAddress.nullable(),
        success: z.boolean(),
        actualGasCost: baseUnits,
        actualGasUsed: baseUnits,
        /** The bundle transaction that carried the operation. */
        transactionHash: txHash,
        blockNumber: baseUnits,
        bundleSucceeded: z.boolean(),
      }),
    'An ERC-4337 user operation found by its hash: sender, paymaster, cost, bundle transaction.',
  ),
  'aa.user-operation-failed': row(
    'critical',
    'failed-swaps',
    () =>
      z.object({
        sender: hexAddress,
        transactionHash: txHash,
        bundleSucceeded: z.boolean(),
        reason: z.string().nullable(),
        errorName: z.string().nullable(),
        errorSource: z.string().nullable(),
        category: z.string().nullable(),
        revertData: z.string().nullable(),
      }),
    'The user operation reverted inside a bundle that succeeded: the decoded reason.',
  ),

  'tx.non-evm': row(
    'critical',
    'wrong-network',
    () =>
      z.object({
        id: z.string(),
        /** What the id looks like; for a bare 64-hex id no EVM chain knew, both bitcoin and tron. */
        families: z.array(z.enum(['solana', 'bitcoin', 'tron'])),
        kind: z.enum(['transaction', 'address']),
        explorerUrls: z.array(z.string()),
        /** true: the id was first searched as an EVM hash, and no chain knew it. */
        searchedAsEvm: z.boolean(),
      }),
    'A Solana, Bitcoin or Tron id: which family, and its public explorer.',
  ),

  // Pasted error messages (`explain`, issue 18): what the message says, with the numbers it carries.
  'error.nonce-too-low': row(
    'critical',
    'error-messages',
    () => nonceErrorData,
    'The nonce was already used: with the numbers, and what to do.',
  ),
  'error.nonce-too-high': row(
    'critical',
    'nonce-gaps',
    () => nonceErrorData,
    "A nonce ahead of the account's: an earlier one is missing.",
  ),
  'error.replacement-underpriced': row(
    'critical',
    'speed-up-and-cancel',
    () => z.object({}),
    'A replacement that does not raise the fees enough.',
  ),
  'error.fee-below-base-fee': row(
    'critical',
    'stuck-transactions',
    () =>
      z.object({
        /** below-base-fee: the fee cap is under the block's base fee; below-pool-minimum: under the node's minimum price. */
        reason: z.enum(['below-base-fee', 'below-pool-minimum']),
        maxFeePerGas: baseUnits.nullable(),
        baseFee: baseUnits.nullable(),
      }),
    "The fee cap is under the block's base fee.",
  ),
  'error.insufficient-funds': row(
    'critical',
    'error-messages',
    () =>
      z.object({
        address: hexAddress.nullable(),
        balance: baseUnits.nullable(),
        cost: baseUnits.nullable(),
        shortfall: baseUnits.nullable(),
      }),
    'Not enough of the native coin for gas and value: balance and cost when given.',
  ),
  'error.intrinsic-gas': row(
    'critical',
    'error-messages',
    () =>
      z.object({
        reason: z.enum(['intrinsic-too-low', 'exceeds-allowance', 'exceeds-block-limit']),
        gasLimit: baseUnits.nullable(),
        needed: baseUnits.nullable(),
      }),
    'A gas limit below the minimum a transaction needs.',
  ),
  'error.estimation-reverted': row(
    'critical',
    'failed-swaps',
    () =>
      z.object({
        /** estimation or call: nothing was sent; mined: the text is about a transaction that failed on chain. */
        stage: z.enum(['estimation', 'call', 'mined', 'unknown']),
        reason: z.string().nullable(),
        errorName: z.string().nullable(),
        errorSource: z.string().nullable(),
        category: z.string().nullable(),
        revertData: z.string().nullable(),
        contract: hexAddress.nullable(),
      }),
    'Gas estimation found the call would revert: the decoded reason.',
  ),
  'error.already-known': row(
    'info',
    'stuck-transactions',
    () => z.object({}),
    'The same transaction is already waiting in the pool: nothing to do.',
  ),
  'error.user-rejected': row(
    'info',
    'error-messages',
    () => z.object({ code: z.number().int().nullable() }),
    'The request was rejected in the wallet: nothing happened on chain.',
  ),
  'error.rate-limited': row(
    'warning',
    'rpc-endpoints',
    () => z.object({ code: z.number().int().nullable() }),
    'The endpoint is limiting requests.',
  ),
  'error.unsupported-method': row(
    'warning',
    'rpc-endpoints',
    () => z.object({ method: z.string().nullable(), code: z.number().int().nullable() }),
    'The endpoint does not serve the method.',
  ),
  'error.chain-mismatch': row(
    'critical',
    'wrong-network',
    () => z.object({ walletChainId: chainId.nullable(), expectedChainId: chainId.nullable() }),
    'The wallet and the app are on different chains.',
  ),
  'error.account-abstraction': row(
    'critical',
    'error-messages',
    () =>
      z.object({
        code: z.string(),
        meaning: z.string(),
        party: z.enum(['account', 'paymaster', 'bundler', 'factory']),
      }),
    'An ERC-4337 AAxx code and what it means.',
  ),
  'error.non-evm': row(
    'warning',
    'error-messages',
    () =>
      z.object({
        family: z.enum(['solana', 'tron', 'bitcoin']),
        problem: z.enum(['blockhash-expired', 'insufficient-funds', 'out-of-energy', 'bandwidth', 'other']),
        have: baseUnits.nullable(),
        need: baseUnits.nullable(),
      }),
    'A Solana or Tron message, recognised as not EVM and explained briefly.',
  ),
  'error.unrecognised': row(
    'warning',
    'error-messages',
    () => z.object({ codes: z.array(z.number().int()), message: z.string().nullable() }),
    'A message not recognised: shown as given, redacted.',
  ),
} as const satisfies Record<string, FindingRow>

export type FindingCode = keyof typeof findingRegistry
export const findingCodes = Object.keys(findingRegistry) as FindingCode[]
export type FindingDataMap = { [K in FindingCode]: z.output<(typeof findingRegistry)[K]['data']> }

export const isFindingCode = (value: string): value is FindingCode => Object.hasOwn(findingRegistry, value)

/** The guide that explains a finding: `support-doctor guide <id>`. */
export const guideForFinding = (code: FindingCode): GuideId => findingRegistry[code].guide

/** The codes a guide explains, in registry order. */
export const findingsOfGuide = (guide: GuideId): FindingCode[] =>
  findingCodes.filter((code) => findingRegistry[code].guide === guide)
