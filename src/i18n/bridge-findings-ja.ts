import type { BridgeCallData } from '../findings/bridge-data.js'
import { faultReasonJa } from './fault-reason-ja.js'
import { unreadableReasonText } from './unreadable-reason.js'
import { formatDuration } from './duration.js'
import type { FindingTexts, TextContext } from './finding-texts.js'

type BridgeCode = Extract<keyof FindingTexts, `bridge.${string}`>

/** Why the destination could not tell (diagnose/rules/bridge.ts, `unreadableReason`). */
export const reasonText = unreadableReasonText(
  {
    'no-contract-known': 'そのチェーンではこのブリッジのコントラクトが分かっていません',
    'incomplete-record': '送金元チェーン上の送金記録に、追跡に必要な項目が欠けています',
    'unexpected-answer': 'ブリッジのコントラクトが、プロトコルで定義されていない値を返しました',
    'search-cut-short': '送金以降のブロックが多すぎて、答えが出る前に検索を打ち切りました',
    'source-time-unknown': '送金元ブロックの時刻が分かりません',
    'inconsistent-answers': '一致するはずの回答どうしが食い違っています',
    'l2-block-unknown': '最新の確定ルートが指す L2 ブロックを、L2 のエンドポイントが知りません',
    'ticket-creation-failed': 'リトライアブルチケットを作る L2 トランザクションが失敗しました',
    'endpoints-disagree': 'エンドポイントに1つずつ確認したところ、応答が一致しません',
  },
  '理由不明',
  faultReasonJa,
)

/** ゲートウェイの確認結果の補足(diagnose/rules/bridge-gateway.ts)。 */
const gatewayNote = {
  none: '',
  checked: '',
  unchecked:
    'トークン・金額・受取先はメッセージの呼び出しから読み取ったもので、ブリッジのゲートウェイルーターでは確認できませんでした(このチェーンのルーターが分からないか、応答がありませんでした)。',
  'not-the-gateway':
    'このメッセージの呼び出しはトークンゲートウェイの送金に見えますが、ブリッジのゲートウェイルーターが認めるそのトークンのゲートウェイの組ではありません。トークンは移動せず、移動するのは上記のコインの額だけで、宛先は上記のコントラクトです。トークンを運んでいるという説明は信じないでください。',
} as const

const protocolName = {
  'op-stack': 'OP Stack 標準ブリッジ',
  arbitrum: 'Arbitrum ブリッジ',
  across: 'Across',
  cctp: 'Circle の CCTP',
} as const

const stageName: Record<string, string> = {
  sequencer: 'L2 のシーケンサーがまだ取り込んでいません(L1 のブロックから数ブロック後に取り込まれます)',
  'state-root':
    'この出金を含む L2 ブロックを対象とする状態ルート(アウトプット提案またはディスピュートゲーム)がまだ L1 にありません。対象になると出金を証明(Prove)できます',
  'challenge-period': '証明済みで、確定(Finalize)できるまでのチャレンジ期間(メインネットでは 7 日)を待っています',
  relayer: 'リレイヤーがまだ受け渡していません',
  attestation: 'Circle の証明(アテステーション)がまだです(送金元チェーンのファイナリティを待っています)',
  'auto-redeem': 'リトライアブルチケットがまだ償還(redeem)されていません',
  confirmation:
    'この出金を含む L2 ブロックを対象とする送信ルート(アサーション)を、ロールアップがまだ L1 で確定していません。アサーションはチャレンジ期間(Arbitrum One と Nova では約 6.4 日)が終わると確定し、その後 L1 で出金を受け取れる(Claim)ようになります',
}

const route = (d: { sourceChainId: number; destinationChainId: number }, ctx: TextContext) =>
  `${ctx.chainName(d.sourceChainId)} から ${ctx.chainName(d.destinationChainId)} へ`

const delay = (min: number, max: number) => `${formatDuration(min, 'ja')}〜${formatDuration(max, 'ja')}`

const callText = (call: BridgeCallData, ctx: TextContext) =>
  `${ctx.chainName(call.chainId)} で ${call.contract} の ${call.function} を呼び出します${call.calldata ? `(calldata ${call.calldata})` : ''}`

