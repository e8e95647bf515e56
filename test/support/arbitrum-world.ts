/**
 * An Arbitrum world on two anvil nodes, for test/integration/bridge-arbitrum.test.ts (retryable
 * tickets, L1→L2) and bridge-arbitrum-withdrawal.test.ts (withdrawals, L2→L1).
 *
 * L1 (real contracts): the Bridge, the Inbox and the Outbox of @arbitrum/nitro-contracts, from the
 * package's own build artifacts, unmodified, each behind OpenZeppelin 4.7.3's TransparentUpgradeableProxy (the
 * artifact the same package ships), initialised and wired as a rollup owner does (`Bridge.initialize`,
 * `Bridge.setDelayedInbox`, `Inbox.initialize`, `Outbox.initialize`, `Bridge.setOutbox`). The rollup
 * role is played by the owner's account (`Bridge.initialize(rollup)`; `Outbox.initialize` reads it back
 * with `bridge.rollup()`), so the test confirms send roots with the Outbox's own `updateSendRoot`, as
 * the rollup does when it confirms an assertion. The user submits tickets with the real
 * `Inbox.createRetryableTicket` and executes withdrawals with the real `Outbox.executeTransaction`, so
 * the L1 logs and state the tool reads are the ones mainnet has.
 *
 * L2 (played): ArbOS itself is not an EVM contract and has no implementation on npm; anvil cannot run
 * it. Its retryable precompile at 0x…6E is played by `ArbRetryableTxStandIn` below: a contract that
 * implements the package's own `ArbRetryableTx` interface (same functions, events and errors, so the
 * same ABI the real precompile answers with), placed at 0x…6E with anvil_setCode. What ArbOS does on
 * its own (create the ticket, schedule and run the auto-redeem, delete the ticket once redeemed, let it
 * expire) the test plays: the ticket's call is executed by a transaction from the aliased L1 sender
 * (impersonated, as ArbOS's retry transaction is sent from it), and `playSubmission` emits
 * TicketCreated and RedeemScheduled naming that transaction, as the real submit-retryable transaction
 * does. One difference cannot be removed: on anvil no transaction can have the ticket id as its hash,
 * so the tool finds the creation through the TicketCreated log (its fallback) rather than by hash,
 * and the played auto-redeem is mined one block before the played creation instead of after it.
 *
 * L2 (played, withdrawals): ArbOS's system precompile ArbSys at 0x…64 is played by `ArbSysStandIn`,
 * which implements the package's own `ArbSys` interface and, for `withdrawEth` and `sendTxToL1`, emits
 * L2ToL1Tx exactly as ArbOS does: the caller, the destination, the send's hash (the Outbox's
 * `calculateItemHash` of the fields), its position (a counter of sends: the leaf in the send Merkle
 * tree), the L2 block, the L1 block ArbOS last saw (played: the test tells it L1's block number), the
 * time, the value and the data. What it does not do: burn the value (the stand-in keeps it) and keep
 * the Merkle tree's partials (`sendMerkleTreeState` reverts); the tool reads neither.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import {
  createWalletClient,
  decodeEventLog,
  encodeFunctionData,
  http,
  parseEther,
  publicActions,
  zeroAddress,
  type Address,
  type Hash,
  type Hex,
} from 'viem'
import { retryableTicketId, type L2ToL1Message, type RetryableMessage } from '../../src/decode/bridges/arbitrum.js'
import { deployToken } from './contracts.js'
import { artifact, deploy, devWallet, type DevWallet } from './devnode.js'

const require = createRequire(import.meta.url)

export const ARB_RETRYABLE_TX: Address = '0x000000000000000000000000000000000000006E'
export const ARB_SYS: Address = '0x0000000000000000000000000000000000000064'
/** AbsInbox's documented L1 setting: 90% of Geth's 128 KB transaction size limit. */
const MAX_DATA_SIZE = 117_964n
const LIFETIME = 7n * 24n * 3600n

const nitro = (path: string) => artifact(`@arbitrum/nitro-contracts/build/contracts/${path}`)
const bridgeArtifact = () => nitro('src/bridge/Bridge.sol/Bridge.json')
const inboxArtifact = () => nitro('src/bridge/Inbox.sol/Inbox.json')
const outboxArtifact = () => nitro('src/bridge/Outbox.sol/Outbox.json')
const proxyArtifact = () =>
  nitro('@openzeppelin/contracts/proxy/transparent/TransparentUpgradeableProxy.sol/TransparentUpgradeableProxy.json')

