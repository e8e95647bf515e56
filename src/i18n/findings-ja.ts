import type { FindingTexts } from './finding-texts.js'
import { disagreementScope, type DisagreementScope } from '../findings/disagreement-facts.js'
import { bridgeFindingsJa } from './bridge-findings-ja.js'
import { securityFindingsJa } from './security-findings-ja.js'
import { formatDuration, formatUnixTime } from './duration.js'
import { faultReasonJa } from './fault-reason-ja.js'
import { readingJa } from './readings-ja.js'
import { anyCoin, coinRef } from '../findings/coin-ref.js'
import { aaMeaningsJa } from './aa-meanings-ja.js'

const list = (nonces: number[], count: number) =>
  count > nonces.length ? `${nonces[0]}〜${nonces.at(-1)}(${count}件)` : nonces.join('、')

/** `rpc.disagreement` で判定していないこと(findings/disagreement-facts.ts の分類ごと)。 */
const disagreementNotJudgedJa = {
  arrival: 'これらの応答をもとに、届いたかどうかの判定はしていません。',
  taker: 'これらの応答だけをもとに、誰かを特定したり、鍵が漏れたと判断したりはしていません。',
  holdings: 'これらの応答をもとに、このアドレスの保有状況やトークンの行き先の判定はしていません。',
  history:
    'これらの応答をもとに、このネットワークで誰が資金を動かせるか・動かしたかの判定はしていません(「何も見つからなかった」とも言っていません)。',
} as const

const checkTheTransaction = [
  '少なくとも1つのエンドポイントが誤った応答をしています。ブロックエクスプローラーで確認するか、信頼できるエンドポイント(--rpc <url>)で確認してください。',
  '応答が一致するまで、トランザクションの再送信や結果に基づく操作はしないでください。',
]
/** `rpc.disagreement` の次にすること(分類ごと)。 */
const disagreementStepsJa: Record<DisagreementScope, string[]> = {
  transaction: checkTheTransaction,
  arrival: checkTheTransaction,
  taker: [
    '少なくとも1つのエンドポイントが誤った応答をしています。ブロックエクスプローラーでこれらのトランザクションを確認するか、信頼できるエンドポイント(--rpc <url>)で確認してください。',
    '応答が一致するまで、このレポートだけをもとに誰かを持ち出した人として名指ししないでください。',
  ],
  holdings: [
    '少なくとも1つのエンドポイントが誤った応答をしています。ブロックエクスプローラーでこのアドレスを確認するか、信頼できるエンドポイント(--rpc <url>)で確認してください。',
    '応答が一致するまで、トークンの所在についてこのレポートの内容に基づいて行動しないでください。',
  ],
  history: [
    '少なくとも1つのエンドポイントが誤った応答をしています。ブロックエクスプローラーでこのアドレス(トークンの承認と送受信)を確認するか、信頼できるエンドポイント(--rpc <url>)で確認してください。',
    '応答が一致するまで、このネットワークが安全だとは考えないでください。',
  ],
}