/** チェーンから分かっている引数を、エクスプローラーの Write 画面が尋ねる名前で並べます。 */
const argumentsText = (call: BridgeCallData) => (call.arguments ?? []).map((a) => `${a.name} = ${a.value}`).join('、')

/** Arbitrum の出金の受け取り:Outbox の executeTransaction には送信のマークル証明が要り、Arbitrum のノードが作ります。 */
const arbitrumClaimText = (
  d: { call: BridgeCallData | null; proofFrom?: BridgeCallData | undefined },
  ctx: TextContext,
) => {
  const proof = d.proofFrom
  const size = proof?.arguments?.find((a) => a.name === 'size')?.value
  const leaf = proof?.arguments?.find((a) => a.name === 'leaf')?.value
  return `この出金を含む送信ルートをロールアップが確定しました(チャレンジ期間は終わっています)。L1 で Outbox の executeTransaction を一度送ると資金が受け取れます。期限はありません。最初の引数は送信のマークル証明で、Arbitrum のノードが作ります:${
    proof
      ? `${ctx.chainName(proof.chainId)} の ${proof.contract}(NodeInterface)の ${proof.function} を eth_call で呼び出します(size = ${size ?? '確定した L2 ブロックの送信数'}、leaf = ${leaf ?? '下の index'})`
      : 'L2 の NodeInterface.constructOutboxProof'
  }。ブリッジのページならこれを自動で行います。${d.call?.arguments?.length ? `ほかの引数:${argumentsText(d.call)}。` : ''}`
}

const actionTitle = {
  prove: '操作が必要です:出金を証明(Prove)してください',
  finalize: '操作が必要です:出金を確定(Finalize)してください',
  redeem: '操作が必要です:リトライアブルチケットを償還(Redeem)してください',
  'receive-message': '操作が必要です:送金先チェーンでメッセージを受け取ってください',
} as const

const officialOnly =
  'ブリッジの公式サイトからたどったページ(人から送られたリンクではなく)か、お使いのウォレットだけを使ってください。サポート担当者がリカバリーフレーズを尋ねることは決してありません。手数料を払えばブリッジの送金を「取り戻せる」と DM などで持ちかける人は詐欺です。'

