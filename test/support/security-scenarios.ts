/**
 * Every scenario of "my wallet was drained", played on one node: each victim is its own account,
 * the thief uses nothing but the contracts' own functions and the victims' signatures. Returns the
 * hashes the tests expect the report to name.
 */
import { parseEther, parseSignature, type Address, type Hash } from 'viem'
import { ROLE, OPENSEA_CONDUIT, UNIVERSAL_ROUTER, ROUTER02, type SecurityWorld } from './security-world.js'

/** A lookalike: the same first and last four hex characters, every other one changed. */
export function lookalikeOf(address: Address): Address {
  const hex = address.toLowerCase().slice(2)
  const middle = [...hex.slice(4, -4)].map((c) => ((parseInt(c, 16) + 1) % 16).toString(16)).join('')
  return `0x${hex.slice(0, 4)}${middle}${hex.slice(-4)}`
}

const FAR = 2n ** 40n

export async function playScenarios(w: SecurityWorld) {
  const { call, token, unit, thief, compiled } = w
  const erc20 = compiled.PermitToken.abi
  const thiefAddress = w.address('thief')
  const drainer = await w.deployAs(thief, compiled.Drainer)
  const hashOf = (receipt: { transactionHash: Hash }) => receipt.transactionHash

  // 1. An unlimited approval to a phishing site's contract, then everything taken with it.
  const approvalVictim = w.wallet('approvalVictim')
  await w.give(w.address('approvalVictim'), '1000')
  const approveDrainer = hashOf(await call(approvalVictim, token, erc20, 'approve', [drainer, w.maxUint256]))
  const approvalDrain = hashOf(
    await call(thief, drainer, compiled.Drainer.abi, 'takeTokens', [token, w.address('approvalVictim'), unit('1000')]),
  )

  // 2. An EIP-2612 permit signed on a phishing page; the thief submits it and takes the tokens.
  const permitVictim = w.wallet('permitVictim')
  await w.give(w.address('permitVictim'), '500')
  const permitSignature = await permitVictim.signTypedData({
    domain: { name: 'Sec USD', version: '1', chainId: 1, verifyingContract: token },
    types: {
      Permit: [
        { name: 'owner', type: 'address' },
        { name: 'spender', type: 'address' },
        { name: 'value', type: 'uint256' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
    },
    primaryType: 'Permit',
    message: {
      owner: permitVictim.account.address,
      spender: thief.account.address,
      value: unit('500'),
      nonce: 0n,
      deadline: FAR,
    },
  })
  const { v, r, s } = parseSignature(permitSignature)
  const permitUsed = hashOf(
    await call(thief, token, erc20, 'permit', [
      permitVictim.account.address,
      thiefAddress,
      unit('500'),
      FAR,
      Number(v),
      r,
      s,
    ]),
  )
  const permitDrain = hashOf(
    await call(thief, token, erc20, 'transferFrom', [permitVictim.account.address, thiefAddress, unit('500')]),
  )

  // 3. A Permit2 SignatureTransfer signature: the token was approved to Permit2 (normal), the
  //    signature named the thief as spender, and the thief called Permit2 with it.
  const permit2Victim = w.wallet('permit2Victim')
  await w.give(w.address('permit2Victim'), '300')
  await call(permit2Victim, token, erc20, 'approve', [w.permit2.address, w.maxUint256])
  const permit = { permitted: { token, amount: unit('300') }, nonce: 7n, deadline: FAR }
  const permit2Signature = await permit2Victim.signTypedData({
    domain: { name: 'Permit2', chainId: 1, verifyingContract: w.permit2.domainAddress },
    types: {
      PermitTransferFrom: [
        { name: 'permitted', type: 'TokenPermissions' },
        { name: 'spender', type: 'address' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
      TokenPermissions: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint256' },
      ],
    },
    primaryType: 'PermitTransferFrom',
    message: { ...permit, spender: thief.account.address },
  })
  const permit2Drain = hashOf(
    await thief
      .writeContract({
        address: w.permit2.address,
        abi: w.permit2.abi,
        functionName: 'permitTransferFrom',
        args: [
          permit,
          { to: thiefAddress, requestedAmount: unit('300') },
          permit2Victim.account.address,
          permit2Signature,
        ],
        chain: null,
      })
      .then(w.mined),
  )

  // 3b. The same signature, but naming the thief's contract as spender, which calls Permit2:
  //     no Permit2 event, the transaction goes to the thief's contract, the Transfer comes from the token.
  const permit2Drainer = await w.deployAs(thief, compiled.Permit2Drainer, [w.permit2.address])
  const viaContractVictim = w.wallet('permit2ContractVictim')
  await w.give(w.address('permit2ContractVictim'), '400')
  await call(viaContractVictim, token, erc20, 'approve', [w.permit2.address, w.maxUint256])
  const claim = { permitted: { token, amount: unit('400') }, nonce: 1234567n, deadline: FAR }
  const claimSignature = await viaContractVictim.signTypedData({
    domain: { name: 'Permit2', chainId: 1, verifyingContract: w.permit2.domainAddress },
    types: {
      PermitTransferFrom: [
        { name: 'permitted', type: 'TokenPermissions' },
        { name: 'spender', type: 'address' },
        { name: 'nonce', type: 'uint256' },
        { name: 'deadline', type: 'uint256' },
      ],
      TokenPermissions: [
        { name: 'token', type: 'address' },
        { name: 'amount', type: 'uint256' },
      ],
    },
    primaryType: 'PermitTransferFrom',
    message: { ...claim, spender: permit2Drainer },
  })
  const permit2ContractDrain = hashOf(
    await call(thief, permit2Drainer, compiled.Permit2Drainer.abi, 'claim', [
      claim,
      w.address('permit2ContractVictim'),
      claimSignature,
    ]),
  )

  // 4. "Approve all" on a fake mint page: the whole NFT collection and the ERC-1155 items taken.
  const nftVictim = w.wallet('nftVictim')
  const nftOwner = w.address('nftVictim')
  for (const id of [1n, 2n, 3n])
    await call(w.wallet('funder'), w.collectible, compiled.Collectible.abi, 'mint', [nftOwner, id])
  await call(w.wallet('funder'), w.multi, compiled.MultiToken.abi, 'mint', [nftOwner, 7n, 10n])
  const approveAllCollectible = hashOf(
    await call(nftVictim, w.collectible, compiled.Collectible.abi, 'setApprovalForAll', [drainer, true]),
  )
  await call(nftVictim, w.multi, compiled.MultiToken.abi, 'setApprovalForAll', [drainer, true])
  const nftDrain = hashOf(
    await call(thief, drainer, compiled.Drainer.abi, 'takeCollection', [w.collectible, nftOwner, [1n, 2n, 3n]]),
  )
  const multiDrain = hashOf(
    await call(thief, drainer, compiled.Drainer.abi, 'takeMulti', [w.multi, nftOwner, [7n], [10n]]),
  )

  // 5. An EIP-7702 delegation to a forwarding contract, signed by the victim, sent (sponsored) by the thief.
  const delegatedVictim = w.wallet('delegatedVictim')
  const delegate = await w.deployAs(thief, compiled.ForwardingDelegate, [thiefAddress])
  const authorization = await delegatedVictim.signAuthorization({ contractAddress: delegate, chainId: 1 })
  const delegation = await thief
    .sendTransaction({
      authorizationList: [authorization],
      to: delegatedVictim.account.address,
      data: '0x',
      chain: null,
    })
    .then(w.mined)
  await w.give(w.address('delegatedVictim'), '200')
  const forwarded = hashOf(
    await call(thief, w.address('delegatedVictim'), compiled.ForwardingDelegate.abi, 'sweep', [token]),
  )
  // Coin sent to it is passed on by the delegate's receive() inside the same transaction: no log,
  // and the balance and nonce are the same before and after the block.
  const ethForwarded = hashOf(
    await w
      .wallet('funder')
      .sendTransaction({ to: w.address('delegatedVictim'), value: parseEther('2'), chain: null })
      .then(w.mined),
  )

  // 6. A leaked key: each deposit is swept by the victim's own key within a block.
  const leaked = w.wallet('leakedKeyVictim')
  const sweeps: Hash[] = []
  for (const amount of ['100', '40']) {
    await w.give(w.address('leakedKeyVictim'), amount)
    sweeps.push(hashOf(await call(leaked, token, erc20, 'transfer', [thiefAddress, unit(amount)])))
  }

  // 6b. A leaked key sweeping native coin: each ETH deposit leaves in the next block, signed by the owner's key.
  const nativeLeaked = w.wallet('nativeSweptVictim')
  const nativeDeposits: Hash[] = []
  const nativeSweeps: Hash[] = []
  for (const amount of ['1', '0.5']) {
    const deposit = await w
      .wallet('funder')
      .sendTransaction({ to: w.address('nativeSweptVictim'), value: parseEther(amount), chain: null })
      .then(w.mined)
    nativeDeposits.push(hashOf(deposit))
    const sweep = await nativeLeaked
      .sendTransaction({ to: thiefAddress, value: parseEther(amount), chain: null })
      .then(w.mined)
    nativeSweeps.push(hashOf(sweep))
  }

  // 7. Address poisoning: a real payment to an exchange, then a zero transfer "from" its lookalike.
  const poisoned = w.wallet('poisonedVictim')
  await w.give(w.address('poisonedVictim'), '1000')
  await call(poisoned, token, erc20, 'transfer', [w.address('exchange'), unit('100')])
  const exchangeLookalike = lookalikeOf(w.address('exchange'))
  const dust = hashOf(
    await call(thief, token, erc20, 'transferFrom', [exchangeLookalike, w.address('poisonedVictim'), 0n]),
  )

  // 8. The same trap, the classic fake outgoing zero transfer, and then a payment to the lookalike.
  const payer = w.wallet('poisonedPayer')
  await w.give(w.address('poisonedPayer'), '1000')
  await call(payer, token, erc20, 'transfer', [w.address('friend'), unit('25')])
  const friendLookalike = lookalikeOf(w.address('friend'))
  const fakeOut = hashOf(
    await call(thief, token, erc20, 'transferFrom', [w.address('poisonedPayer'), friendLookalike, 0n]),
  )
  const paidLookalike = hashOf(await call(payer, token, erc20, 'transfer', [friendLookalike, unit('50')]))

  // 8b. Poisoning paid in native coin: a real ETH payment to the exchange, the lookalike's zero
  //     transfer, then ETH sent to the lookalike.
  const nativePoisoned = w.wallet('nativePoisoned')
  await nativePoisoned.sendTransaction({ to: w.address('exchange'), value: parseEther('1'), chain: null }).then(w.mined)
  const nativeDust = hashOf(
    await call(thief, token, erc20, 'transferFrom', [exchangeLookalike, w.address('nativePoisoned'), 0n]),
  )
  const paidLookalikeNative = hashOf(
    await nativePoisoned
      .sendTransaction({ to: exchangeLookalike, value: parseEther('0.5'), chain: null })
      .then(w.mined),
  )

  // 9. Emptied in one go by a transaction signed with the owner's own key: nothing else to say.
  await w.give(w.address('emptiedByKey'), '750')
  const emptied = hashOf(await call(w.wallet('emptiedByKey'), token, erc20, 'transfer', [thiefAddress, unit('750')]))

  // 10. A healthy, busy wallet: approvals to known routers, a swap, Permit2, an NFT marketplace.
  const busy = w.wallet('busy')
  const busyAddress = w.address('busy')
  await w.give(busyAddress, '5000')
  await call(busy, token, erc20, 'approve', [ROUTER02, w.maxUint256])
  await call(busy, ROUTER02, w.routerAbi, 'swapExactTokensForETH', [unit('100'), 0n, [token, w.weth], busyAddress, FAR])
  await call(busy, token, erc20, 'approve', [w.permit2.address, w.maxUint256])
  const now = (await busy.getBlock()).timestamp
  await call(busy, w.permit2.address, w.permit2.abi, 'approve', [
    token,
    UNIVERSAL_ROUTER,
    unit('1000'),
    Number(now) + 30 * 86_400,
  ])
  await call(w.wallet('funder'), w.collectible, compiled.Collectible.abi, 'mint', [busyAddress, 10n])
  await call(busy, w.collectible, compiled.Collectible.abi, 'setApprovalForAll', [OPENSEA_CONDUIT, true])
  // One NFT approved on its own (approve(spender, tokenId), the four-topic Approval) to a contract.
  await call(w.wallet('funder'), w.collectible, compiled.Collectible.abi, 'mint', [busyAddress, 11n])
  await call(busy, w.collectible, compiled.Collectible.abi, 'approve', [w.multi, 11n])
  await call(busy, token, erc20, 'approve', [w.multi, unit('50')])
  await call(busy, token, erc20, 'transfer', [w.address('friend'), unit('10')])
  await busy.sendTransaction({ to: w.address('friend'), value: parseEther('1'), chain: null }).then(w.mined)

  return {
    drainer,
    delegate,
    approveDrainer,
    approvalDrain,
    permitUsed,
    permitDrain,
    permit2Drain,
    permit2Drainer,
    permit2ContractDrain,
    approveAllCollectible,
    nftDrain,
    multiDrain,
    delegation: delegation.transactionHash,
    forwarded,
    ethForwarded,
    sweeps,
    nativeDeposits,
    nativeSweeps,
    nativeDust,
    paidLookalikeNative,
    exchangeLookalike,
    dust,
    friendLookalike,
    fakeOut,
    paidLookalike,
    emptied,
    roles: ROLE,
  }
}
