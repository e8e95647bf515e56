import type { FindingTexts } from './finding-texts.js'
import { formatDuration, formatUnixTime } from './duration.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]}〜${nonces.at(-1)}(${count}件)` : nonces.join('、')

export const findingsJa: FindingTexts = {
  'tx.confirmed': (d, ctx) => ({
    title: '承認済み',
    detail: `ブロック ${d.blockNumber}${d.minedAt ? `(${d.minedAt})` : ''}に取り込まれ、成功しています。現在の承認数は ${d.confirmations} です。`,
    steps: [
      'トランザクションは成功しています。ウォレットや取引所にまだ表示されない場合は、必要な承認数に達するまで待ってから更新してください。',
      `このトランザクションで受け取ったトークンが見えない場合は、${ctx.network ? `${ctx.network} で` : ''}ウォレットにトークンを追加(インポート)してください。`,
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'チェーン上で失敗(リバート)',
    detail: `ブロック ${d.blockNumber} に取り込まれましたが、${d.failingContract ? `コントラクト ${d.failingContract}` : 'コントラクト'}が処理を拒否しました${d.reason ? `:「${d.reason}」${d.errorSource ? `(${d.errorSource})` : ''}` : '(理由の表示なし)'}。ガス ${d.gasLimit} のうち ${d.gasUsed} が使われ手数料は支払われましたが、それ以外は何も変わっていません。${d.approximate ? '(理由は直前のブロックでの再実行によるもので、厳密ではありません。)' : ''}`,
    steps: [
      '同じトランザクションをそのまま再送しないでください。同じ理由で再び失敗します。',
      ...(d.category === null
        ? [
            'ブロックエクスプローラーで確認するか、このレポートをアプリのサポートに渡してください。上の理由はコントラクト自身のメッセージです。',
          ]
        : []),
    ],
  }),
  'tx.out-of-gas': (d) => ({
    title: 'ガス不足',
    detail: d.certain
      ? `トランザクション内の呼び出しがガス不足になりました(ガス上限 ${d.gasLimit}、使用 ${d.gasUsed})。内側の呼び出しがガス切れになると呼び出し元には1/64のガスしか残らないため、使用量が上限に届かないこともあります。`
      : `ガス上限 ${d.gasLimit} のうち ${d.gasUsed} を使い、理由なしで失敗しています。ガス不足の典型的な形です。`,
    steps: [
      `ガス上限を上げて再送してください(例: ${d.suggestedGasLimit}。支払うのは実際に使った分だけです)。MetaMask: ガス代を編集 → 詳細設定 → ガスリミット。`,
    ],
  }),
  'swap.slippage': (d, ctx) => ({
    title: 'スワップ拒否: 価格がスリッページ許容範囲を超えて動きました',
    detail:
      d.mode === 'exact-in'
        ? `${ctx.amount(d.amountIn, d.tokenIn)} をスワップし、最低 ${ctx.amount(d.amountOut, d.tokenOut)} を指定しました${d.poolQuote ? `。直前のブロックでプールが出せたのは ${ctx.amount(d.poolQuote, d.tokenOut)}` : ''}${d.shortfallPercent ? `(${d.shortfallPercent}% 不足)` : ''}。ルーターはそれより少ない量を渡す代わりに処理を拒否しました。`
        : `ちょうど ${ctx.amount(d.amountOut, d.tokenOut)} を、最大 ${ctx.amount(d.amountIn, d.tokenIn)} で求めました${d.poolQuote ? `。直前のブロックでプールが求めたのは ${ctx.amount(d.poolQuote, d.tokenIn)}` : ''}${d.shortfallPercent ? `(${d.shortfallPercent}% 超過)` : ''}。ルーターは多く取る代わりに処理を拒否しました。`,
    steps: [
      `トークンはスワップされていません。新しい見積もりでやり直してください${d.shortfallPercent ? `。価格の変動が続く場合はスリッページ許容値を ${Math.ceil(d.shortfallPercent)}% 以上に` : ''}(Uniswap: 歯車アイコン → 最大スリッページ、MetaMask スワップ: スリッページ設定)。`,
      'スリッページを大きくしすぎるとフロントランニングのボットに狙われます。必要な分だけ上げるか、少額に分けてスワップしてください。',
    ],
  }),
  'swap.deadline-expired': (d) => ({
    title: 'スワップ拒否: 期限切れ',
    detail:
      d.lateBySeconds > 0
        ? `期限の ${formatDuration(d.lateBySeconds, 'ja')}後に処理されました(期限 ${formatUnixTime(d.deadline)}、ブロック時刻 ${formatUnixTime(d.blockTimestamp)})。多くは手数料が低く待ち時間が長すぎたことが原因です。`
        : 'アプリが設定した期限の後に処理されました。',
    steps: [
      'トークンはスワップされていません。アプリからスワップをやり直し(新しい期限が設定されます)、標準以上の手数料で時間内に処理されるようにしてください。',
    ],
  }),
  'token.insufficient-allowance': (d, ctx) => ({
    title: '未承認: コントラクトにトークン移動の許可がありません',
    detail: `${d.spender} は ${d.owner} から ${d.needed ? ctx.amount(d.needed, d.token) : ctx.token(d.token)} を移動する許可が必要でした${d.allowance !== null ? `が、承認額は ${ctx.amount(d.allowance, d.token)} でした` : ''}。`,
    steps: [
      `先にそのコントラクトに対して ${ctx.token(d.token)} を承認(Approve)し、承認が確定してから再度お試しください。`,
      '承認は取引する分だけにし、無制限にしないでください。また、使うつもりのアプリのコントラクトにだけ承認してください。',
    ],
  }),
  'token.insufficient-balance': (d, ctx) => ({
    title: 'トークンの残高不足',
    detail: `${d.owner} の残高は ${d.balance !== null ? ctx.amount(d.balance, d.token) : '不足'}${d.needed ? `で、${ctx.amount(d.needed, d.token)} が必要でした` : 'でした'}。`,
    steps: [
      `${ctx.network ?? 'トランザクションのネットワーク'}での残高を確認し(別ネットワークのトークンは使えません)、保有している量で再度お試しください。手数料用のネイティブ通貨も残してください。`,
    ],
  }),
  'token.fee-on-transfer': (d, ctx) => ({
    title: '送金手数料付きトークンを対応していないスワップで送りました',
    detail: `${ctx.token(d.token)} は送金のたびに手数料を差し引きます${d.asked && d.received ? `。ルーターは ${ctx.amount(d.asked, d.token)} を送りましたが、プールが受け取ったのは ${ctx.amount(d.received, d.token)}${d.feePercent !== null ? `(${d.feePercent}% 少ない)` : ''}でした` : ''}。${d.functionName} は全額が届く前提のため、プールの検査(K)で失敗しました。`,
    steps: [
      `このようなトークン用のスワップ関数 ${d.supportingFunction} を使ってください。多くのアプリでは、スリッページをトークンの手数料より大きく設定すると使われます。`,
      '取引前にトークンの手数料(税)を確認してください。売却時に購入時よりはるかに多く取るものもあります。',
    ],
  }),
  'token.transfer-found': (d, ctx) => ({
    title: `トークンの移動: ${d.formattedAmount ?? (d.tokenId !== null ? `#${d.tokenId}` : d.amount)} ${ctx.token(d.token)}`,
    detail: `${d.standard === 'erc721' ? `NFT #${d.tokenId}` : ctx.amount(d.amount, d.token)} が ${d.from} から ${d.to} へ移動しました(トークンコントラクト ${d.token.address})。`,
    steps: [
      `ウォレットに表示されない場合は、${d.chainId !== null ? `${ctx.chainName(d.chainId)} で` : ctx.network ? `${ctx.network} で` : ''}手動で追加してください。MetaMask:「トークンをインポート」→ カスタムトークン、Trust Wallet:「カスタムトークンを追加」。コントラクトアドレス ${d.token.address}${d.token.symbol ? `、シンボル ${d.token.symbol}` : ''}${d.token.decimals !== null ? `、小数点以下桁数 ${d.token.decimals}` : ''}。`,
    ],
  }),
  'token.sent-to-contract': (d, ctx) => ({
    title:
      d.recipient === 'token-itself'
        ? 'トークン自身のコントラクトに送金されました'
        : '別のトークンのコントラクトに送金されました',
    detail: `${d.formattedAmount ?? d.amount} ${ctx.token(d.token)} が ${d.to} に送られました。これはウォレットではなく${d.recipient === 'token-itself' ? 'トークンのコントラクトそのもの' : 'トークンのコントラクト'}で、送り返す仕組みがありません。`,
    steps: [
      'トークンの開発チームが回収機能を用意していない限り、誰にも取り出せません。トークンのプロジェクトには公式サイト経由でのみ連絡してください。',
      '手数料と引き換えに「回収」を持ちかける人や、リカバリーフレーズを求める人は詐欺です。次回からは、トークンのコントラクトアドレスではなく受取人のウォレットアドレスをコピーしてください。',
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
    steps: [
      '急がない場合は、ベース手数料が最大手数料を下回れば自動的に処理されます。急ぐ場合は、同じノンスでベース手数料より高い最大手数料のトランザクションに置き換えてください(ウォレットの「高速化」)。',
    ],
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
  'address.pending-transactions': (d, ctx) => ({
    title: 'このアカウントに処理待ちのトランザクションがあります',
    detail: `${ctx.chainName(d.chainId)} で ${d.address} のトランザクション ${d.pending - d.latest} 件が処理待ちです(ノンス ${d.nonces.join('、')})。このアカウントの後続のトランザクションはその後ろで待ちます。`,
    steps: [
      `処理待ちのトランザクションは \`support-doctor tx <ハッシュ> --chain ${d.chainId}\` で確認できます(ハッシュはウォレットのアクティビティにあります)。消えている場合は --from ${d.address} --nonce ${d.nonces[0]} を付けてください。`,
    ],
  }),
  'token.held': (d, ctx) => ({
    title: `${ctx.chainName(d.chainId)} で保有: ${d.formattedBalance ?? d.balance} ${ctx.token(d.token)}`,
    detail: `このアドレスは ${ctx.chainName(d.chainId)} で ${ctx.amount(d.balance, d.token)} を保有しています(トークンコントラクト ${d.token.address})。`,
    steps: [
      `表示するには、ウォレットで ${ctx.chainName(d.chainId)} を選び、トークンを手動で追加してください。MetaMask:「トークンをインポート」→ カスタムトークン、Trust Wallet:「カスタムトークンを追加」。コントラクトアドレス ${d.token.address}${d.token.symbol ? `、シンボル ${d.token.symbol}` : ''}${d.token.decimals !== null ? `、小数点以下桁数 ${d.token.decimals}` : ''}。`,
    ],
  }),
  'token.wrong-network': (d, ctx) => ({
    title: 'トークンは別のネットワークにあります',
    detail: `${ctx.chainName(d.requestedChainId)} には ${ctx.token(d.token)} の残高がありませんが、${d.heldOnChainIds.map(ctx.chainName).join('、')} にはあります。`,
    steps: [
      `ウォレットのネットワークを ${ctx.chainName(d.heldOnChainIds[0] as number)} に切り替えてください。同じアドレスで保有しています。失われてはいません。`,
    ],
  }),
  'token.no-balance': (d, ctx) => ({
    title: 'トークンは存在しますが、このアドレスの残高はゼロです',
    detail: `${ctx.token(d.token)} は ${d.chainIds.map(ctx.chainName).join('、')} に存在しますが、残高はゼロです${d.lastOut ? `。直近の送金: ${ctx.chainName(d.lastOut.chainId)} のトランザクション ${d.lastOut.hash} で ${d.lastOut.to} へ ${ctx.amount(d.lastOut.amount, d.token)}` : ''}。`,
    steps: [
      d.lastOut
        ? `その送金は \`support-doctor tx ${d.lastOut.hash}\` で確認できます。身に覚えがない場合はウォレットが乗っ取られている可能性があります。残りの資産を新しいリカバリーフレーズの新しいウォレットに移してください。`
        : 'ここにトークンが届くはずだった場合は、送金者に伝えたアドレスと使われたネットワークを確認してください。',
    ],
  }),
  'token.not-a-token': (d, ctx) => ({
    title: 'そのアドレスにトークンはありません',
    detail: `${d.token} は、検索したどのネットワーク(${d.searchedChainIds.map(ctx.chainName).join('、')})でも ERC-20 トークンのコントラクトではありません。`,
    steps: [
      'トークンのコントラクトアドレスは、トークンの公式サイトかブロックエクスプローラーからコピーしてください(ウォレットアドレスやトランザクションハッシュではありません)。',
    ],
  }),
  'token.other-form-held': (d, ctx) => ({
    title: `別の種類を保有しています: ${ctx.token(d.held)}`,
    detail: `${ctx.chainName(d.chainId)} には同じ名前のトークンが2種類あります。このアドレスは ${ctx.token(d.asked)}(${d.asked.address})を保有していませんが、${ctx.token(d.held)}(${d.held.address})を ${ctx.amount(d.balance, d.held)} 保有しています。`,
    steps: [
      `ウォレットで ${d.held.address} をインポートすると表示されます。もう一方の種類に替えるには、スワップか発行元の公式ブリッジページを使ってください。`,
    ],
  }),
  'rpc.unreachable': (d, ctx) => ({
    title: '応答しないエンドポイントがありました',
    detail: `${d.endpoint}(${ctx.chainName(d.chainId)}): ${d.reason}。`,
    steps: [],
  }),
  'rpc.stale': (d, ctx) => ({
    title: 'エンドポイントの情報が古くなっています',
    detail: `${ctx.chainName(d.chainId)} の最新ブロック(${d.headBlock})が ${formatDuration(d.ageSeconds, 'ja')}前のもので、最近のトランザクションについての情報が古い可能性があります。`,
    steps: [
      '別のエンドポイント(--rpc <url>)で再確認してください。`support-doctor rpc` で最新のエンドポイントを確認できます。',
    ],
  }),
  'rpc.chain-mismatch': (d, ctx) => ({
    title: '別のチェーンのエンドポイントです',
    detail: `${d.endpoint} は ${ctx.chainName(d.chainId)} 用に設定されていますが、チェーンID ${d.reportedChainId ?? '不明'} を返しました。その応答は使用していません。`,
    steps: ['設定ファイルまたは --rpc オプションの URL を修正してください。'],
  }),
}