export const bridgeFindingsJa: Pick<FindingTexts, BridgeCode> = {
  'bridge.deposit': (d, ctx) => ({
    title: `ブリッジ${d.direction === 'withdrawal' ? '出金' : '送金'}(${route(d, ctx)})`,
    detail: `このトランザクションは ${protocolName[d.protocol]} で ${ctx.amount(d.amount, d.token)} を ${route(d, ctx)}送りました。受取先 ${d.recipient}(送信者 ${d.sender})${d.sentAt ? `、送信時刻 ${d.sentAt}` : ''}。ブリッジ上の ID:${d.messageId}。${
      d.followed === 'could-not-tell'
        ? `届いたかどうかは判断できませんでした:${ctx.chainName(d.destinationChainId)} に問い合わせましたが、使える回答がありませんでした(${reasonText(d.unreadableReason)})。「届いていない」という意味ではありません。`
        : ''
    }${gatewayNote[d.gateway ?? 'none']}`,
    steps:
      d.followed === 'could-not-tell'
        ? [
            `数分後に、または ${ctx.chainName(d.destinationChainId)} の別のエンドポイントを指定して(--rpc <${ctx.chainName(d.destinationChainId)} のエンドポイントの URL>)もう一度確認してください。`,
            `その間、ブロックエクスプローラーで ${ctx.chainName(d.destinationChainId)} 上の受取先 ${d.recipient} を確認できます。`,
          ]
        : [],
  }),
  'bridge.delivered': (d, ctx) => ({
    title: d.destinationReverted
      ? `${ctx.chainName(d.destinationChainId)} に届きましたが、そこでの呼び出しは失敗しました`
      : `${ctx.chainName(d.destinationChainId)} に届きました`,
    detail: `${d.txHash ? `${ctx.chainName(d.destinationChainId)} のトランザクション ${d.txHash}${d.blockNumber ? `(ブロック ${d.blockNumber})` : ''}で${d.direction === 'withdrawal' ? '出金が確定しました' : '届きました'}` : `${ctx.chainName(d.destinationChainId)} で${d.direction === 'withdrawal' ? '出金は確定済み' : '受け渡し済み'}です(ブリッジのコントラクトの記録による。確定したトランザクション自体は検索していません)`}。${d.received ? `受取額:${ctx.amount(d.received, d.receivedToken ?? d.token)}${d.fee && d.fee !== '0' ? `(送金額より ${ctx.amount(d.fee, d.receivedToken ?? d.token)} 少ないのはブリッジの手数料です)` : ''}${d.receivedToken && d.fee === null ? `(送金額:${ctx.amount(d.sent, d.token)})` : ''}。` : `送金額:${ctx.amount(d.sent, d.token)}。`}${d.destinationReverted ? 'ただし入金に含まれていた L2 での呼び出しは失敗しました。求められた処理は L2 では何も行われていません。' : ''}`,
    steps: [
      d.destinationReverted
        ? `${ctx.chainName(d.destinationChainId)} のトランザクション${d.txHash ? ` ${d.txHash}` : ''}をエクスプローラーで確認してください。ブリッジのポータルに直接行った入金では、ミントされた ETH は入金を行ったアドレスに残ります。標準ブリッジ経由の入金は L2 のメッセンジャーで再実行でき、その方法はブリッジのヘルプページにあります。送り直さないでください。`
        : `ウォレットに表示されない場合は、ウォレットのネットワークを ${ctx.chainName(d.destinationChainId)} に切り替えて受取先アドレスを確認してください${d.native ? '' : '(一覧にないトークンは追加してください)'}。`,
    ],
  }),
  'bridge.in-flight': (d, ctx) => ({
    title: d.overdue
      ? '送金中ですが、通常より時間がかかっています'
      : `${ctx.chainName(d.destinationChainId)} へ送金中です`,
    detail: `まだ届いていません:${stageName[d.stage] ?? d.stage}。${protocolName[d.protocol]} では通常 ${delay(d.normalMinSeconds, d.normalMaxSeconds)} かかります${d.elapsedSeconds === null ? '' : `。送金元のブロックから ${formatDuration(d.elapsedSeconds, 'ja')} 経過しています`}。`,
    steps: [
      d.overdue
        ? `通常より長くかかっています。ブリッジのステータスページと公式サポート窓口で、このレポートを添えて確認してください(ブリッジ上の ID:${d.messageId})。`
        : `今はまだ何もする必要はありません。${d.direction === 'withdrawal' ? '後で' : '数分後に'}もう一度確認してください。同じ送金をやり直さないでください(二重の送金になります)。`,
      ...(d.stage === 'state-root' || d.stage === 'challenge-period'
        ? [
            `出金は自動では届きません。${d.stage === 'state-root' ? '証明(Prove)' : '確定(Finalize)'}できるようになったら、${ctx.chainName(d.destinationChainId)} でそのトランザクションを送る必要があります(ウォレットやブリッジのページにボタンが出ます)。`,
          ]
        : d.stage === 'confirmation'
          ? [
              `出金は自動では届きません。確定したら、${ctx.chainName(d.destinationChainId)} でトランザクションを送って受け取る(Claim)必要があります(ブリッジのページに「Claim」ボタンが出ます)。`,
            ]
          : []),
      officialOnly,
    ],
  }),
  'bridge.action-needed': (d, ctx) => ({
    title:
      d.action === 'finalize' && d.protocol === 'arbitrum'
        ? '操作が必要です:出金を受け取って(Claim)ください'
        : actionTitle[d.action],
    detail: `${route(d, ctx)}の送金は、あなたの操作を待っています:${
      d.action === 'prove'
        ? '出金を証明(Prove)できる状態です。証明には L2 の状態に対するマークル証明が必要で、ブリッジのページかウォレットが作成します。証明の後、確定できるまで 7 日間のチャレンジ期間があります。'
        : d.action === 'finalize' && d.protocol === 'arbitrum'
          ? arbitrumClaimText(d, ctx)
          : d.action === 'finalize'
            ? '出金は証明済みで、チャレンジ期間も終わりました。L1 でもう一つトランザクションを送ると資金が受け取れます。'
            : d.action === 'redeem'
              ? 'リトライアブルチケットが自動で償還されませんでした。期限までに償還する必要があります。'
              : 'バーンから Circle の通常の証明(アテステーション)時間を大きく過ぎましたが、送金先チェーンでメッセージがまだ受け取られていません。受け取りには、メッセージ(このレポートの JSON の deposit の details にあります)と、Circle のサービスだけが出す、そのメッセージのアテステーションが必要です(このツールはチェーンしか読みません)。'
    }${d.call ? `${callText(d.call, ctx)}${d.call.calldata ? '' : '(calldata はブリッジのページかウォレットが作成します)'}。` : ''}${d.expiresAt ? `期限は ${d.expiresAt} です。` : ''}${d.elapsedSeconds === null ? '' : `送金から ${formatDuration(d.elapsedSeconds, 'ja')} 経過しています。`}`,
    steps: [
      d.action === 'prove'
        ? 'ブリッジのページ(OP Mainnet と Base は公式の Superchain ブリッジのページ、またはウォレットのブリッジ機能)を開き、ウォレットを接続して出金を「Prove」してください。L1 のガス代がかかります。'
        : `いちばん簡単なのは、ブリッジの公式ページを開いてウォレットを接続し、「${d.action === 'finalize' && d.protocol !== 'arbitrum' ? 'Finalize' : d.action === 'redeem' ? 'Redeem' : 'Claim'}」を押す方法です。${ctx.chainName(d.call?.chainId ?? d.destinationChainId)} のガス代がかかります。`,
      ...(d.call?.calldata
        ? [
            `自分で送ることもできます(送信者は誰でも構いません):${ctx.chainName(d.call.chainId)} の ${d.call.contract} 宛てに、金額 0、データ ${d.call.calldata}(${d.call.function})。`,
          ]
        : d.call?.arguments?.length
          ? [
              `ウォレットやエクスプローラーの Write 画面から自分で呼び出すこともできます(送信者は誰でも構いません):${ctx.chainName(d.call.chainId)} の ${d.call.contract} の ${d.call.function} を、金額 0、${d.proofFrom?.function ?? 'L2 のノード'} で得た証明(proof)と ${argumentsText(d.call)} で。`,
            ]
          : []),
      ...(d.expiresAt ? [`${d.expiresAt} より前に行ってください。それを過ぎると完了できなくなります。`] : []),
      officialOnly,
    ],
  }),
  'bridge.refunded': (d, ctx) => ({
    title: `${ctx.chainName(d.sourceChainId)} で返金されました`,
    detail: `${route(d, ctx)}の ${ctx.amount(d.amount, d.token)} の送金は届かず、${ctx.chainName(d.sourceChainId)} で返金されました${d.txHash ? `(トランザクション ${d.txHash}${d.blockNumber ? `、ブロック ${d.blockNumber}` : ''})` : ''}。`,
    steps: [
      `${ctx.chainName(d.sourceChainId)} の返金先アドレスを確認してください。資金は ${ctx.chainName(d.destinationChainId)} ではなくそこにあります。`,
      'まだブリッジしたい場合は新しく送金してください。手数料を上げるか金額を減らす必要があるかもしれません。',
    ],
  }),
  'bridge.expired': (d, ctx) => ({
    title: 'この送金はもう完了できません',
    detail: `${route(d, ctx)}の ${ctx.amount(d.amount, d.token)} の送金は、届かないまま期限切れになりました${d.expiredAt ? `(${d.expiredAt})` : ''}。`,
    steps: [
      'このレポートを添えて、ブリッジの公式サポートに問い合わせてください。資金の所在と、まだできることがあるかを確認できます。',
      officialOnly,
    ],
  }),
  'bridge.unknown-destination': (d, ctx) => ({
    title: `${ctx.chainName(d.destinationChainId)} を確認できません:エンドポイントがありません`,
    detail: `送金先は ${ctx.chainName(d.destinationChainId)}(チェーン ID ${d.destinationChainId})ですが、ここにはその JSON-RPC エンドポイントがないため、届いたかどうかは確認していません。`,
    steps: [
      `チェーン ${d.destinationChainId} のエンドポイントを追加して、もう一度確認してください:--rpc <チェーン ${d.destinationChainId} のエンドポイントの URL>(複数指定可)、または設定ファイルに "rpc": { "${d.destinationChainId}": ["<URL>"] }。`,
      `その間、ブロックエクスプローラーで ${ctx.chainName(d.destinationChainId)} 上の受取先を確認できます。`,
    ],
  }),
}