const STAND_IN = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ArbRetryableTx} from "@arbitrum/nitro-contracts/src/precompiles/ArbRetryableTx.sol";

/// Test stand-in for ArbOS's retryable precompile: the package's interface, ArbOS's rules for the
/// views (a ticket past its timeout no longer exists), and play functions for what ArbOS does itself.
contract ArbRetryableTxStandIn is ArbRetryableTx {
    struct Ticket { uint256 timeout; address beneficiary; }
    uint256 private constant LIFETIME = 7 days;
    /// Immutable, so it survives anvil_setCode: only the test, playing ArbOS, may play.
    address private immutable arbos;
    mapping(bytes32 => Ticket) private tickets;

    constructor() { arbos = msg.sender; }

    function live(bytes32 ticketId) private view returns (Ticket storage ticket) {
        ticket = tickets[ticketId];
        if (ticket.timeout == 0 || ticket.timeout < block.timestamp) revert NoTicketWithID();
    }

    function redeem(bytes32 ticketId) external view returns (bytes32) {
        live(ticketId);
        revert("stand-in: only ArbOS can schedule a retry; the test plays redeems");
    }
    function getLifetime() external pure returns (uint256) { return LIFETIME; }
    function getTimeout(bytes32 ticketId) external view returns (uint256) { return live(ticketId).timeout; }
    function keepalive(bytes32 ticketId) external returns (uint256) {
        Ticket storage ticket = live(ticketId);
        require(ticket.timeout < block.timestamp + LIFETIME, "timeout too far into the future");
        ticket.timeout += LIFETIME;
        emit LifetimeExtended(ticketId, ticket.timeout);
        return ticket.timeout;
    }
    function getBeneficiary(bytes32 ticketId) external view returns (address) { return live(ticketId).beneficiary; }
    function cancel(bytes32 ticketId) external {
        require(msg.sender == live(ticketId).beneficiary, "only the beneficiary may cancel a retryable");
        delete tickets[ticketId];
        emit Canceled(ticketId);
    }
    function getCurrentRedeemer() external pure returns (address) { return address(0); }
    function submitRetryable(bytes32, uint256, uint256, uint256, uint256, uint64, uint256, address, address, address, bytes calldata) external pure {
        revert NotCallable();
    }

    /// ArbOS's submit-retryable transaction: the ticket is created and its auto-redeem scheduled;
    /// a redeem that succeeded deletes the ticket.
    function playSubmission(bytes32 ticketId, address beneficiary, bytes32 autoRedeemTx, uint64 gas, address feeRefund, bool redeemed) external {
        require(msg.sender == arbos);
        tickets[ticketId] = Ticket(block.timestamp + LIFETIME, beneficiary);
        emit TicketCreated(ticketId);
        if (autoRedeemTx != bytes32(0)) emit RedeemScheduled(ticketId, autoRedeemTx, 0, gas, feeRefund, 0, 0);
        if (redeemed) delete tickets[ticketId];
    }
}
`

const ARB_SYS_STAND_IN = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;
import {ArbSys} from "@arbitrum/nitro-contracts/src/precompiles/ArbSys.sol";

/// Test stand-in for ArbOS's ArbSys precompile: the package's interface; L2->L1 sends logged as ArbOS logs them.
contract ArbSysStandIn is ArbSys {
    /// Immutable, so it survives anvil_setCode: only the test, playing ArbOS, may set the L1 block.
    address private immutable arbos;
    uint256 private sends;
    uint256 private l1Block;

    constructor() { arbos = msg.sender; }

    function arbBlockNumber() external view returns (uint256) { return block.number; }
    function arbBlockHash(uint256 arbBlockNum) external view returns (bytes32) {
        if (arbBlockNum >= block.number || arbBlockNum + 256 < block.number) revert InvalidBlockNumber(arbBlockNum, block.number);
        return blockhash(arbBlockNum);
    }
    function arbChainID() external view returns (uint256) { return block.chainid; }
    function arbOSVersion() external pure returns (uint256) { return 55 + 32; }
    function getStorageGasAvailable() external pure returns (uint256) { return 0; }
    function isTopLevelCall() external view returns (bool) { return msg.sender == tx.origin; }
    function mapL1SenderContractAddressToL2Alias(address sender, address) external pure returns (address) {
        unchecked { return address(uint160(sender) + uint160(0x1111000000000000000000000000000000001111)); }
    }
    function wasMyCallersAddressAliased() external pure returns (bool) { return false; }
    function myCallersAddressWithoutAliasing() external view returns (address) { return msg.sender; }
    function withdrawEth(address destination) external payable returns (uint256) { return logSend(destination, ""); }
    function sendTxToL1(address destination, bytes calldata data) external payable returns (uint256) { return logSend(destination, data); }
    function sendMerkleTreeState() external pure returns (uint256, bytes32, bytes32[] memory) {
        revert("stand-in: the send tree's partials are not kept");
    }

    /// ArbOS's record of an L2->L1 send: the hash is the Outbox's calculateItemHash of the same fields.
    function logSend(address destination, bytes memory data) private returns (uint256 position) {
        position = sends++;
        uint256 hash = uint256(keccak256(abi.encodePacked(msg.sender, destination, block.number, l1Block, block.timestamp, msg.value, data)));
        emit L2ToL1Tx(msg.sender, destination, hash, position, block.number, l1Block, block.timestamp, msg.value, data);
        return position;
    }

    /// What ArbOS learns from the sequencer's messages: the L1 block number it is at.
    function playL1Block(uint256 number) external {
        require(msg.sender == arbos);
        l1Block = number;
    }
}
`

