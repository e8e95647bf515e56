import type { FindingTexts } from './finding-texts.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]}〜${nonces.at(-1)}(${count}件)` : nonces.join('、')

export const findingsJa: FindingTexts = {
  'tx.confirmed': (d) => ({
    title: '承認済み',
    detail: `ブロック ${d.blockNumber}${d.minedAt ? `(${d.minedAt})` : ''}に取り込まれ、成功しています。現在の承認数は ${d.confirmations} です。`,
    steps: [
      'トランザクションは成功しています。ウォレットや取引所にまだ表示されない場合は、必要な承認数に達するまで待ってから更新してください。',
      'このトランザクションで受け取ったトークンが見えない場合は、同じネットワークでウォレットにトークンを追加(インポート)してください。',
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'チェーン上で失敗(リバート)',
    detail: `ブロック ${d.blockNumber} に取り込まれましたが、コントラクトが処理を拒否しました。ガス ${d.gasLimit} のうち ${d.gasUsed} が使われ、手数料は支払われています。トークンは移動していません。`,
    steps: [
      '同じトランザクションをそのまま再送しないでください。同じ理由で再び失敗します。',
      'ブロックエクスプローラーで拒否したコントラクトを確認し、数量・承認(Approve)・スリッページ・期限を見直してから再度お試しください。',
    ],
  }),
  'tx.pending': (d, ctx) => ({
    title: '承認待ち(未処理)',
    detail: `${d.from} のノンス ${d.nonce} はメモリプールにありますが、まだブロックに入っていません${d.firstSeenAt ? `(support-doctor が最初に確認した時刻: ${d.firstSeenAt})` : ''}。`,
    steps: d.replacement
      ? [
          `高速化またはキャンセルするには、同じノンス ${d.replacement.nonce} で ${ctx.fees(d.replacement.fees)} の置き換えトランザクションを送ってください。どちらも元の値より10%以上高くないと「replacement transaction underpriced」として拒否されます。この上限はベース手数料が ${d.replacement.headroomBlocks} ブロック連続で上がっても有効です。`,
          'MetaMask: 「アクティビティ」で保留中のトランザクションを選び、「高速化」(同じ内容で手数料を上げる)または「キャンセル」(自分宛ての0送金でノンスを使う)を選びます。ノンスを自分で指定するには、設定 → 高度な設定 →「トランザクションのナンスをカスタマイズ」をオンにします。',
          'その他のウォレット(Rabby、Trust Wallet、Coinbase Walletなど): 「高速化」「Speed up」やノンス指定の項目を探してください。新しいノンスで同じ送金をもう一度送るのは避けてください。両方とも実行されるおそれがあります。',
        ]
      : [],
  }),
  'tx.nonce-gap': (d) => ({
    title: 'それより前のトランザクションが欠けているため止まっています',
    detail: `このトランザクションのノンスは ${d.nonce} ですが、ノンス ${list(d.missingNonces, d.missingCount)} のトランザクションは処理済みでも保留中でもありません(このアカウントの処理済みは ${d.accountNonce} 件)。ノンスは順番に使われるため、ノードはこれを保留しています。`,
    steps: [
      `先に欠けている番号を埋めてください。ノンス ${d.missingNonces[0]}${d.missingCount > 1 ? ` から ${d.nonce - 1} まで順に` : ' で'}トランザクション(自分宛ての0送金で十分です)を送ると、このトランザクションもその後に処理されます。`,
      'MetaMask では、設定 → 高度な設定 →「トランザクションのナンスをカスタマイズ」をオンにするとノンスを指定できます。',
    ],
  }),
  'tx.fee-cap-below-base-fee': (d, ctx) => ({
    title: '最大手数料がベース手数料を下回っています',
    detail: `最大手数料(${ctx.fee(d.feeCap)})が現在のベース手数料(${ctx.fee(d.baseFee)})より低いため、ベース手数料が下がるまでどのブロックにも入りません。`,
    steps: ['急がない場合は、ベース手数料が最大手数料を下回れば自動的に処理されます。急ぐ場合は、高速化の手順どおりに置き換えてください。'],
  }),
  'tx.priority-fee-low': (d, ctx) => ({
    title: '優先手数料(チップ)が直近のブロックより低い',
    detail: `チップは ${ctx.fee(d.priorityFee)} ですが、直近のブロックでは約 ${ctx.fee(d.recentLowTip)} 以上(中央値 ${ctx.fee(d.recentMedianTip)})が取り込まれています。ブロック生成者は手数料の高いものから選びます。`,
    steps: [],
  }),
  'tx.dropped': (d, ctx) => ({
    title: '破棄されました(どのノードにも残っていません)',
    detail: `このハッシュを知るエンドポイントはなく、${d.from} のノンス ${d.nonce} は使われていません${d.source === 'memory' ? '(送信者とノンスは以前の確認時の記録から)' : ''}。送金は行われておらず、手数料も支払われていません。`,
    steps: [
      `もう一度送っても安全です${d.resend ? `(ノンス ${d.resend.nonce}、${ctx.fees(d.resend.fees)})` : ''}。`,
      'MetaMask で古い保留表示が消えない場合は、設定 → 高度な設定 →「アクティビティタブのデータを消去」を実行してください。履歴が消えるだけで、資産には影響しません。',
    ],
  }),
  'tx.replaced': (d) => ({
    title: '別のトランザクションに置き換えられました',
    detail: `${d.from} のノンス ${d.nonce} は${d.replacementHash ? `トランザクション ${d.replacementHash}${d.replacementBlock ? `(ブロック ${d.replacementBlock})` : ''}` : '別のトランザクション(エンドポイントが古い履歴を保持していないためハッシュは特定できませんでした)'}で使われたため、このトランザクションが処理されることはありません。`,
    steps: [
      '多くの場合、ご自身の「高速化」または「キャンセル」によるものです。置き換えたトランザクションの内容を確認してください。',
      '置き換えた覚えがない場合、秘密鍵が第三者に知られている可能性があります。すぐに新しいリカバリーフレーズのウォレットへ資産を移してください。',
    ],
  }),
  'tx.not-found': (d, ctx) => ({
    title: 'どのネットワークにもこのハッシュはありません',
    detail: `検索したネットワーク: ${d.searchedChainIds.map(ctx.chainName).join('、') || 'なし'}${d.unreachableChainIds.length ? `。接続できなかったネットワーク: ${d.unreachableChainIds.map(ctx.chainName).join('、')}` : ''}。`,
    steps: [
      'ハッシュが欠けずにコピーされているか(0x と64文字)、ウォレットのアクティビティや取引所の出金ページから取ったものかを確認してください。',
      '保留中だったトランザクションが消えた場合は、--from <アドレス> --nonce <番号> を付けると、破棄されたのか置き換えられたのかを判定できます。',
      '取引所の出金はまだ送信されていない可能性があります。ハッシュは送信後に出金ページに表示されます。',
    ],
  }),
  'tx.wrong-network': (d, ctx) => ({
    title: '別のネットワーク上にあります',
    detail: `${ctx.chainName(d.requestedChainId)} について調べましたが、このトランザクションは ${ctx.chainName(d.foundChainId)} 上にあります。`,
    steps: [
      `ウォレットのネットワークを ${ctx.chainName(d.foundChainId)} に切り替えると、このトランザクションと移動したトークンが表示されます。アドレスはどちらのネットワークでも同じです。`,
    ],
  }),
  'rpc.unreachable': (d, ctx) => ({
    title: '応答しないエンドポイントがありました',
    detail: `${d.endpoint}(${ctx.chainName(d.chainId)}): ${d.reason}。`,
    steps: [],
  }),
  'rpc.chain-mismatch': (d, ctx) => ({
    title: '別のチェーンのエンドポイントです',
    detail: `${d.endpoint} は ${ctx.chainName(d.chainId)} 用に設定されていますが、チェーンID ${d.reportedChainId ?? '不明'} を返しました。その応答は使用していません。`,
    steps: ['設定ファイルまたは --rpc オプションの URL を修正してください。'],
  }),
}
