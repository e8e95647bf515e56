import type { GuideId } from '../findings/guide-ids.js'
import type { Localized, Tree, TreeNode } from './tree-types.js'

/**
 * The support conversation, as data. The questions are the ones support desks open every ticket
 * with (which wallet and version, which network, the transaction hash, what was already tried);
 * each branch asks only those its check needs. A new branch is an edit here: `treeProblems`
 * (validate-tree.ts) refuses a tree with an unreachable node, a dead end or a missing language.
 */

/**
 * Wallet and version in one answer ("MetaMask 12.3"): the two facts every wallet's support asks
 * first, typed the way people say them, and matched to the official help centre by name.
 */
const walletStep = (prefix: string, next: string): TreeNode => ({
  kind: 'text',
  id: `${prefix}.wallet`,
  question: {
    en: 'Which wallet or app, and its version? (Enter to skip)',
    ja: 'ウォレットまたはアプリの名前とバージョンは?(Enter でとばす)',
  },
  hint: {
    en: 'For example "MetaMask 12.3" or "Trust Wallet 8.20". The version is under Settings → About.',
    ja: '例: 「MetaMask 12.3」「Trust Wallet 8.20」。バージョンは 設定 → 概要 にあります。',
  },
  answer: 'wallet',
  textKind: 'short-text',
  optional: true,
  next,
})

const networkStep = (id: string, next: string): TreeNode => ({
  kind: 'network',
  id,
  question: {
    en: 'On which network? (If you are not sure, every network is searched.)',
    ja: 'どのネットワークですか?(わからなければ、すべてのネットワークを調べます)',
  },
  next,
})

type TextNode = Extract<TreeNode, { kind: 'text' }>

const hashStep = (id: string, next: string, changes: Partial<TextNode> = {}): TextNode => ({
  kind: 'text',
  id,
  question: { en: 'The transaction hash (TxID):', ja: 'トランザクションハッシュ(TxID):' },
  hint: {
    en: 'In your wallet\'s activity, open the transaction and copy its hash (or "view on block explorer"): 0x and 64 characters.',
    ja: 'ウォレットのアクティビティでトランザクションを開き、ハッシュをコピーします(または「ブロックエクスプローラーで表示」)。0x と 64 文字です。',
  },
  answer: 'hash',
  textKind: 'hash',
  optional: false,
  next,
  ...changes,
})

const addressStep = (id: string, next: string, question?: Localized): TreeNode => ({
  kind: 'text',
  id,
  question: question ?? {
    en: 'Your wallet address (public, starts with 0x):',
    ja: 'あなたのウォレットアドレス(公開アドレス、0x で始まる):',
  },
  hint: {
    en: 'This is your public address, never your recovery phrase or private key.',
    ja: '公開アドレスです。リカバリーフレーズや秘密鍵ではありません。',
  },
  answer: 'address',
  textKind: 'address',
  optional: false,
  next,
})

const triedStep = (id: string, next: string): TreeNode => ({
  kind: 'text',
  id,
  question: { en: 'What have you already tried? (Enter to skip)', ja: 'すでに試したことは?(Enter でとばす)' },
  answer: 'tried',
  textKind: 'long-text',
  optional: true,
  next,
})

const check = (id: string, kind: 'tx' | 'address' | 'security', guide: GuideId): TreeNode => ({
  kind: 'check',
  id,
  check: kind,
  guide,
})

/** The branch most problems take: wallet, network, hash, what was tried, then `tx`. */
function txBranch(prefix: string, guide: GuideId): TreeNode[] {
  return [
    walletStep(prefix, `${prefix}.network`),
    networkStep(`${prefix}.network`, `${prefix}.hash`),
    hashStep(`${prefix}.hash`, `${prefix}.tried`),
    triedStep(`${prefix}.tried`, `${prefix}.check`),
    check(`${prefix}.check`, 'tx', guide),
  ]
}