type Compiled = { abi: any[]; bytecode: Hex; runtime: Hex }

/** One stand-in contract compiled with npm solc against the package's interfaces (cached by source and versions). */
function standIn(source = STAND_IN, name = 'ArbRetryableTxStandIn'): Compiled {
  const solc = require('solc')
  const key = createHash('sha256')
    .update(source)
    .update(solc.version())
    .update(require('@arbitrum/nitro-contracts/package.json').version)
    .digest('hex')
    .slice(0, 16)
  const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'support-doctor')
  const cacheFile = join(cacheDir, `${name}-${key}.json`)
  try {
    return JSON.parse(readFileSync(cacheFile, 'utf8'))
  } catch {
    // not compiled yet
  }
  const input = {
    language: 'Solidity',
    sources: { 'StandIn.sol': { content: source } },
    settings: {
      optimizer: { enabled: true, runs: 200 },
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  }
  const findImports = (path: string) => {
    try {
      return { contents: readFileSync(require.resolve(path), 'utf8') }
    } catch {
      return { error: `not found: ${path}` }
    }
  }
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }))
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error')
  if (errors.length) throw new Error(`solc: ${JSON.stringify(errors)}`)
  const contract = output.contracts['StandIn.sol'][name]
  const compiled: Compiled = {
    abi: contract.abi,
    bytecode: `0x${contract.evm.bytecode.object}`,
    runtime: `0x${contract.evm.deployedBytecode.object}`,
  }
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(cacheFile, JSON.stringify(compiled))
  return compiled
}

type Node = { url: string; chainId: number; request: (method: string, params?: unknown[]) => Promise<any> }

/** An L2→L1 send as the L2 logged it (decoded with the package's ArbSys ABI), and where it was mined. */
export type Withdrawal = Omit<L2ToL1Message, 'hash' | 'logIndex'> & {
  l2Tx: Hash
  l2BlockHash: Hash
  /** As the L2ToL1Tx event gives it: a uint256, not the tool's hex. */
  hash: bigint
}

/** A ticket as the L1 logs gave it, and the id ArbOS would give it on the L2. */
export type Ticket = { l1Tx: Hash; ticketId: Hash; aliasedSender: Address; to: Address; data: Hex; value: bigint }

const mined = async (wallet: DevWallet, hash: Hash) => {
  const receipt = await wallet.waitForTransactionReceipt({ hash, pollingInterval: 20 })
  return receipt
}

