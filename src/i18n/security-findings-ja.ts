import type { Taken } from '../findings/security-data.js'
import type { FindingTexts, TextContext } from './finding-texts.js'

type SecurityCode = Extract<keyof FindingTexts, `security.${string}`>

const what = (taken: readonly Taken[], ctx: TextContext) =>
  taken
    .map((t) =>
      t.standard === 'erc721'
        ? `${ctx.token(t.token)} ${t.tokenIds.map((id) => `#${id}`).join('、')}`
        : t.standard === 'erc1155'
          ? `${ctx.token(t.token)} ${t.tokenIds.map((id) => `#${id}`).join('、')}(${t.amount} 単位)`
          : ctx.amount(t.amount, t.token),
    )
    .join('、')
const hashes = (taken: readonly Taken[]) => [...new Set(taken.flatMap((t) => t.hashes))].join('、')
const named = (address: string | null, name: string | null) =>
  address === null ? 'トランザクションからは特定できない承認先' : name ? `${name}(${address})` : address

const revokeSteps = [
  '使っていない承認はすべて今すぐ取り消してください(正確な呼び出しは「承認が残っています」の項目にあります。ウォレットや revoke.cash の取り消し画面でも可能です)。同じ相手が、今後届く資産も持ち出せます。',
]
const newWalletStep =
  '残っている資産は、新しいリカバリーフレーズで作った新しいウォレットに移してください(同じ秘密鍵やフレーズのインポートは不可)。署名や承認を求めたサイトには二度と署名しないでください。'
const noRecoveryStep =
  'ブロックチェーンのトランザクションは、どのツールや会社にも取り消せません。手数料を払えば「取り戻せる」と言う人は二度目の詐欺です。このレポートを添えて警察と、資金の送り先の取引所に届け出てください。'