export const supportTree: Tree = {
  root: 'problem',
  nodes: [
    {
      kind: 'choice',
      id: 'problem',
      question: { en: 'What is the problem?', ja: 'どんな問題ですか?' },
      choices: [
        {
          label: { en: 'A transaction is stuck or pending', ja: 'トランザクションが保留中のまま進まない' },
          next: 'stuck.wallet',
          fact: {
            en: 'A transaction is stuck or pending.',
            ja: 'トランザクションが保留中のまま進まない。',
          },
        },
        {
          label: { en: 'Tokens are missing or not showing', ja: 'トークンが見当たらない・表示されない' },
          next: 'tokens.wallet',
          fact: {
            en: 'Tokens are missing or not showing.',
            ja: 'トークンが見当たらない・表示されない。',
          },
        },
        {
          label: { en: 'A swap failed', ja: 'スワップが失敗した' },
          next: 'swap.wallet',
          fact: { en: 'A swap failed.', ja: 'スワップが失敗した。' },
        },
        {
          label: { en: 'I sent to the wrong network or address', ja: '違うネットワーク・違うアドレスに送ってしまった' },
          next: 'wrong.kind',
        },
        {
          label: {
            en: 'An exchange deposit or withdrawal has not arrived',
            ja: '取引所への入金・取引所からの出金が届かない',
          },
          next: 'exchange.direction',
        },
        {
          label: {
            en: 'I think my wallet was drained or hacked',
            ja: 'ウォレットが空になった・乗っ取られたかもしれない',
          },
          next: 'drained.wallet',
          fact: {
            en: 'Problem: the wallet may have been drained or hacked.',
            ja: '問題: ウォレットが空になった、または乗っ取られたかもしれない。',
          },
        },
        {
          label: {
            en: 'Someone asks for my seed phrase, or I think I was scammed',
            ja: 'シードフレーズを求められた・詐欺にあったかもしれない',
          },
          next: 'scam.kind',
        },
        {
          label: { en: 'I only have an error message', ja: 'エラーメッセージしかない' },
          next: 'error.wallet',
          fact: { en: 'Problem: an error message.', ja: '問題: エラーメッセージ。' },
        },
        {
          label: {
            en: 'I bridged to another network and nothing arrived',
            ja: '別のネットワークにブリッジしたのに届かない',
          },
          next: 'bridge.wallet',
          fact: {
            en: 'Problem: a bridge transfer to another network has not arrived.',
            ja: '問題: 別のネットワークへのブリッジ送金が届かない。',
          },
        },
        {
          label: { en: 'Something else', ja: 'その他' },
          next: 'other.describe',
          fact: { en: 'Something else.', ja: 'その他。' },
        },
      ],
    },

    // An error message and nothing else: explained as `explain` does; a hash or address in it is looked up.
    walletStep('error', 'error.text'),
    {
      kind: 'text',
      id: 'error.text',
      question: { en: 'Paste the error message:', ja: 'エラーメッセージを貼り付けてください:' },
      hint: {
        en: 'Copy the whole message the wallet or app showed (a screenshot cannot be read here). Never paste your recovery phrase or key.',
        ja: 'ウォレットやアプリが表示したメッセージ全体をコピーしてください(スクリーンショットは読めません)。リカバリーフレーズや秘密鍵は貼り付けないでください。',
      },
      answer: 'errorText',
      textKind: 'error-text',
      optional: false,
      next: 'error.check',
    },
    { kind: 'check', id: 'error.check', check: 'explain', guide: 'error-messages' },

    ...txBranch('stuck', 'stuck-transactions'),
    ...txBranch('swap', 'failed-swaps'),

    // Bridges: the source transaction is where the transfer is recognised; `tx` follows it to the destination.
    walletStep('bridge', 'bridge.network'),
    networkStep('bridge.network', 'bridge.hash'),
    hashStep('bridge.hash', 'bridge.tried', {
      question: {
        en: 'The hash of the transaction you sent on the network you bridged FROM:',
        ja: 'ブリッジ元のネットワークで送ったトランザクションのハッシュ:',
      },
    }),
    triedStep('bridge.tried', 'bridge.check'),
    check('bridge.check', 'tx', 'bridges'),

    // Missing tokens: a hash settles it; without one, the address and token are searched everywhere.
    walletStep('tokens', 'tokens.network'),
    networkStep('tokens.network', 'tokens.hash'),
    hashStep('tokens.hash', 'tokens.tried', {
      question: {
        en: 'The hash of the transaction that sent the tokens — for a bridge, the one on the network you bridged from (Enter if you do not have it):',
        ja: 'トークンを送ったトランザクションのハッシュ。ブリッジの場合はブリッジ元のネットワークのもの(なければ Enter):',
      },
      optional: true,
      skipTo: 'tokens.address',
    }),
    triedStep('tokens.tried', 'tokens.check-tx'),
    check('tokens.check-tx', 'tx', 'missing-tokens'),
    addressStep('tokens.address', 'tokens.token'),
    {
      kind: 'text',
      id: 'tokens.token',
      question: {
        en: "The token's contract address, if you know it (Enter to skip):",
        ja: 'わかればトークンのコントラクトアドレス(Enter でとばす):',
      },
      hint: {
        en: "Copy it from the token's page on the block explorer, not from a message someone sent you.",
        ja: 'ブロックエクスプローラーのトークンのページからコピーしてください。誰かから送られたメッセージからはコピーしないでください。',
      },
      answer: 'token',
      textKind: 'address',
      optional: true,
      next: 'tokens.tried-address',
    },
    triedStep('tokens.tried-address', 'tokens.check-address'),
    check('tokens.check-address', 'address', 'missing-tokens'),

    {
      kind: 'choice',
      id: 'wrong.kind',
      question: { en: 'What happened?', ja: '何が起きましたか?' },
      choices: [
        {
          label: { en: 'I sent on the wrong network', ja: '違うネットワークで送った' },
          next: 'wrong.wallet',
          fact: { en: 'Sent on the wrong network.', ja: '違うネットワークで送った。' },
        },
        {
          label: { en: 'I sent to the wrong address', ja: '違うアドレスに送った' },
          next: 'wrong.wallet',
          fact: { en: 'Sent to the wrong address.', ja: '違うアドレスに送った。' },
        },
      ],
    },
    ...txBranch('wrong', 'wrong-network'),

    // Exchanges: the memo and the network decide most deposit tickets; only the exchange sees its books.
    {
      kind: 'choice',
      id: 'exchange.direction',
      question: { en: 'Which one?', ja: 'どちらですか?' },
      choices: [
        {
          label: { en: 'A deposit to an exchange', ja: '取引所への入金' },
          next: 'exchange.memo',
          fact: {
            en: 'A deposit to an exchange has not arrived.',
            ja: '取引所への入金が反映されない。',
          },
        },
        {
          label: { en: 'A withdrawal from an exchange', ja: '取引所からの出金' },
          next: 'exchange.which',
          fact: {
            en: 'A withdrawal from an exchange has not arrived.',
            ja: '取引所からの出金が届かない。',
          },
        },
        {
          label: {
            en: 'I moved it myself through a bridge to another network',
            ja: '自分でブリッジを使って別のネットワークに移した',
          },
          next: 'bridge.wallet',
          fact: {
            en: 'Problem: a bridge transfer to another network has not arrived.',
            ja: '問題: 別のネットワークへのブリッジ送金が届かない。',
          },
        },
      ],
    },
    {
      kind: 'choice',
      id: 'exchange.memo',
      question: {
        en: 'Did the deposit page ask for a memo or tag, and did you include it?',
        ja: '入金ページでメモやタグを求められましたか?また、入力しましたか?',
      },
      choices: [
        {
          label: { en: 'It asked, and I included it', ja: '求められ、入力した' },
          next: 'exchange.which',
          fact: { en: 'Memo/tag: required and included.', ja: 'メモ・タグ: 必要、入力済み。' },
        },
        {
          label: { en: 'It asked, but I did not include it', ja: '求められたが、入力しなかった' },
          next: 'exchange.which',
          fact: { en: 'Memo/tag: required but NOT included.', ja: 'メモ・タグ: 必要だが入力していない。' },
        },
        {
          label: { en: 'No memo or tag was needed', ja: 'メモやタグは不要だった' },
          next: 'exchange.which',
          fact: { en: 'Memo/tag: not needed.', ja: 'メモ・タグ: 不要。' },
        },
        {
          label: { en: 'I am not sure', ja: 'わからない' },
          next: 'exchange.which',
          fact: { en: 'Memo/tag: not sure.', ja: 'メモ・タグ: 不明。' },
        },
      ],
    },
    {
      kind: 'text',
      id: 'exchange.which',
      question: { en: 'Which exchange? (Enter to skip)', ja: 'どの取引所ですか?(Enter でとばす)' },
      hint: { en: 'For example Binance, Coinbase or Kraken.', ja: '例: Binance、Coinbase、Kraken。' },
      answer: 'wallet',
      textKind: 'short-text',
      optional: true,
      next: 'exchange.hash',
    },
    hashStep('exchange.hash', 'exchange.network', {
      question: {
        en: 'The transaction hash (TxID), if there is one (Enter if not):',
        ja: 'トランザクションハッシュ(TxID)があれば入力(なければ Enter):',
      },
      optional: true,
      skipTo: 'exchange.no-hash',
    }),
    networkStep('exchange.network', 'exchange.tried'),
    triedStep('exchange.tried', 'exchange.check'),
    check('exchange.check', 'tx', 'exchange-deposits'),
    {
      kind: 'guide',
      id: 'exchange.no-hash',
      guide: 'exchange-deposits',
      message: {
        en: "Without a TxID there is nothing on chain to look at yet. For a withdrawal, the exchange has not sent it: only its support can say why. For a deposit, find the TxID in your wallet's activity and run support-doctor again.",
        ja: 'TxID がなければ、チェーン上で調べられるものはまだありません。出金なら、取引所はまだ送っていません。理由がわかるのは取引所のサポートだけです。入金なら、ウォレットのアクティビティで TxID を探して、もう一度 support-doctor を実行してください。',
      },
    },

    // Scams: the first answer is always the same, and it comes before any question.
    {
      kind: 'choice',
      id: 'scam.kind',
      question: { en: 'Which is closest?', ja: 'どれが近いですか?' },
      choices: [
        {
          label: {
            en: 'Someone asks for my seed phrase or private key',
            ja: '誰かにシードフレーズや秘密鍵を求められている',
          },
          next: 'scam.asked',
        },
        {
          label: {
            en: 'I gave it away, or funds left my wallet without me',
            ja: '教えてしまった、または身に覚えのない送金で資産が減った',
          },
          next: 'scam.address',
          fact: {
            en: 'The user may have been scammed (recovery phrase shared, or funds left without their action).',
            ja: '詐欺の可能性(リカバリーフレーズを教えた、または身に覚えのない送金)。',
          },
        },
      ],
    },
    {
      kind: 'guide',
      id: 'scam.asked',
      guide: 'staying-safe',
      message: {
        en: 'Do not give it. Whoever asks for a seed phrase or private key is trying to steal your funds: no real wallet, exchange or support agent ever asks for it. Stop talking to them and keep the phrase offline.',
        ja: '教えないでください。シードフレーズや秘密鍵を求める相手は、あなたの資産を盗もうとしています。本物のウォレット、取引所、サポート担当者が求めることは決してありません。やり取りをやめ、フレーズはオフラインで保管してください。',
      },
    },
    addressStep('scam.address', 'scam.tried', {
      en: 'The address of the wallet that was affected (public, starts with 0x):',
      ja: '被害にあったウォレットのアドレス(公開アドレス、0x で始まる):',
    }),
    triedStep('scam.tried', 'scam.check'),
    check('scam.check', 'security', 'wallet-drained'),

    // Drained or hacked: who can move the funds and who did (`security`), on one network or all.
    walletStep('drained', 'drained.network'),
    networkStep('drained.network', 'drained.address'),
    addressStep('drained.address', 'drained.tried', {
      en: 'The address of the wallet that was emptied (public, starts with 0x):',
      ja: '空になったウォレットのアドレス(公開アドレス、0x で始まる):',
    }),
    triedStep('drained.tried', 'drained.check'),
    check('drained.check', 'security', 'wallet-drained'),

    {
      kind: 'text',
      id: 'other.describe',
      question: { en: 'In a sentence or two, what happened?', ja: '何が起きたか、一言二言で教えてください:' },
      answer: 'note',
      textKind: 'long-text',
      optional: true,
      next: 'other.have',
    },
    {
      kind: 'choice',
      id: 'other.have',
      question: { en: 'What can you give me to look at?', ja: '調べる手がかりはどれですか?' },
      choices: [
        { label: { en: 'A transaction hash', ja: 'トランザクションハッシュ' }, next: 'other.wallet' },
        { label: { en: 'My wallet address', ja: '自分のウォレットアドレス' }, next: 'other.address' },
        { label: { en: 'Neither', ja: 'どちらもない' }, next: 'other.guide' },
      ],
    },
    ...txBranch('other', 'support-request'),
    addressStep('other.address', 'other.address-tried'),
    triedStep('other.address-tried', 'other.check-address'),
    check('other.check-address', 'address', 'support-request'),
    {
      kind: 'guide',
      id: 'other.guide',
      guide: 'support-request',
      message: {
        en: "Without a hash or an address there is nothing on chain to read. Here is what your wallet's or exchange's support will need from you.",
        ja: 'ハッシュもアドレスもなければ、チェーン上で読めるものはありません。ウォレットや取引所のサポートが必要とする情報は次のとおりです。',
      },
    },
  ],
}