export async function buildArbitrumWorld(l1: Node, l2: Node) {
  const owner = devWallet(l1.url, 0)
  const proxyAdmin = devWallet(l1.url, 9).account.address
  const user = devWallet(l1.url, 1)
  const l2Arbos = devWallet(l2.url, 0)
  const recipient = devWallet(l2.url, 5).account.address

  // L1: the real Bridge and Inbox behind proxies, wired by the "rollup owner" (here the rollup is the owner's EOA).
  const bridgeAbi = bridgeArtifact().abi
  const inboxAbi = inboxArtifact().abi
  const bridge = await deploy(owner, proxyArtifact(), [await deploy(owner, bridgeArtifact()), proxyAdmin, '0x'])
  const inbox = await deploy(owner, proxyArtifact(), [
    await deploy(owner, inboxArtifact(), [MAX_DATA_SIZE]),
    proxyAdmin,
    '0x',
  ])
  const call = async (wallet: DevWallet, address: Address, abi: any[], functionName: string, args: unknown[]) =>
    mined(wallet, await wallet.writeContract({ address, abi, functionName, args, chain: null }))
  await call(owner, bridge, bridgeAbi, 'initialize', [owner.account.address])
  await call(owner, bridge, bridgeAbi, 'setDelayedInbox', [inbox, true])
  await call(owner, inbox, inboxAbi, 'initialize', [bridge, zeroAddress])
  const outbox = await deploy(owner, proxyArtifact(), [await deploy(owner, outboxArtifact()), proxyAdmin, '0x'])
  await call(owner, outbox, outboxArtifact().abi, 'initialize', [bridge])
  await call(owner, bridge, bridgeAbi, 'setOutbox', [outbox, true])

  // L2: the precompile's stand-in at 0x…6E, and a token whose transfer fails (a ticket that cannot be redeemed yet).
  const compiled = standIn()
  const deployed = await deploy(l2Arbos, compiled)
  await l2.request('anvil_setCode', [ARB_RETRYABLE_TX, await l2.request('eth_getCode', [deployed, 'latest'])])
  const token = await deployToken(l2Arbos, { name: 'L2 Token', symbol: 'L2T', decimals: 18, supply: parseEther('1') })
  // L2: ArbSys's stand-in at 0x…64, for withdrawals.
  const arbSys = standIn(ARB_SYS_STAND_IN, 'ArbSysStandIn')
  await l2.request('anvil_setCode', [
    ARB_SYS,
    await l2.request('eth_getCode', [await deploy(l2Arbos, arbSys), 'latest']),
  ])

  // createRetryableTicket is payable: the value goes through writeContract's `value`.
  const callWithValue = async (value: bigint, args: unknown[]) =>
    mined(
      user,
      await user.writeContract({
        address: inbox,
        abi: inboxAbi,
        functionName: 'createRetryableTicket',
        args,
        value,
        chain: null,
      } as never),
    )

  /** What ArbOS reads from L1: the Bridge's and the Inbox's events, decoded with the package's own ABIs. */
  async function ticketFrom(l1Tx: Hash): Promise<Ticket> {
    const receipt = await user.getTransactionReceipt({ hash: l1Tx })
    let delivered: any = null
    let bytes: Hex | null = null
    for (const log of receipt.logs) {
      for (const abi of [bridgeAbi, inboxAbi]) {
        try {
          const event: any = decodeEventLog({ abi, topics: log.topics, data: log.data })
          if (event.eventName === 'MessageDelivered') delivered = event.args
          if (event.eventName === 'InboxMessageDelivered') bytes = event.args.data
        } catch {
          // another contract's or another event's log
        }
      }
    }
    if (!delivered || !bytes) throw new Error('no retryable in the L1 receipt')
    const b: Hex = bytes
    const word = (i: number) => BigInt(`0x${b.slice(2 + i * 64, 2 + i * 64 + 64)}`)
    const addressAt = (i: number): Address => `0x${b.slice(2 + i * 64 + 24, 2 + i * 64 + 64)}`
    const message: RetryableMessage = {
      to: addressAt(0),
      l2CallValue: word(1),
      depositValue: word(2),
      maxSubmissionCost: word(3),
      excessFeeRefundAddress: addressAt(4),
      callValueRefundAddress: addressAt(5),
      gasLimit: word(6),
      maxFeePerGas: word(7),
      data: `0x${b.slice(2 + 9 * 64)}`,
    }
    const ticketId = retryableTicketId(l2.chainId, {
      messageNumber: delivered.messageIndex,
      aliasedSender: delivered.sender.toLowerCase(),
      baseFeeL1: delivered.baseFeeL1,
      timestamp: delivered.timestamp,
      inbox: inbox.toLowerCase() as Address,
      message,
      logIndex: 0,
    })
    return {
      l1Tx,
      ticketId,
      aliasedSender: delivered.sender,
      to: message.to,
      data: message.data,
      value: message.l2CallValue,
    }
  }

  const standInAbi = compiled.abi
  /**
   * ArbOS's part for one ticket: the retry (the ticket's call, sent from the aliased L1 sender with
   * the ticket's gas limit), then the submission that creates the ticket and names that retry as its
   * auto-redeem. Returns the retry's hash and whether it succeeded.
   */
  async function playArbos(ticket: Ticket): Promise<{ retryTx: Hash; succeeded: boolean }> {
    await l2.request('anvil_impersonateAccount', [ticket.aliasedSender])
    await l2.request('anvil_setBalance', [ticket.aliasedSender, `0x${parseEther('10').toString(16)}`])
    const sender = createWalletClient({ account: ticket.aliasedSender, transport: http(l2.url) }).extend(publicActions)
    const retryTx = await sender.sendTransaction({
      to: ticket.to,
      value: ticket.value,
      data: ticket.data,
      gas: 300_000n,
      chain: null,
    })
    const retry = await mined(sender as unknown as DevWallet, retryTx)
    await l2.request('anvil_stopImpersonatingAccount', [ticket.aliasedSender])
    const succeeded = retry.status === 'success'
    await call(l2Arbos, ARB_RETRYABLE_TX, standInAbi, 'playSubmission', [
      ticket.ticketId,
      user.account.address,
      retryTx,
      300_000n,
      user.account.address,
      succeeded,
    ])
    return { retryTx, succeeded }
  }

  /** The ticket's beneficiary (the user, whose address is the same on L2) cancels it with the precompile's `cancel`. */
  async function cancelAsBeneficiary(ticket: Ticket) {
    const beneficiary = devWallet(l2.url, 1)
    return call(beneficiary, ARB_RETRYABLE_TX, standInAbi, 'cancel', [ticket.ticketId])
  }

  /** A ticket paying l2CallValue to an L2 address: its auto-redeem succeeds. */
  const valueTicket = async () => {
    const l2CallValue = parseEther('0.25')
    const data: Hex = '0x'
    return submitWithValue(recipient, l2CallValue, data)
  }
  /** A ticket whose call is a token transfer the aliased sender cannot pay: its auto-redeem fails. */
  const failingTicket = async () =>
    submitWithValue(
      token,
      0n,
      encodeFunctionData({
        abi: [
          {
            type: 'function',
            name: 'transfer',
            inputs: [
              { name: 'to', type: 'address' },
              { name: 'amount', type: 'uint256' },
            ],
            outputs: [{ type: 'bool' }],
            stateMutability: 'nonpayable',
          },
        ],
        functionName: 'transfer',
        args: [recipient, parseEther('1000')],
      }),
    )

  async function submitWithValue(to: Address, l2CallValue: bigint, data: Hex): Promise<Ticket> {
    const gasLimit = 300_000n
    const maxFeePerGas = 1_000_000_000n
    const baseFee = (await user.getBlock()).baseFeePerGas ?? 1n
    const maxSubmissionCost = (1400n + 6n * BigInt((data.length - 2) / 2)) * baseFee * 2n
    const value = maxSubmissionCost + l2CallValue + gasLimit * maxFeePerGas
    const receipt = await callWithValue(value, [
      to,
      l2CallValue,
      maxSubmissionCost,
      user.account.address,
      user.account.address,
      gasLimit,
      maxFeePerGas,
      data,
    ])
    if (receipt.status !== 'success') throw new Error('createRetryableTicket reverted')
    return ticketFrom(receipt.transactionHash)
  }

  /** An ETH deposit through the real Inbox's depositEth, from the user's own account. */
  async function ethDeposit(value: bigint) {
    const hash = await user.writeContract({
      address: inbox,
      abi: inboxAbi,
      functionName: 'depositEth',
      args: [],
      value,
      chain: null,
    } as never)
    const receipt = await mined(user, hash)
    if (receipt.status !== 'success') throw new Error('depositEth reverted')
    return hash
  }

  const l2User = devWallet(l2.url, 1)
  const outboxAbi = outboxArtifact().abi
  /**
   * The user's withdrawal on the L2 through ArbSys: `withdrawEth(destination)`, or `sendTxToL1` when
   * it carries data (a gateway's call). ArbOS is first told L1's current block, as the sequencer's
   * messages tell it. Returns the send as the L2ToL1Tx log says it. `sender`: another L2 dev account
   * than the user's (index 1), for a send the user did not make.
   */
  async function withdraw({
    value,
    destination,
    data,
    sender,
  }: {
    value: bigint
    destination: Address
    data?: Hex
    sender?: number
  }) {
    await call(l2Arbos, ARB_SYS, arbSys.abi, 'playL1Block', [BigInt(await l1.request('eth_blockNumber', []))])
    const from = sender === undefined ? l2User : devWallet(l2.url, sender)
    const hash = await from.writeContract({
      address: ARB_SYS,
      abi: arbSys.abi,
      functionName: data ? 'sendTxToL1' : 'withdrawEth',
      args: data ? [destination, data] : [destination],
      value,
      chain: null,
    } as never)
    const receipt = await mined(from, hash)
    if (receipt.status !== 'success') throw new Error('the withdrawal reverted')
    for (const log of receipt.logs) {
      try {
        const event: any = decodeEventLog({ abi: arbSys.abi, topics: log.topics, data: log.data })
        if (event.eventName === 'L2ToL1Tx') {
          return { l2Tx: hash, l2BlockHash: receipt.blockHash, ...event.args } as Withdrawal
        }
      } catch {
        // not ArbSys's
      }
    }
    throw new Error('no L2ToL1Tx in the withdrawal receipt')
  }

  const outboxRead = (functionName: string, args: unknown[]) =>
    owner.readContract({ address: outbox, abi: outboxAbi, functionName, args }) as Promise<any>
  const outboxArgs = (w: Withdrawal) => [
    w.caller,
    w.destination,
    w.arbBlockNum,
    w.ethBlockNum,
    w.timestamp,
    w.callvalue,
    w.data,
  ]

  /**
   * The rollup's part: it confirms the assertion whose L2 block is the send's own, with the real
   * root of the send tree at that point. For the first send (position 0) the tree is that one leaf:
   * its root is the Outbox's own `calculateMerkleRoot([], 0, calculateItemHash(send))`, with an empty proof.
   */
  async function confirmSendRoot(w: Withdrawal) {
    if (w.position !== 0n) throw new Error('the played rollup confirms a tree of the first send only')
    const item = (await outboxRead('calculateItemHash', outboxArgs(w))) as Hash
    const root = (await outboxRead('calculateMerkleRoot', [[], 0n, item])) as Hash
    await call(owner, outbox, outboxAbi, 'updateSendRoot', [root, w.l2BlockHash])
    return { root, proof: [] as Hash[] }
  }

  /** The user claims the withdrawal on L1 with the real `Outbox.executeTransaction`. */
  async function executeWithdrawal(w: Withdrawal, proof: Hash[]) {
    const receipt = await call(user, outbox, outboxAbi, 'executeTransaction', [proof, w.position, ...outboxArgs(w)])
    if (receipt.status !== 'success') throw new Error('executeTransaction reverted')
    return receipt
  }

  return {
    routes: { arbitrum: [{ l1ChainId: l1.chainId, l2ChainId: l2.chainId, inbox, bridge, outbox }] },
    outbox,
    withdraw,
    confirmSendRoot,
    executeWithdrawal,
    inbox,
    bridge,
    recipient,
    lifetime: LIFETIME,
    user: user.account.address,
    valueTicket,
    failingTicket,
    /** Any ticket the user submits with the real Inbox: `to`, its L2 call value and its call. */
    submitTicket: submitWithValue,
    ethDeposit,
    playArbos,
    cancelAsBeneficiary,
  }
}

export type ArbitrumWorld = Awaited<ReturnType<typeof buildArbitrumWorld>>