export const securityFindingsJa: Pick<FindingTexts, SecurityCode> = {
  'security.open-approval': (d, ctx) => ({
    title: d.drained
      ? '資金を持ち出した相手への承認がまだ残っています'
      : d.kind === 'approval-for-all'
        ? `${ctx.token(d.token)} の全トークンを承認しています`
        : d.kind === 'erc721'
          ? `${ctx.token(d.token)} #${d.tokenId} を承認しています`
          : `承認が残っています:${d.unlimited ? '無制限' : ctx.amount(d.amount, d.token)}${d.kind === 'permit2' ? '(Permit2 経由)' : ''}`,
    detail: `${named(d.spender, d.spenderName)}${d.spenderIsContract === false ? '(コントラクトではなく、コードのないアドレス)' : ''}は ${ctx.chainName(d.chainId)} で${d.kind === 'approval-for-all' ? `あなたの ${ctx.token(d.token)} をすべて` : d.kind === 'erc721' ? `あなたの ${ctx.token(d.token)} #${d.tokenId} を` : `あなたの ${ctx.token(d.token)} を${d.unlimited ? '無制限に' : `${ctx.amount(d.amount, d.token)} まで`}`}移動できます${d.expiration ? `(期限 ${new Date(Number(d.expiration) * 1000).toISOString()})` : ''}${d.approvedIn ? `(設定: ${d.approvedIn}${d.bySignature ? '、他人が提出した署名による' : ''})` : ''}。取り消すには ${d.revoke.contract} に ${d.revoke.call} を送ります(calldata ${d.revoke.calldata})。${d.lockdown ? `Permit2 の lockdown でも可能です(calldata ${d.lockdown.calldata})。` : ''}`,
    steps: [
      d.drained
        ? `今すぐ取り消してください:このウォレットから ${d.revoke.contract} 宛てに、データ ${d.revoke.calldata}(${d.revoke.call})のトランザクションを送るか、ウォレットの承認管理画面を使います。少額のガス代がかかります。`
        : d.spenderName
          ? `${d.spenderName} を使っているなら対応は不要です。使っていなければ取り消してください(${d.revoke.contract} に ${d.revoke.call})。`
          : `${d.spender} に心当たりがなければ取り消してください:このウォレットから ${d.revoke.contract} 宛てに、データ ${d.revoke.calldata}(${d.revoke.call})のトランザクションを送るか、ウォレットの承認管理画面を使います。少額のガス代がかかります。`,
    ],
  }),
  'security.approval-drain': (d, ctx) => ({
    title:
      d.attribution === 'disputed'
        ? 'あなたが送っていないトランザクションで持ち出されました'
        : 'あなたが出した承認を使って持ち出されました',
    detail: `${ctx.chainName(d.chainId)} で、あなたが送っていないトランザクション(${d.drainHashes.join('、')})により ${what(d.taken, ctx)} が持ち出されました。${d.attribution === 'disputed' ? '誰が持ち出したかは示していません。このネットワークのエンドポイントごとに、これらのトランザクションについての応答が異なるためです(各応答はエンドポイントの食い違いの項目にあります)。ブロックエクスプローラーで確認してください。' : d.via === 'unknown' ? 'それを可能にした承認は調べた範囲より前のものか、複数の承認先のどれかで、トランザクションからは特定できません。' : `持ち出したのは ${named(d.spender, d.spenderName)} で、あなたが${d.approvalTx ? `自分のトランザクション ${d.approvalTx} で` : '調べた範囲より前に'}承認していた相手です${d.attribution === 'only-approval' ? '(そのトークンで見つかった唯一の承認)' : ''}。`}`,
    steps: [...revokeSteps, newWalletStep, noRecoveryStep],
  }),
  'security.permit-drain': (d, ctx) => ({
    title: '署名を使って持ち出されました(署名フィッシング)',
    detail: `${ctx.chainName(d.chainId)} で、あなたが送っていないトランザクション(${d.drainHashes.join('、')})により ${what(d.taken, ctx)} が ${named(d.spender, d.spenderName)} に持ち出されました。権限は承認トランザクションではなく、あなたが署名したメッセージ(${d.via === 'erc20-permit' ? 'EIP-2612 の「Permit」' : d.via === 'permit2-permit' ? 'Permit2 の「PermitSingle」' : d.via === 'permit2-signature-transfer' ? 'Permit2 の「PermitTransferFrom」' : '署名による承認'})から来ています${d.signatureUsedIn ? `。署名は ${d.signatureUsedIn} で使われました` : ''}。`,
    steps: [
      'メッセージへの署名でもトークンを渡せてしまいます。メッセージや広告、「クレーム」から開いたサイトで「Permit」「PermitTransferFrom」に署名しないでください。',
      ...revokeSteps,
      newWalletStep,
      noRecoveryStep,
    ],
  }),
  'security.delegated': (d, ctx) => ({
    title: d.forwards
      ? 'アカウントがスイーパーになっています:EIP-7702 の委任が資金を転送しています'
      : 'アカウントが委任されています(EIP-7702)',
    detail: `${ctx.chainName(d.chainId)} で、このアドレスは ${d.delegate} のコードを実行します${d.setIn ? `(設定: ${d.setIn}、ブロック ${d.setAtBlock}、送信者 ${d.setBy})` : '(調べた範囲より前に設定)'}。${d.forwards ? `他人が送ったトランザクションで、これを通じて資金が出ていきました:${[d.taken.length > 0 ? `${what(d.taken, ctx)}(${hashes(d.taken)})` : '', ...d.nativeLeft.map((n) => `ブロック ${n.blockNumber} に届いた ${ctx.amount(n.amount, n.token)}(${n.depositHashes.join('、')})が、あなたのトランザクションなしに同じブロック内で出ていきました`)].filter(Boolean).join('、')}。` : 'これを通じた資金の流出は見つかりませんでした。スマートアカウント機能も同じ仕組みを使うため、自分で設定したものか確認してください。'}`,
    steps: d.forwards
      ? [
          'このアドレスには、ガス代も含めて何も送らないでください。届いた瞬間に転送されます。',
          '委任にはあなたの鍵の署名が必要なので、鍵またはリカバリーフレーズは漏れたものとして扱ってください。残った資産の救出には計画が必要です(委任の解除と移動を 1 ブロックで行うバンドル)。経験があり信頼できる人に頼み、向こうから連絡してきた人には頼まないでください。',
          '新しいリカバリーフレーズで新しいウォレットを作り、以後はそれだけを使ってください。',
          noRecoveryStep,
        ]
      : [
          '自分で設定していないなら鍵が漏れています。新しいリカバリーフレーズで作った新しいウォレットに資産を移してください。自分で設定したなら、ウォレットの設定でスマートアカウントをオフにできます。',
        ],
  }),
  'security.sweeper': (d, ctx) => ({
    title: d.disputed
      ? '入金がすぐに持ち出されているようです(行動する前にエクスプローラーで確認してください)'
      : '鍵が漏れています:入金がすぐに持ち出されています',
    detail: `${ctx.chainName(d.chainId)} で、${d.deposits.length} 件の入金が 3 ブロック以内に、このアドレス自身の鍵で署名されたトランザクションにより ${d.destinations.join('、')} へ送られました:${d.sweeps.map((s) => `${ctx.amount(s.amount, s.token)}(${s.hash})`).join('、')}。${d.disputed ? 'このネットワークのエンドポイントごとに、これらのトランザクションの一部についての応答が異なります(各応答はエンドポイントの食い違いの項目にあります)。行動する前にブロックエクスプローラーで確認してください。' : ''}`,
    steps: [
      'このアドレスに資金を送るのをやめてください(救出用のガス代も含む)。鍵を持つボットが、届いたものを数秒で持ち出します。',
      '残っているもの(トークン、NFT、ステーキング)は計画を立ててから移してください。ガス代の支払いと資産の移動を 1 ブロックで行うバンドルによる救出を、経験があり信頼できる人に依頼します。向こうから連絡してきた人には頼まないでください。',
      '信頼できる端末で新しいリカバリーフレーズから新しいウォレットを作り、送金してくる相手に新しいアドレスを伝えてください。',
      noRecoveryStep,
    ],
  }),
  'security.address-poisoning': (d, ctx) => ({
    title:
      d.paid.length > 0
        ? '偽のアドレスに送金しています(アドレスポイズニング)'
        : 'アドレスポイズニング:履歴に偽のアドレスがあります',
    detail: `${ctx.chainName(d.chainId)} で、やり取りした相手に似せたアドレス${d.form === 'dust-in' ? 'から、金額ゼロまたはごく少額の送金が届きました' : 'への、偽の金額ゼロの送金が履歴に書き込まれました'}(${d.seenIn.join('、')}):\n  本物   ${d.genuine}\n  偽物   ${d.lookalike}\n         ${d.marks}${d.paid.length > 0 ? `\nその後、偽のアドレスに ${what(d.paid, ctx)} を送っています(${hashes(d.paid)})。` : ''}`,
    steps: [
      '送金先を取引履歴からコピーしないでください。アドレス帳か受取人本人から受け取り、最初と最後だけでなく全文字を照合してください。',
      ...(d.paid.length > 0
        ? [
            'この送金は取り消せません。本来の受取人に伝え、送金に使った取引所やアプリに偽のアドレスを報告してください。ウォレット自体は乗っ取られていません。',
            noRecoveryStep,
          ]
        : ['何も取られていません。偽のアドレスを履歴に紛れ込ませただけです。ウォレットで非表示にできます。']),
    ],
  }),
  'security.own-key-outflow': (d, ctx) => ({
    title: 'あなたの鍵で署名されたトランザクションで空になりました',
    detail: `${ctx.chainName(d.chainId)} で、${what(d.taken, ctx)} が、このアドレス自身の鍵で署名されたトランザクション(${hashes(d.taken)})で ${[...new Set(d.taken.flatMap((t) => t.to))].join('、')} へ送られ、残高がなくなりました。${d.disputed ? 'このネットワークのエンドポイントごとに、これらのトランザクションの一部についての応答が異なります(各応答はエンドポイントの食い違いの項目にあります)。行動する前にブロックエクスプローラーで確認してください。' : ''}`,
    steps: [
      '自分で送っていないなら、誰かがリカバリーフレーズか秘密鍵を持っています。このウォレットの使用をやめ、残りを新しいリカバリーフレーズで作った新しいウォレットに移してください。',
      noRecoveryStep,
    ],
  }),
  'security.searched': (d, ctx) => ({
    title: `${ctx.chainName(d.chainId)} のブロック ${d.fromBlock}〜${d.toBlock} を調べました`,
    detail: `このアドレスの承認・署名・送金を、ブロック ${d.fromBlock}〜${d.toBlock} から読み取りました${d.narrowed ? '(エンドポイントが広い範囲を拒否したため、指定より狭い範囲です)' : ''}${d.logsDropped > 0 ? `。古い ${d.logsDropped} 件のイベントは含めていません` : ''}。それより前のことは、このレポートの対象外です。${d.native === 'read' ? `ネイティブ通貨は、このアドレスの残高またはノンスが変わったブロックから読み取りました${d.nativeTruncated ? '(数が多いため新しいものだけ)' : ''}。コントラクトからの送金(内部送金)は一覧に含まれません。` : d.native === 'no-archive' ? 'ネイティブ通貨の送金は読み取れませんでした:エンドポイントが過去の残高を保持していません(アーカイブ対応のエンドポイントが必要です)。' : 'ネイティブ通貨の送金は読み取れませんでした。'}`,
    steps:
      d.fromBlock === '0' && d.logsDropped === 0
        ? []
        : [
            'さらに前を調べるには、--blocks <n> と、広いログ検索を許すエンドポイント(--rpc <url>)を指定して再実行してください。',
          ],
  }),
}