export const findingsJa: FindingTexts = {
  'tx.confirmed': (d, ctx) => ({
    title: '承認済み',
    detail: `ブロック ${d.blockNumber}${d.minedAt ? `(${d.minedAt})` : ''}に取り込まれ、成功しています。現在の承認数は ${d.confirmations} です。`,
    steps: [
      'トランザクションは成功しています。ウォレットや取引所にまだ表示されない場合は、必要な承認数に達するまで待ってから更新してください。',
      ...(d.movedTokens
        ? [
            `このトランザクションで受け取ったトークンが見えない場合は、${ctx.network ? `${ctx.network} で` : ''}ウォレットにトークンを追加(インポート)してください。`,
          ]
        : []),
    ],
  }),
  'tx.reverted': (d) => ({
    title: 'チェーン上で失敗(リバート)',
    detail: `ブロック ${d.blockNumber} に取り込まれましたが${d.calledContract ? `(${d.calledContract} の呼び出し)` : ''}、${d.outOfGas && !d.reason ? 'ガスが足りなくなりました' : `${d.failingContract ? `コントラクト ${d.failingContract}` : 'コントラクト'}が処理を拒否しました${d.reason ? `:「${d.reason}」${d.errorSource ? `(${d.errorSource})` : ''}` : '(理由の表示なし)'}`}。ガス ${d.gasLimit} のうち ${d.gasUsed} が使われ手数料は支払われましたが、それ以外は何も変わっていません。${d.approximate ? '(理由は直前のブロックでの再実行によるもので、厳密ではありません。)' : ''}`,
    steps: d.outOfGas
      ? []
      : [
          '同じトランザクションをそのまま再送しないでください。同じ理由で再び失敗します。',
          ...(d.category === null
            ? [
                'ブロックエクスプローラーで確認するか、このレポートをアプリのサポートに渡してください。上の理由はコントラクト自身のメッセージです。',
              ]
            : []),
        ],
  }),
  'tx.deployment-failed': (d) => ({
    title: 'コントラクトのデプロイに失敗',
    detail: `このトランザクションはコントラクトを作成するものでした。ブロック ${d.blockNumber} に取り込まれましたが、${d.outOfGas && !d.reason ? 'デプロイ中にガスが足りなくなったため' : `コントラクトのコンストラクタが処理を拒否したため${d.reason ? `(「${d.reason}」${d.errorSource ? `、${d.errorSource}` : ''})` : '(理由の表示なし)'}`}、コントラクトは作成されていません。ガス ${d.gasLimit} のうち ${d.gasUsed} が使われ、手数料は支払われました。${d.approximate ? '(理由は直前のブロックでの再実行によるもので、厳密ではありません。)' : ''}`,
    steps: d.outOfGas
      ? []
      : [
          '何も作成されておらず、コントラクトのアドレスもありません。同じコードと引数でデプロイし直しても同じように失敗します。',
          '使っているツール(Remix、Hardhat、Foundry、ローンチパッドなど)でコンストラクタの引数と送金額を確認するか、このレポートをコントラクトの作者に渡してください。',
        ],
  }),
  'tx.out-of-gas': (d) => ({
    title: 'ガス不足',
    detail: d.certain
      ? `トランザクション内の呼び出しがガス不足になりました(ガス上限 ${d.gasLimit}、使用 ${d.gasUsed})。内側の呼び出しがガス切れになると呼び出し元には1/64のガスしか残らないため、使用量が上限に届かないこともあります。`
      : `ガス上限 ${d.gasLimit} のうち ${d.gasUsed} を使い、理由なしで失敗しています。ガス不足の典型的な形です。`,
    steps: [
      d.certain
        ? `ガス上限を上げて再送してください(例: ${d.suggestedGasLimit}。支払うのは実際に使った分だけです)。MetaMask: ガス代を編集 → 詳細設定 → ガスリミット。`
        : `再度試す場合は、ガス上限を上げてください(例: ${d.suggestedGasLimit}。支払うのは実際に使った分だけです。MetaMask: ガス代を編集 → 詳細設定 → ガスリミット)。ガスを増やしても同じように失敗する場合、原因はガスではありません。このレポートをアプリのサポートに渡してください。`,
    ],
  }),
  'swap.slippage': (d, ctx) => ({
    title: 'スワップ拒否: 価格がスリッページ許容範囲を超えて動きました',
    detail: `${d.routerName ? `${d.routerName}(${d.functionName})で、` : ''}${
      d.mode === 'exact-in'
        ? `${d.amountIn === null ? ctx.token(d.tokenIn) : ctx.amount(d.amountIn, d.tokenIn)} をスワップに出し、最低 ${ctx.amount(d.amountOut, d.tokenOut, d.poolQuote)} を指定しました${d.poolQuote ? `。直前のブロックでプールが出せたのは ${ctx.amount(d.poolQuote, d.tokenOut, d.amountOut)}` : ''}${d.shortfallPercent ? `(${d.shortfallPercent}% 不足)` : ''}。ルーターはそれより少ない量を渡す代わりに処理を拒否しました。`
        : `ちょうど ${ctx.amount(d.amountOut, d.tokenOut, d.poolQuote)} を、最大 ${ctx.amount(d.amountIn, d.tokenIn, d.poolQuote)} で求めました${d.poolQuote ? `。直前のブロックでプールが求めたのは ${ctx.amount(d.poolQuote, d.tokenIn, d.amountIn)}` : ''}${d.shortfallPercent ? `(${d.shortfallPercent}% 超過)` : ''}。ルーターは多く取る代わりに処理を拒否しました。`
    }${d.approximate ? '(呼び出しデータと直前のブロックでの再実行によるもので、厳密ではありません。)' : ''}`,
    steps: d.quoteFarOff
      ? [
          `トークンはスワップされていません。${d.mode === 'exact-in' ? '最低受取額' : '最大支払額'}がプールの価格から大きく離れていました(通すにはスリッページ許容値 ${d.slippageToPassPercent}% が必要でした)。見積もりが古いか誤っていた、プールの流動性が小さい、または価格が急変した可能性があります。スリッページ許容値をそこまで上げないでください。直前に取引する人にその差額を取られるおそれがあります。`,
          `アプリで新しい見積もりを取ってください。それでも想定より大きく${d.mode === 'exact-in' ? '少ない' : '多い'}場合は、取引の前にトークン(公式サイトに載っているコントラクトアドレス)とプールの残高を確認するか、少額でスワップしてください。`,
        ]
      : [
          `トークンはスワップされていません。新しい見積もりでやり直してください${d.slippageToPassPercent ? `。アプリが通常の 0.5% で見積もっていた場合、その価格ではスリッページ許容値 ${d.slippageToPassPercent}% なら通っていました` : d.shortfallPercent ? `。価格の変動が続く場合はスリッページ許容値を約 ${Math.ceil(d.shortfallPercent)}% 上げてください` : ''}(Uniswap: 歯車アイコン → 最大スリッページ、MetaMask スワップ: スリッページ設定)。`,
          'スリッページを大きくしすぎるとフロントランニングのボットに狙われます。必要な分だけ上げるか、少額に分けてスワップしてください。',
        ],
  }),
  'swap.deadline-expired': (d) => ({
    title: 'スワップ拒否: 期限切れ',
    detail:
      d.lateBySeconds !== null && d.lateBySeconds > 0
        ? `期限の ${formatDuration(d.lateBySeconds, 'ja')}後に処理されました(期限 ${formatUnixTime(d.deadline ?? '')}、ブロック時刻 ${formatUnixTime(d.blockTimestamp ?? '')}${d.routerName ? `、${d.routerName} の呼び出しで設定` : ''})。多くは手数料が低く待ち時間が長すぎたことが原因です。`
        : 'アプリが設定した期限の後に処理されました。',
    steps: [
      'トークンはスワップされていません。アプリからスワップをやり直し(新しい期限が設定されます)、標準以上の手数料で時間内に処理されるようにしてください。',
    ],
  }),
  'permit2.token-not-approved': (d, ctx) => ({
    title: `${ctx.token(d.token)} が Permit2 に承認されていません`,
    detail: `ルーター ${d.router} は Uniswap の共通承認コントラクト Permit2(${d.permit2})を通してトークンを受け取りますが、${d.owner} は ${ctx.token(d.token)} を Permit2 に承認していません${d.allowance !== null ? `(承認額 ${ctx.amount(d.allowance, d.token, d.needed)}${d.needed ? `、必要額 ${ctx.amount(d.needed, d.token, d.allowance)}` : ''})` : ''}。そのため Permit2 はトークンを移動できませんでした(「TRANSFER_FROM_FAILED」)。${d.approximate ? '(直前のブロックでの再実行によるものです。)' : ''}`,
    steps: [
      `${ctx.token(d.token)} を Permit2 に一度だけ承認してください。初めてそのトークンをスワップするとき、アプリが「${ctx.token(d.token)} を承認」と求めます。ウォレットには承認先として Permit2 のアドレス ${d.permit2} が表示されます。承認の確定を待ってから再度スワップしてください。`,
      'revoke.cash などの取り消しツールで承認を外した場合もこうなります。そのトークンを取引するときだけ改めて承認してください。',
    ],
  }),
  'permit2.allowance-insufficient': (d, ctx) => ({
    title:
      d.problem === 'expired'
        ? 'ルーターへの Permit2 の許可が期限切れです'
        : d.problem === 'too-small'
          ? 'ルーターへの Permit2 の許可額が足りません'
          : 'このトークンについてルーターへの Permit2 の許可がありません',
    detail: `${ctx.token(d.token)} は Permit2 に承認されていますが、Permit2 からルーター ${d.spender} への許可は${
      d.problem === 'expired'
        ? ` ${formatUnixTime(d.expiration, { seconds: true })} に期限が切れていました${d.blockTimestamp ? `(ブロック時刻 ${formatUnixTime(d.blockTimestamp, { seconds: true })})` : ''}`
        : d.problem === 'too-small'
          ? ` ${d.amount !== null ? ctx.amount(d.amount, d.token, d.needed) : '不足'}で${d.needed ? `、${ctx.amount(d.needed, d.token, d.amount)} が必要でした` : 'した'}`
          : '一度も設定されておらず、トランザクションにも署名済みの許可(permit)が含まれていませんでした'
    }。${d.approximate ? '(直前のブロックでの再実行によるものです。)' : ''}`,
    steps: [
      'アプリからスワップをやり直してください。スワップの前に新しい Permit2 の許可(手数料のかからない署名)を求められます。ウォレットでは「Permit2」や「PermitSingle」の署名要求として、トークン・数量・許可先のルーターが表示されます。',
      '署名は使っているアプリからの、取引するつもりのトークンと数量の許可だけにしてください。許可(permit)があると許可先はそのトークンを移動できます。',
    ],
  }),
  'permit2.permit-invalid': (d, ctx) => ({
    title:
      d.problem === 'signature-expired'
        ? 'Permit2 の署名の有効期限が切れていました'
        : d.problem === 'nonce-used'
          ? 'Permit2 の署名はすでに使われていました'
          : 'Permit2 が署名を受け付けませんでした',
    detail: `${d.token ? `${ctx.token(d.token)}${d.spender ? `(許可先 ${d.spender})` : ''}の許可(permit)は` : '許可(permit)は'}${
      d.problem === 'signature-expired'
        ? ` ${formatUnixTime(d.sigDeadline, { seconds: true })} まで有効でしたが${d.blockTimestamp ? `、ブロック時刻は ${formatUnixTime(d.blockTimestamp, { seconds: true })} でした` : '、期限後に処理されました'}。取り込まれるまでに時間がかかりすぎました`
        : d.problem === 'nonce-used'
          ? `ノンス ${d.nonce ?? '?'} を使っていましたが${d.expectedNonce !== null ? `、Permit2 が求めていたのは ${d.expectedNonce} でした` : '、すでに使用済みでした'}。同じスワップの以前の試行などで、その署名はすでに使われた(または取り消された)ものです`
          : '送信者がこの内容で署名したものではありませんでした'
    }。${d.approximate ? '(直前のブロックでの再実行によるものです。)' : ''}`,
    steps: [
      'トークンは移動していません。アプリからスワップをやり直し、表示される新しい Permit2 の署名要求に署名してください。署名が有効なうちに取り込まれるよう、標準以上の手数料で送ってください。',
    ],
  }),
  'token.insufficient-allowance': (d, ctx) => ({
    title: '未承認: コントラクトにトークン移動の許可がありません',
    detail: `${d.spender} は ${d.owner} から ${d.needed ? ctx.amount(d.needed, d.token, d.allowance) : ctx.token(d.token)} を移動する許可が必要でした${d.allowance !== null ? `が、承認額は ${ctx.amount(d.allowance, d.token, d.needed)} でした` : ''}。`,
    steps: [
      `先にそのコントラクトに対して ${ctx.token(d.token)} を承認(Approve)し、承認が確定してから再度お試しください。`,
      '承認は取引する分だけにし、無制限にしないでください。また、使うつもりのアプリのコントラクトにだけ承認してください。',
    ],
  }),
  'token.insufficient-balance': (d, ctx) => ({
    title: 'トークンの残高不足',
    detail: `${d.owner} の残高は ${d.balance !== null ? ctx.amount(d.balance, d.token, d.needed) : '不足'}${d.needed ? `で、${ctx.amount(d.needed, d.token, d.balance)} が必要でした` : 'でした'}。`,
    steps: [
      `${ctx.network ?? 'トランザクションのネットワーク'}での残高を確認し(別ネットワークのトークンは使えません)、保有している量で再度お試しください。手数料用のネイティブ通貨も残してください。`,
    ],
  }),
  'token.fee-on-transfer': (d, ctx) => ({
    title: '送金手数料付きトークンを対応していないスワップで送りました',
    detail: `${ctx.token(d.token)} は送金のたびに手数料を差し引きます${d.asked && d.received ? `。ルーターは ${ctx.amount(d.asked, d.token, d.received)} を送りましたが、プールが受け取ったのは ${ctx.amount(d.received, d.token, d.asked)}${d.feePercent !== null ? `(${d.feePercent}% 少ない)` : ''}でした` : ''}。${d.functionName} は全額が届く前提のため、プールの検査(K)で失敗しました。`,
    steps: [
      `このようなトークン用のスワップ関数 ${d.supportingFunction} を使ってください。多くのアプリでは、スリッページをトークンの手数料より大きく設定すると使われます。`,
      '取引前にトークンの手数料(税)を確認してください。売却時に購入時よりはるかに多く取るものもあります。',
    ],
  }),
  'token.transfer-found': (d, ctx) => {
    const nft = d.standard === 'erc721' || d.standard === 'erc1155'
    if (d.standard === 'weth-deposit')
      return {
        title: `${d.formattedAmount ?? d.amount} ETH を ${ctx.token(d.token)} にラップ`,
        detail: `${d.to} に ${ctx.amount(d.amount, d.token)} が作られ、同じ量の ETH が WETH コントラクト ${d.token.address} に預けられました。ラップド ETH は ETH を 1 対 1 で ERC-20 トークンにしたものです。`,
        steps: [
          `表示するには、${ctx.network ? `${ctx.network} で` : ''}トークン ${d.token.address} をウォレットにインポートしてください。ETH に戻すにはアンラップします(スワップアプリの「Unwrap」、または WETH の withdraw)。`,
        ],
      }
    if (d.standard === 'weth-withdrawal')
      return {
        title: `${d.formattedAmount ?? d.amount} ${ctx.token(d.token)} を ETH にアンラップ`,
        detail: `${d.from} の ${ctx.amount(d.amount, d.token)} が同じ量の ETH に戻され、WETH コントラクト ${d.token.address} がその ETH を ${d.from} に送りました。ゼロアドレスに送られたわけではありません。WETH コントラクトは戻したトークンをそのように記録します。`,
        steps: [
          `ETH はインポート不要で、${ctx.network ? `${ctx.network} の` : ''}ウォレット残高に表示されます(アンラップしたのがコントラクトなら、同じトランザクション内で転送されていることがあります)。`,
        ],
      }
    return {
      title: `${nft ? 'NFT の移動' : 'トークンの移動'}: ${nft ? `#${d.tokenId}` : (d.formattedAmount ?? d.amount)} ${ctx.token(d.token)}`,
      detail: `${nft ? `NFT #${d.tokenId}${d.standard === 'erc1155' ? `(${d.amount} 個)` : ''}` : ctx.amount(d.amount, d.token)} が ${d.from} から ${d.to} へ移動しました(${nft ? 'コレクション' : 'トークン'}コントラクト ${d.token.address})。`,
      steps: [
        nft
          ? `ウォレットに表示されない場合は、${d.chainId !== null ? `${ctx.chainName(d.chainId)} で` : ctx.network ? `${ctx.network} で` : ''}手動で追加してください。MetaMask:「NFT」→「NFT をインポート」、Trust Wallet など:「コレクティブルを追加」。コントラクトアドレス ${d.token.address}、トークン ID ${d.tokenId}。マーケットプレイス(OpenSea など)でもコントラクトと ID で表示できます。`
          : `ウォレットに表示されない場合は、${d.chainId !== null ? `${ctx.chainName(d.chainId)} で` : ctx.network ? `${ctx.network} で` : ''}手動で追加してください。MetaMask:「トークンをインポート」→ カスタムトークン、Trust Wallet:「カスタムトークンを追加」。コントラクトアドレス ${d.token.address}${d.token.symbol ? `、シンボル ${d.token.symbol}` : ''}${d.token.decimals !== null ? `、小数点以下桁数 ${d.token.decimals}` : ''}。`,
      ],
    }
  },
  'token.sent-to-contract': (d, ctx) => {
    const sent = `${d.formattedAmount ?? d.amount} ${ctx.token(d.token)}`
    const what = {
      'token-itself': 'トークンのコントラクトそのもの',
      'other-token': 'トークンのコントラクト',
      weth: 'WETH コントラクト',
      router: `スワップのルーター(${d.contractName ?? 'ルーター'})`,
      pool: `流動性プール(${d.contractName ?? 'プール'})`,
      contract: '通常のウォレットアドレスではなくコントラクト',
    }[d.recipient]
    if (d.recipient === 'contract')
      return {
        title: 'コントラクトに送金されました',
        detail: `${sent} が ${d.to} に送られました。これは${what}です。スマートアカウント型ウォレット(Safe、Argent、アカウント抽象化ウォレット)や多くの取引所の入金アドレスもコントラクトなので、正しい場合もよくあります。`,
        steps: [
          `${d.to} が意図したアドレス(自分のスマートウォレット、または取引所が${ctx.network ? `${ctx.network} 用に` : ''}示した入金アドレス)か確認してください。知らないコントラクトの場合、トークンを動かせるのはその所有者だけです。公式サイト経由で問い合わせてください。`,
        ],
      }
    return {
      title: {
        'token-itself': 'トークン自身のコントラクトに送金されました',
        'other-token': '別のトークンのコントラクトに送金されました',
        weth: 'WETH コントラクトに送金されました',
        router: 'スワップのルーターに送金されました',
        pool: '流動性プールに直接送金されました',
      }[d.recipient],
      detail: `${sent} が ${d.to} に送られました。これはウォレットではなく${what}です${d.evidence ? `(コードに ${d.evidence} があります)` : ''}。${
        d.anyoneCanTake
          ? `誰の残高にもなりません。このコントラクトの公開関数(${d.recipient === 'pool' ? 'skim、または次のスワップ' : 'sweep'})は、保有している残高を最初に呼び出した人に渡します。ボットがこうした残高を監視しているため、通常は1ブロック以内に持ち去られます。`
          : '送り返す仕組みがありません。ルーターやトークンは取引の中か所有者のためにしかトークンを動かしません。'
      }`,
      steps: [
        d.anyoneCanTake
          ? '頼んで返してもらうことはできません。まだ残っていても、最初に取った人のものになります。ルーターやプールに手でトークンを送らず、アプリからスワップしてください。'
          : d.recipient === 'token-itself' || d.recipient === 'other-token'
            ? 'トークンの開発チームが回収機能を用意していない限り、誰にも取り出せません。トークンのプロジェクトには公式サイト経由でのみ連絡してください。'
            : 'コントラクトに取り出す関数がないため、誰にも取り出せません。手でトークンを送らず、アプリからスワップしてください。',
        '手数料と引き換えに「回収」を持ちかける人や、リカバリーフレーズを求める人は詐欺です。次回からは、コントラクトのアドレスではなく受取人のウォレットアドレスをコピーしてください。',
      ],
    }
  },
  'tx.pending': (d, ctx) => ({
    title: '保留中(未処理)',
    detail: `${d.from} のノンス ${d.nonce} はメモリプールにありますが、まだブロックに入っていません${d.firstSeenAt ? `(support-doctor が最初に確認した時刻: ${d.firstSeenAt})` : ''}。`,
    steps: d.replacement
      ? [
          `高速化またはキャンセルするには、同じノンス ${d.replacement.nonce} で ${ctx.fees(d.replacement.fees)} の置き換えトランザクションを送ってください。どちらも元の値より10%以上高くないと「replacement transaction underpriced」として拒否されます。この上限はベース手数料が ${d.replacement.headroomBlocks} ブロック連続で上がっても有効です。`,
          'MetaMask: 「アクティビティ」で保留中のトランザクションを選び、「高速化」(同じ内容で手数料を上げる)または「キャンセル」(自分宛ての0送金でノンスを使う)を選びます。ノンスを自分で指定するには、設定 → 高度な設定 →「トランザクションのナンスをカスタマイズ」(英語表示では "Customize transaction nonce")をオンにします。',
          'その他のウォレット(Rabby、Trust Wallet、Coinbase Walletなど): 「高速化」「Speed up」やノンス指定の項目を探してください。新しいノンスで同じ送金をもう一度送るのは避けてください。両方とも実行されるおそれがあります。',
        ]
      : [],
  }),
  'tx.nonce-gap': (d) => ({
    title: 'それより前のトランザクションが欠けているため止まっています',
    detail: `このトランザクションのノンスは ${d.nonce} ですが、ノンス ${list(d.missingNonces, d.missingCount)} のトランザクションは処理済みでも保留中でもありません(このアカウントの処理済みは ${d.accountNonce} 件)。ノンスは順番に使われるため、ノードはこれを保留しています。`,
    steps: [
      `先に欠けている番号を埋めてください。ノンス ${d.missingNonces[0]}${d.missingCount > 1 ? ` から ${d.nonce - 1} まで順に` : ' で'}トランザクション(自分宛ての0送金で十分です)を送ってください。欠けている番号が埋まれば、このトランザクションも順番に処理できるようになります。`,
      'MetaMask では、設定 → 高度な設定 →「トランザクションのナンスをカスタマイズ」(英語表示では "Customize transaction nonce")をオンにするとノンスを指定できます。',
    ],
  }),
  'tx.waiting-behind-earlier': (d) => ({
    title: 'それより前のトランザクションの処理待ちです',
    detail: `${d.from} の${d.waitingCount > 1 ? `ノンス ${d.earliestNonce}〜${d.nonce - 1}` : `ノンス ${d.earliestNonce}`} もメモリプールで保留中です。ノンスは順番に処理されるため、このトランザクション(ノンス ${d.nonce})は、手数料がいくらであってもそれより先には処理されません。`,
    steps: [
      `まずノンス ${d.earliestNonce} のトランザクションを確認し(support-doctor tx <そのハッシュ>)、ウォレットで高速化またはキャンセルしてください。ノンス ${d.earliestNonce} が保留中のままでは、このトランザクションだけを高速化しても効果はありません。前のトランザクションが処理されれば、続いてこのトランザクションも処理されます。`,
    ],
  }),
  'tx.fee-cap-below-base-fee': (d, ctx) => ({
    title: '最大手数料がベース手数料を下回っています',
    detail: `最大手数料(${ctx.fee(d.feeCap)})が現在のベース手数料(${ctx.fee(d.baseFee)})より低いため、ベース手数料が下がるまでどのブロックにも入りません。`,
    steps: [
      d.behindGap
        ? 'それより前のノンスが処理された後(欠けた番号を埋める、または保留中のものが処理される)も、ベース手数料が最大手数料を下回るまでは処理されません。早く処理したい場合は、その後で、同じノンスでベース手数料より高い最大手数料のトランザクションに置き換えてください(ウォレットの「高速化」)。'
        : '急がない場合は、ベース手数料が最大手数料を下回れば自動的に処理されます。急ぐ場合は、同じノンスでベース手数料より高い最大手数料のトランザクションに置き換えてください(ウォレットの「高速化」)。',
    ],
  }),
  'tx.priority-fee-low': (d, ctx) => ({
    title: '優先手数料(チップ)が直近のブロックより低い',
    detail: `チップは ${ctx.fee(d.priorityFee)} ですが、直近のブロックでは約 ${ctx.fee(d.recentLowTip)} 以上(中央値 ${ctx.fee(d.recentMedianTip)})が取り込まれています。ブロック生成者は手数料の高いものから選びます。`,
    steps: [],
  }),
  'tx.dropped': (d, ctx) => ({
    title:
      d.nonceConfirmedBy >= 2
        ? '破棄されました(どのノードにも残っていません)'
        : '破棄されたようです(1つのエンドポイントの応答のみ。送り直す前に確認してください)',
    detail:
      d.nonceConfirmedBy >= 2
        ? `このハッシュを知るエンドポイントはなく、${d.from} のノンス ${d.nonce} は使われていません${d.source === 'memory' ? '(送信者とノンスは以前の確認時の記録から)' : ''}。送金は行われておらず、手数料も支払われていません。`
        : `このハッシュを知るエンドポイントはなく、確認できた1つのエンドポイントによれば ${d.from} のノンス ${d.nonce} は使われていません${d.source === 'memory' ? '(送信者とノンスは以前の確認時の記録から)' : ''}。それが正しければ、送金は行われておらず、手数料も支払われていません。`,
    steps: [
      ...(d.earliestUnmined !== null
        ? [
            `まず、${d.from} のノンス ${d.earliestUnmined}${d.nonce - d.earliestUnmined > 1 ? `(から ${d.nonce - 1} まで)` : ''}がまだ取り込まれていません。ノンス ${d.nonce} のトランザクションはそれが取り込まれるまで待たされます。先にいちばん小さいノンス ${d.earliestUnmined} を送るか高速化してください。`,
          ]
        : []),
      d.nonceConfirmedBy >= 2
        ? `もう一度送っても安全です${d.resend ? `(ノンス ${d.resend.nonce}、${ctx.fees(d.resend.fees)})` : ''}。`
        : `ノンス ${d.nonce} が未使用だと答えたエンドポイントは1つだけで、情報が古いか誤ったエンドポイントでも同じ答えになります。再送信の前に、ブロックエクスプローラー(または2つ目のエンドポイント、--rpc <url>)で ${d.from} のノンス ${d.nonce} のトランザクションが取り込まれていないことを確認してください。確認できれば、もう一度送っても安全です${d.resend ? `(ノンス ${d.resend.nonce}、${ctx.fees(d.resend.fees)})` : ''}。`,
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
  'tx.mined-no-receipt': (d, ctx) => ({
    title: '処理済みですが、エンドポイントの情報が追いついていません',
    detail: `エンドポイントはこのトランザクションを ${ctx.chainName(d.chainId)} のブロック ${d.blockNumber} で処理済みとして返しますが${d.headBlock !== null ? `(エンドポイント自身の最新ブロックは ${d.headBlock})` : ''}、レシートを返さないため、成功したかどうかはまだわかりません。メモリプールで待っているのではないので、高速化・キャンセル・欠けたノンスの補充は当てはまりません。`,
    steps: [
      '送り直したり置き換えたりしないでください。少し待ってから再確認するか、ブロックエクスプローラーで確認するか、別のエンドポイント(--rpc <url>)で確認してください。',
    ],
  }),
  'tx.seen-mined': (d, ctx) => ({
    title: '以前はマイニング済みでしたが、現在のエンドポイントは知りません',
    detail: `このコンピューターでの以前の確認(${d.firstSeenAt})では ${ctx.chainName(d.chainId)} で${d.lastStatus === 'failed' ? 'マイニングされ失敗していました' : 'マイニングされていました'}が、今回確認したエンドポイントはこのトランザクションを知りません。エンドポイントが遅れているか、古い履歴を保持していない可能性があるため、判定はしていません。`,
    steps: [
      '再送信しないでください。マイニング済みのトランザクションが破棄されることはありません。ブロックエクスプローラーで確認するか、別のエンドポイント(--rpc <url>)で再確認してください。',
    ],
  }),
  'tx.not-found': (d, ctx) =>
    d.requestedChainId !== null
      ? {
          title: `指定されたネットワーク ${ctx.chainName(d.requestedChainId)} を検索できませんでした`,
          detail: `${ctx.chainName(d.requestedChainId)} のエンドポイントから応答がありませんでした${d.searchedChainIds.length ? `。検索できた他のネットワーク(${d.searchedChainIds.map(ctx.chainName).join('、')})にはこのハッシュはありませんが、${ctx.chainName(d.requestedChainId)} については何もわかりません` : ''}。判定はしていません。`,
          steps: [
            `${ctx.chainName(d.requestedChainId)} の動作するエンドポイントを指定して(--rpc <url> または設定ファイル)、もう一度確認してください。応答するエンドポイントは \`support-doctor rpc\` で確認できます。`,
            'または、そのネットワークのブロックエクスプローラーでハッシュを調べてください。',
          ],
        }
      : d.unplacedEndpoints.length > 0
        ? {
            title: '指定されたエンドポイントに問い合わせできませんでした',
            detail: `${d.unplacedEndpoints.join('、')} がどのネットワークのものかを問い合わせても応答がなかったため、そのネットワークは検索できていません${d.searchedChainIds.length ? `。検索できたネットワーク(${d.searchedChainIds.map(ctx.chainName).join('、')})にはこのハッシュはありませんが、そのネットワークについては何もわかりません` : ''}。判定はしていません。`,
            steps: [
              'もう一度確認してください。エンドポイントが一時的に混み合っていただけかもしれません。応答するかどうかは `support-doctor rpc --rpc <url>` で確認できます。',
              'または --chain <ネットワーク> を一緒に指定してそのネットワークとして問い合わせ直すか、ブロックエクスプローラーでハッシュを調べてください。',
            ],
          }
        : {
            title:
              d.unreachableChainIds.length > 0
                ? '検索できたネットワークには、このハッシュはありません'
                : 'どのネットワークにもこのハッシュはありません',
            detail: `検索したネットワーク: ${d.searchedChainIds.map(ctx.chainName).join('、') || 'なし'}${d.unreachableChainIds.length ? `。接続できなかったネットワーク: ${d.unreachableChainIds.map(ctx.chainName).join('、')}` : ''}。`,
            steps: [
              'ハッシュが欠けずにコピーされているか(0x と64文字)、ウォレットのアクティビティや取引所の出金ページから取ったものかを確認してください。',
              '保留中だったトランザクションが消えた場合は、--from <アドレス> --nonce <番号> を付けると、破棄されたのか置き換えられたのかを判定できます。',
              '取引所の出金はまだ送信されていない可能性があります。ハッシュは送信後に出金ページに表示されます。',
            ],
          },
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
  'address.account': (d, ctx) => ({
    title: `${ctx.chainName(d.chainId)}: ${ctx.amount(d.balance, coinRef(d.chainId))}`,
    detail: `${d.isContract ? 'ウォレットではなくコントラクトです。' : ''}${ctx.chainName(d.chainId)} で ${ctx.amount(d.balance, coinRef(d.chainId))} を保有し、${d.sent} 件のトランザクションを送信しています。`,
    steps: [],
  }),
  'address.unused': (d, ctx) => ({
    title: '検索したどのネットワークにも保有・送信がありません',
    detail: `${d.searchedChainIds.map(ctx.chainName).join('、')} のいずれにもコインの保有も送信もありません。--token を指定しない場合、トークンは表示しません。`,
    steps: [
      'アドレスがウォレットに表示されているものと同じか(手入力せずにコピーし直してください)、資金があるはずのネットワークはどれかを確認してください。',
      'トークンを探している場合は --token <コントラクトアドレス> を指定してください。どのネットワークで保有しているかを表示します。',
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
    detail: `${d.endpoint}(${d.chainId === null ? 'どのネットワークか応答がなく不明' : ctx.chainName(d.chainId)}):${faultReasonJa(d.reason)}。`,
    steps: [],
  }),
  'rpc.stale': (d, ctx) => ({
    title: 'エンドポイントの情報が古くなっています',
    detail:
      d.freshestBlock !== null
        ? `${d.endpoint ?? 'エンドポイント'} は ${ctx.chainName(d.chainId)} のブロック ${d.headBlock} にあり、別のエンドポイント(ブロック ${d.freshestBlock})より遅れています${d.ageSeconds !== null ? `(このエンドポイントの最新ブロックは ${formatDuration(d.ageSeconds, 'ja')}前のものです)` : ''}。このエンドポイントの「トランザクションを知らない」という応答は数に入れていません。`
        : `このエンドポイントが返した ${ctx.chainName(d.chainId)} の最新ブロック(${d.headBlock})は ${formatDuration(d.ageSeconds ?? 0, 'ja')}前のもので、最近のトランザクションについての情報が古い可能性があります。`,
    steps: [
      '別のエンドポイント(--rpc <url>)で再確認してください。各エンドポイントの最新ブロックとその経過時間は `support-doctor rpc` で確認できます。',
    ],
  }),
  'rpc.disagreement': (d, ctx) => {
    const scope = disagreementScope[d.fact]
    return {
      title: {
        receipt: 'エンドポイントごとにレシートの内容が異なります',
        nonce: 'エンドポイントごとに送信者のノンスが異なります',
        head: 'エンドポイントごとに最新ブロックの位置が大きく異なります',
        gateway: 'エンドポイントごとにトークンゲートウェイの応答が異なります',
        bridge: 'ブリッジ送金が届いたかどうか、エンドポイントごとに応答が異なります',
        drain:
          'このアドレスに関わるトランザクション(このアドレスが送ったもの、または資金を動かしたもの)について、エンドポイントごとに応答が異なります',
        balance: 'このアドレスの保有状況について、エンドポイントごとに応答が異なります',
        transfers: 'トークンの最近の送受信について、エンドポイントごとに応答が異なります',
        decimals: 'トークンの小数点以下桁数について、エンドポイントごとに応答が異なります',
        logs: 'このアドレスの承認とトークンの送受信について、エンドポイントごとに応答が異なります',
        coin: 'このアドレスのコイン残高と送信について、エンドポイントごとに応答が異なります',
      }[d.fact],
      detail: `${ctx.chainName(d.chainId)}: ${d.answers.map((a) => `${a.endpoint ?? '最初に問い合わせたエンドポイント'} の応答:${readingJa(a.reading)}`).join('、')}。${d.fact === 'head' ? '判定の根拠が1つのエンドポイントにしかないブロックにあり、ほかのエンドポイントが単に遅れているだけだとは確かめられません(その最新ブロック以降にネットワークが作れる数を超えているか、その最新ブロックの時刻を読めませんでした)。' : ''}${scope === 'transaction' ? (d.majority ? '多数のエンドポイントが一致した応答を使用しています。' : '多数派がないため、判定はしていません。') : disagreementNotJudgedJa[scope]}`,
      steps:
        scope === 'transaction' && d.majority
          ? [
              '上の判定は多数のエンドポイントの応答によるもので、一部のエンドポイントは異なる応答をしています。気になる場合はブロックエクスプローラーで確認してください。',
            ]
          : disagreementStepsJa[scope],
    }
  },
  'rpc.chain-mismatch': (d, ctx) => ({
    title: '別のチェーンのエンドポイントです',
    detail: `${d.endpoint} は ${ctx.chainName(d.chainId)} 用に設定されていますが、チェーンID ${d.reportedChainId ?? '不明'} を返しました。その応答は使用していません。`,
    steps: ['設定ファイルまたは --rpc オプションの URL を修正してください。'],
  }),
  ...securityFindingsJa,
  ...bridgeFindingsJa,
  'tx.delegation': (d, ctx) => ({
    title: d.revocation
      ? 'EIP-7702: 委任が解除されました'
      : d.knownImplementation
        ? `EIP-7702: アカウントが ${d.knownImplementation} に委任されました`
        : 'EIP-7702: アカウントが不明なコントラクトに委任されました',
    detail: `${d.revocation ? `アカウント ${d.authority ?? '(署名者を復元できません)'} が委任を解除する認可(authorization)に署名しました(ノンス ${d.nonce}、${d.chainId === 0 ? 'すべてのチェーンで有効' : `${ctx.chainName(d.chainId)} 用`})` : `アカウント ${d.authority ?? '(署名者を復元できません)'} が ${d.delegate} のコードを実行する認可(authorization)に署名しました(ノンス ${d.nonce}、${d.chainId === 0 ? 'すべてのチェーンで有効' : `${ctx.chainName(d.chainId)} 用`})${d.knownImplementation ? `。委任先は ${d.knownImplementation} です` : '。委任先は、このツールが知るウォレットの実装ではありません'}`}。${d.tookEffect === null ? '反映されたかは読み取れませんでした。' : d.tookEffect ? '反映されました。アカウントは今そのコードのとおりに動きます。' : '反映されませんでした(ノンスかチェーンが一致しません)。アカウントは変わっていません。'}`,
    steps:
      d.revocation || d.knownImplementation
        ? []
        : [
            '自分で選んでいないコードは、アカウントの資産をすべて動かせます。アカウントをアップグレードするつもりがなかった場合は、今すぐ資産を新しいウォレットに移し、信頼できるウォレットから委任を解除してください(ゼロアドレスを委任先とする認可に署名します)。',
          ],
  }),

  'aa.user-operation': (d, ctx) => ({
    title: d.success
      ? 'ユーザーオペレーションが実行されました'
      : 'ユーザーオペレーションは取り込まれましたが、失敗しました',
    detail: `スマートアカウント ${d.sender}(ノンス ${d.nonce})の ERC-4337 ユーザーオペレーションです。EntryPoint ${d.entryPoint} を通じ、ブロック ${d.blockNumber} のバンドルトランザクション ${d.transactionHash} で処理されました。ガス: ${d.actualGasUsed} ユニット、ネイティブ通貨で ${ctx.amount(d.actualGasCost, anyCoin('')).trim()}(${d.actualGasCost} wei。支払い: ${d.paymaster ? `ペイマスター ${d.paymaster}` : 'アカウント自身'})。`,
    steps: d.success
      ? [
          `成功しています。ウォレットやエクスプローラーでは上のバンドルトランザクションとして表示されます。トークンが見えない場合は、${ctx.network ? `${ctx.network} で` : ''}トークンを追加(インポート)してください。`,
        ]
      : [],
  }),
  'aa.user-operation-failed': (d) => ({
    title: 'バンドルの中であなたのオペレーションが失敗しました',
    detail: `${d.bundleSucceeded ? 'バンドルトランザクションは成功しましたが、その中のあなたのオペレーションは失敗しました' : 'バンドルトランザクションが失敗し、あなたのオペレーションも失敗しました'}。スマートアカウントの呼び出しが拒否されました${d.reason ? `: 「${d.reason}」${d.errorSource ? `(${d.errorSource})` : ''}` : '(理由の記載なし)'}。ガス代は請求されましたが、それ以外は何も変わっていません。${categoryHintJa(d.category)}`,
    steps: [
      '同じオペレーションをそのまま送り直さないでください。同じ理由でまた失敗します。',
      ...(d.category === null
        ? ['このレポートをウォレットのサポートに渡してください。上の理由はコントラクトが返したものです。']
        : []),
    ],
  }),

  'tx.non-evm': (d) => {
    const names = d.families.map((f) => familyName[f]).join(' または ')
    return {
      title: d.searchedAsEvm
        ? `${names} のトランザクション ID かもしれません`
        : `${names} の${d.kind === 'transaction' ? 'トランザクション' : 'アドレス'}です`,
      detail: d.searchedAsEvm
        ? `調べた EVM ネットワークのどれも、${d.id} をトランザクションハッシュとして知りません。0x のない16進数64文字は、${names} のトランザクション ID の書き方でもあります。`
        : `${d.id} は ${names} の${d.kind === 'transaction' ? 'トランザクション署名' : 'アドレス'}のようです。このツールは EVM チェーン(Ethereum とその仲間)を読むため、これを調べることはできません。`,
      steps: [
        `公開エクスプローラーで確認してください: ${d.explorerUrls.join(' , ')}`,
        ...(d.searchedAsEvm ? [] : ['そのネットワークで使ったウォレットや取引所のサポートに相談してください。']),
      ],
    }
  },

  // 貼り付けたエラーメッセージ(`explain`)
  'error.nonce-too-low': (d) => ({
    title: 'ノンスが低すぎます: そのノンスは使用済みです',
    detail: `トランザクションのノンスは ${d.given ?? '(記載なし)'} です${d.expected !== null ? `が、アカウントの次のノンスは ${d.expected} です` : ''}。そのノンスのトランザクションはすでにマイニングされています(同じものを2回送った、別のアプリや端末から送った、など)。`,
    steps: [
      'ブロックエクスプローラーで履歴を確認してください。目的のトランザクションはすでに承認されているかもしれません。',
      'そうでなければ、ノンスはウォレットに任せてください(MetaMask: 設定 → 高度な設定 → アクティビティタブのデータを消去してから再送信。資金には影響しません)。',
    ],
  }),
  'error.nonce-too-high': (d) => ({
    title: 'ノンスが高すぎます: 前のノンスが抜けています',
    detail: `トランザクションのノンスは ${d.given ?? '(記載なし)'} です${d.expected !== null ? `が、アカウントの次のノンスは ${d.expected} です` : ''}。それより前のノンスがすべて使われるまで、マイニングされません。`,
    steps: [
      d.expected !== null
        ? `先にノンス ${d.expected} のトランザクションを送る(またはキャンセルする)か、このトランザクションをノンス ${d.expected} で送り直してください。`
        : 'ノンスはウォレットに任せるか、抜けているノンスのトランザクションを先に送ってください。',
    ],
  }),
  'error.replacement-underpriced': () => ({
    title: '置き換えが拒否されました: 手数料が足りません',
    detail:
      '同じノンスのトランザクションがすでに待機中です。置き換え(高速化またはキャンセル)は、両方の手数料を10%以上(ノードによってはそれ以上)引き上げないと受け付けられません。',
    steps: [
      '待機中のトランザクションより10%以上高い手数料で、もう一度高速化またはキャンセルしてください(待機中のトランザクションの `support-doctor tx <hash>` で必要な額がわかります)。',
    ],
  }),
  'error.fee-below-base-fee': (d, ctx) => ({
    title:
      d.reason === 'below-base-fee'
        ? '手数料が低すぎます: ベース手数料を下回っています'
        : 'ノードの最低手数料を下回っています',
    detail:
      d.reason === 'below-base-fee'
        ? `最大手数料${d.maxFeePerGas ? `(${ctx.fee(d.maxFeePerGas)})` : ''}が現在のベース手数料${d.baseFee ? `(${ctx.fee(d.baseFee)})` : ''}より低いため、今はどのブロックにも入りません。`
        : 'ガス価格が、このノードまたはネットワークの受け付ける最低額を下回っています。',
    steps: [
      'カスタムの低い手数料ではなく、ウォレットが今提案する手数料(「市場」や「高速」)で送り直してください。`support-doctor gas --chain <ネットワーク>` で現在の手数料がわかります。',
    ],
  }),
  'error.insufficient-funds': (d, ctx) => ({
    title: 'ガス代と送金額に足りる残高がありません',
    // メッセージにはネットワークの記載がありません。ここで扱うネットワークのコインはどれも小数点以下18桁です。
    detail: `アカウント${d.address ? ` ${d.address}` : ''}には、送金額と最大ガス代の合計${d.cost !== null ? `(ネイティブ通貨で ${ctx.amount(d.cost, anyCoin(''), d.balance).trim()})` : ''}が必要です${d.balance !== null ? `が、残高は ${ctx.amount(d.balance, anyCoin(''), d.cost).trim()} です` : ''}${d.shortfall !== null ? `(${ctx.amount(d.shortfall, anyCoin(''), d.cost).trim()} 不足)` : ''}。ガス代は、トークンを送る場合でも、そのネットワークのネイティブ通貨(ETH、POL、BNB など)で支払います。`,
    steps: [
      '送金元のネットワークでこのアカウントにネイティブ通貨を追加するか、送金額を減らしてください。ウォレットが想定どおりのネットワークにいるかも確認してください。',
    ],
  }),
  'error.intrinsic-gas': (d) => ({
    title:
      d.reason === 'intrinsic-too-low'
        ? 'ガスリミットが低すぎます'
        : d.reason === 'exceeds-block-limit'
          ? 'ガスリミットがブロックの上限を超えています'
          : 'ガスの見積もりに失敗しました',
    detail:
      d.reason === 'intrinsic-too-low'
        ? `ガスリミット${d.gasLimit ? `(${d.gasLimit})` : ''}が、このトランザクションの最低必要量${d.needed ? `(${d.needed})` : ''}を下回っています。`
        : d.reason === 'exceeds-block-limit'
          ? '設定したガスリミットが、1ブロック全体の上限より大きくなっています。'
          : `ノードは上限${d.gasLimit ? `(${d.gasLimit})` : ''}以内で成功するガスリミットを見つけられませんでした。多くの場合、トランザクションが失敗(リバート)するか、アカウントがそのガス代を払えません。`,
    steps: [
      d.reason === 'exceeds-allowance'
        ? 'ガスリミットを無理に上げないでください。金額、トークンとガス用通貨の残高、承認を確認してから再試行してください。'
        : 'ガスリミットはウォレットに任せて(カスタム設定を外して)、再試行してください。',
    ],
  }),
  'error.estimation-reverted': (d) => ({
    title:
      d.stage === 'mined'
        ? 'トランザクションが失敗しました(リバート)'
        : d.stage === 'unknown'
          ? 'コントラクトがトランザクションを拒否しました(リバート)'
          : 'トランザクションは失敗するため、送信されませんでした',
    detail: `${d.stage === 'mined' || d.stage === 'unknown' ? 'コントラクトが拒否しました' : 'ウォレットがシミュレーション(ガス見積もり)したところ、コントラクトが拒否しました'}${d.reason ? `: 「${d.reason}」${d.errorSource ? `(${d.errorSource})` : ''}` : '(理由の記載なし)'}。${d.stage === 'estimation' || d.stage === 'call' ? '何も送信されておらず、手数料もかかっていません。' : ''}${d.stage === 'unknown' ? 'このメッセージからは、シミュレーション(何も送信されていない)か、送信済みのトランザクション(失敗し、手数料は支払われた)かはわかりません。' : ''}${categoryHintJa(d.category)}`,
    steps: [
      ...(d.stage === 'unknown'
        ? [
            'トランザクションハッシュがあれば `support-doctor tx <ハッシュ>` で確認してください。送信されたかどうかと、かかった手数料がわかります。',
          ]
        : []),
      'ガスリミットを手動で設定して無理に送らないでください。チェーン上で失敗し、手数料だけがかかります。',
      ...(d.category === null
        ? ['このレポートをアプリのサポートに渡してください。上の理由はコントラクトが返したものです。']
        : []),
    ],
  }),
  'error.already-known': () => ({
    title: '送信済み: ネットワークはすでにこのトランザクションを持っています',
    detail:
      'ノードのプールにすでに同じトランザクションがあります。以前に送信され(ダブルクリックや再試行)、マイニング待ちです。問題はありません。',
    steps: ['待って、ハッシュで追跡してください: `support-doctor tx <hash>`。もう一度送らないでください。'],
  }),
  'error.user-rejected': (d) => ({
    title: 'ウォレットで拒否されました',
    detail: `リクエストはウォレットで拒否されました${d.code !== null ? `(コード ${d.code})` : ''}。何も署名・送信されておらず、チェーン上では何も起きていません。`,
    steps: [
      '続けるつもりだった場合は、もう一度始めてウォレットで承認してください。自分で始めたリクエストでなければ、承認しないでください。',
    ],
  }),
  'error.rate-limited': (d) => ({
    title: 'ネットワークのエンドポイントへのリクエストが多すぎます',
    detail: `RPC エンドポイントがレート制限のため拒否しました${d.code !== null ? `(コード ${d.code})` : ''}。エンドポイント側の制限で、アカウントや資金の問題ではありません。`,
    steps: [
      '1分ほど待って再試行するか、ウォレットで同じチェーンの別の RPC エンドポイント(信頼できる情報源のもの。chainlist.org など)に切り替えてください。',
    ],
  }),
  'error.unsupported-method': (d) => ({
    title: 'エンドポイントがこのリクエストに対応していません',
    detail: `RPC エンドポイントは${d.method ? ` ${d.method} を提供していません` : '要求されたメソッドを拒否しました'}${d.code !== null ? `(コード ${d.code})` : ''}。ウォレットやエンドポイントによっては、アプリのすべてのリクエストに対応していません。`,
    steps: ['別の RPC エンドポイントか別のウォレットを試すか、失敗したメソッドをアプリのサポートに伝えてください。'],
  }),
  'error.chain-mismatch': (d, ctx) => ({
    title: 'ウォレットが別のネットワークにいます',
    detail:
      d.walletChainId !== null && d.expectedChainId !== null
        ? `ウォレットは ${ctx.chainName(d.walletChainId)} にいますが、トランザクションは ${ctx.chainName(d.expectedChainId)} 向けです。`
        : d.walletChainId !== null
          ? `ウォレットは ${ctx.chainName(d.walletChainId)} にいますが、トランザクションは別のネットワーク向けです。`
          : d.expectedChainId !== null
            ? `トランザクションは ${ctx.chainName(d.expectedChainId)} 向けですが、ウォレットは別のネットワークにいます。`
            : 'ウォレットが、トランザクションの対象とは別のネットワークにいます。',
    steps: ['ウォレットをアプリのネットワークに切り替えて(ウォレット上部のネットワークメニュー)、再試行してください。'],
  }),
  'error.account-abstraction': (d) => ({
    title: `スマートアカウントのエラー ${d.code}`,
    detail: `ERC-4337 の EntryPoint がユーザーオペレーションを拒否しました: ${d.code}(${aaMeaningsJa[d.code] ?? d.meaning})。`,
    steps: [
      d.party === 'paymaster'
        ? 'ガス代を支払うアプリやサービス(ペイマスター)が拒否したか、支払えません。アプリに伝えてください。ガス代を自分で払うこともできます。'
        : d.party === 'bundler'
          ? 'オペレーションを送るサービス(バンドラー)の問題です。後で再試行するか、ウォレットに伝えてください。'
          : d.code === 'AA21'
            ? 'スマートアカウント(または EntryPoint のデポジット)にガス用のネイティブ通貨を追加してから再試行してください。'
            : 'ウォレットから再試行してください。失敗が続く場合は、このレポートをウォレットのサポートに渡してください。',
    ],
  }),
  'error.non-evm': (d) => ({
    title: `${d.family === 'solana' ? 'Solana' : d.family === 'tron' ? 'Tron' : 'Bitcoin'} のエラー`,
    detail: `${
      d.problem === 'blockhash-expired'
        ? '処理される前にトランザクションの期限が切れました(最近のブロックハッシュが古すぎます)。何も起きていません。'
        : d.problem === 'insufficient-funds'
          ? `このトランザクションと手数料に対して SOL が足りません${d.have !== null && d.need !== null ? `(${d.have} lamports、必要額 ${d.need})` : ''}。`
          : d.problem === 'out-of-energy'
            ? 'トランザクションが Energy(Tron のスマートコントラクトが使う資源)不足で失敗しました。そのために TRX が消費されています。'
            : d.problem === 'bandwidth'
              ? 'このトランザクションを送るための Bandwidth(とその代わりに消費する TRX)が足りません。'
              : 'ネットワークがトランザクションを拒否しました。'
    }このツールは EVM チェーン(Ethereum など)を読むため、これを調べることはできません。`,
    steps: [
      d.problem === 'blockhash-expired'
        ? 'もう一度送信してください。ウォレットが新しいブロックハッシュを取得します。混雑時は少額の優先手数料が役立ちます。'
        : d.problem === 'out-of-energy' || d.problem === 'bandwidth'
          ? 'アカウントに TRX を多めに置いて(または TRX をステークして Energy/Bandwidth を得て)から、再試行してください。'
          : 'そのネットワークのエクスプローラーで残高を確認し、ウォレットのサポートに相談してください。',
    ],
  }),
  'error.unrecognised': (d) => ({
    title: '認識できないメッセージです',
    detail: `このツールが知らないメッセージです${d.codes.length > 0 ? `(コード ${d.codes.join(', ')})` : ''}${d.message ? `: 「${d.message}」` : ''}。`,
    steps: [
      'メッセージ全体とこのレポートを、ウォレットやアプリのサポートに渡してください。トランザクションハッシュがあれば `support-doctor tx <hash>` を実行してください。',
    ],
  }),
}

/** revert の分類が本人にとって何を意味するか(コントラクト自身の言葉の後に続ける)。 */
const categoryHintJa = (category: string | null) =>
  ({
    slippage:
      '価格がスリッページ許容範囲を超えて動きました。新しい見積もりを取るか、スリッページを少し広げてください。',
    deadline: 'スワップの期限が過ぎていました。アプリからやり直してください。',
    allowance: 'コントラクトがトークンを動かす承認がありません(またはこの額には足りません)。先に承認してください。',
    balance: 'この額に足りるトークンを保有していません。',
    'fee-on-transfer': 'このトークンは送金ごとに手数料を取ります。アプリのその種のトークン向け設定を使ってください。',
    liquidity: 'プールの流動性がこの取引には足りません。',
  })[category ?? ''] ?? ''

const familyName = { solana: 'Solana', bitcoin: 'Bitcoin', tron: 'Tron' } as const
